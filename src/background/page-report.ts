/**
 * Making a page report on the user's click (issue 21): the reader (content/page-report.ts) is injected into the
 * active tab, a second injection calls it and takes the report as its result, and the worker checks it, keeps it in
 * memory for the report page, and opens that page beside the tab. Nothing is sent anywhere: the report page shows
 * the report and saves it as a file only when the user says so.
 */
import type browser from 'webextension-polyfill';
import { adapters } from '../capture/adapters';
import { matchesAny } from '../capture/match-pattern';
import type { CePortalDashboard } from '../capture/ce-portal/dashboard';
import type { Capture } from '../domain/schema';
import type { PageReport, ReadingOutcome, ReportAbout } from '../domain/page-report';
import { PAGE_REPORT_KEY } from '../protocol/page-messages';
import { PageReportShape } from '../protocol/page-report';
import { CE_PORTAL_MATCHES } from './ce-portal-actions';

/** From the extension's root (vite.config.ts's RUNTIME_SCRIPTS builds it there). */
export const PAGE_REPORT_SCRIPT = '/content/page-report.js';
/** The worker keeps the last few reports in memory, for their pages to read (again, on a reload); a fifth drops the oldest. */
const MAX_REPORTS = 4;

/** Whether the extension reads this page on its own: a learning site an adapter serves, or the CE portal. */
export function isServedPage(url: string | undefined): boolean {
  return url !== undefined && (matchesAny(CE_PORTAL_MATCHES, url) || adapters.some((adapter) => matchesAny(adapter.matches, url)));
}

/** "Firefox 140", "Edge 131", "Chrome 131": the browser and its major version, nothing else of the user agent. */
export function browserName(userAgent: string): string {
  for (const [name, pattern] of [['Firefox', /Firefox\/(\d+)/], ['Edge', /Edg\/(\d+)/], ['Chrome', /Chrom(?:e|ium)\/(\d+)/]] as const) {
    const match = pattern.exec(userAgent);
    if (match) return `${name} ${match[1]}`;
  }
  return 'unknown';
}

/** A learning site's capture without its end date (the day a claim needs) was read only in part. */
export function captureOutcome(capture: Capture): ReadingOutcome | 'read' {
  return capture.endDate === undefined ? 'partial' : 'read';
}

/** The CE portal's dashboard: claims it saw but could not read make the read partial. */
export function dashboardOutcome(dashboard: Pick<CePortalDashboard, 'claimsState'>): ReadingOutcome | 'read' {
  return dashboard.claimsState === 'unreadable' ? 'partial' : 'read';
}

/** Runs in the page's isolated world (scripting.executeScript sends its source): calls the reader's function once. */
function callPageReport(key: string, about: ReportAbout): unknown {
  const scope = globalThis as unknown as Record<symbol, unknown>;
  const make = scope[Symbol.for(key)];
  delete scope[Symbol.for(key)];
  return typeof make === 'function' ? (make as (about: ReportAbout) => unknown)(about) : null;
}

export class ReportUnavailableError extends Error {}

/** The report of the tab's page, checked; throws ReportUnavailableError when the page cannot be scripted. */
export async function reportOfTab(scripting: Pick<typeof browser.scripting, 'executeScript'>, tabId: number, about: ReportAbout): Promise<PageReport> {
  let raw: unknown;
  try {
    await scripting.executeScript({ target: { tabId }, files: [PAGE_REPORT_SCRIPT] });
    const [injection] = await scripting.executeScript({ target: { tabId }, func: callPageReport, args: [PAGE_REPORT_KEY, about] });
    raw = injection?.result;
  } catch (error) {
    // The popup says "No report could be made of this page: …"; this is only the why.
    throw new ReportUnavailableError(`the browser did not let the extension read it (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = PageReportShape.safeParse(raw);
  if (!parsed.success) throw new ReportUnavailableError('the page gave back a report the extension could not check');
  return parsed.data;
}

/** Reports for the report page, in the worker's memory only: the last MAX_REPORTS, oldest dropped first; reading one keeps it. */
export class ReportStore {
  private readonly reports = new Map<string, PageReport>();

  put(id: string, report: PageReport): void {
    this.reports.set(id, report);
    for (const key of this.reports.keys()) {
      if (this.reports.size <= MAX_REPORTS) break;
      this.reports.delete(key);
    }
  }

  get(id: string): PageReport | undefined {
    return this.reports.get(id);
  }
}
