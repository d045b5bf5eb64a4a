/**
 * Reporting a page that could not be read (protocol/page-report.ts): the popup's offer, the report made on its click,
 * and the report page's reading of it. The router lets only the extension's own pages send these.
 */
import type { pageReportMessages } from '../../protocol/page-report';
import { NotFoundError } from '../../store/records';
import type { Handlers, TypesOf } from './handler';

export const pageReportHandlers: Handlers<TypesOf<typeof pageReportMessages>> = {
  'report.offer': async (_message, { ctx }) => {
    const tab = await ctx.pageReports?.activeTab();
    if (!tab || !ctx.pageReports?.isServed(tab.url)) return { served: false };
    const noted = await ctx.readingNotes?.forTab(tab.id, tab.url);
    return noted ? { served: true, noted } : { served: true };
  },
  'report.make': async (_message, { ctx }) => {
    if (!ctx.pageReports) throw new Error('Page reports are not available here');
    return { reportId: await ctx.pageReports.make() };
  },
  'report.get': (message, { ctx }) => {
    const report = ctx.pageReports?.get(message.id);
    if (!report) throw new NotFoundError('Page report');
    return report;
  },
};
