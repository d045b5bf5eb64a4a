/**
 * The CE portal (protocol/ce-portal.ts): filling its form from the record the user chose for a tab, its dashboard's
 * claims and certifications, and its Item Catalog. A tab gets a record only after the user picked it in extension UI.
 */
import { localToday } from '../../domain/dates';
import type { cePortalMessages } from '../../protocol/ce-portal';
import { NotFoundError, getRecord } from '../../store/records';
import { storeItemCatalog, storedItemCatalogStatus } from '../item-catalog-links';
import { applyCePortalDashboard, certificatePart, checkSubmittable, fillPayload, markSubmitted } from '../ce-portal-actions';
import { dashboardOutcome } from '../page-report';
import { noteReading } from '../reading-notes';
import type { Handlers, TypesOf } from './handler';
import { ForbiddenError } from './refusals';

export const cePortalHandlers: Handlers<TypesOf<typeof cePortalMessages>> = {
  'record.submit': async (message, { ctx, db }) => {
    checkSubmittable(await getRecord(await db(), message.recordId));
    if (!ctx.openCePortalForm || !ctx.fillInTab || !ctx.pendingFills) throw new Error('Submitting is not available here');
    if (message.tabId === undefined) {
      const tabId = await ctx.openCePortalForm();
      if (tabId !== undefined) ctx.pendingFills.set(tabId, message.recordId);
      return { opened: true };
    }
    const { tabId } = message;
    const pending = ctx.pendingFills;
    pending.set(tabId, message.recordId);
    // fillInTab injects the filler itself: a form the page reports meanwhile gets no second one.
    pending.startFilling(tabId);
    // Nothing stays pending for a tab that has moved on, or that the filler could not reach: it must not fill later.
    const filled = await ctx.fillInTab(tabId).catch((error: unknown) => {
      pending.drop(tabId);
      throw error;
    });
    if (!filled) {
      pending.drop(tabId);
      throw new NotFoundError('The CE portal tab');
    }
    return { opened: true };
  },
  'fill.choose': async (_message, { ctx, sender }) => {
    if (!ctx.openFillChooser || sender.tab?.id === undefined) throw new Error('Choosing a record is not available here');
    await ctx.openFillChooser(sender.tab.id);
    return { opened: true };
  },
  'fill.formFound': async (_message, { ctx, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !ctx.injectFiller || !ctx.pendingFills?.startFilling(tabId)) return { filling: false };
    try {
      await ctx.injectFiller(tabId);
      return { filling: true };
    } catch (error) {
      // The page offers the chooser instead, and the choice is not left to fill the tab later.
      ctx.pendingFills.drop(tabId);
      console.warn('Recert Companion: the filler could not be injected', error);
      return { filling: false };
    }
  },
  'fill.request': async (_message, { ctx, sender, db }) => {
    const database = await db();
    const recordId = sender.tab?.id !== undefined ? ctx.pendingFills?.take(sender.tab.id) : undefined;
    return recordId ? fillPayload(database, recordId) : null;
  },
  'fill.certificatePart': async (message, { ctx, sender, db }) => {
    const database = await db();
    if (sender.tab?.id === undefined || !ctx.pendingFills?.filledFrom(sender.tab.id, message.recordId)) {
      throw new ForbiddenError('This tab was not filled from that record');
    }
    return certificatePart(database, message.recordId, message.fileId, message.part);
  },
  'fill.submitted': async (message, { ctx, sender, db }) => {
    const database = await db();
    if (sender.tab?.id === undefined || !ctx.pendingFills?.mayBeSubmittedFrom(sender.tab.id, message.recordId)) {
      throw new ForbiddenError('This tab was not filled from that record');
    }
    return markSubmitted(database, message.recordId, ctx.clock);
  },
  'cePortal.sync': async (message, { ctx, sender, db }) => {
    noteReading(ctx.readingNotes, sender, 'ce-portal', dashboardOutcome(message.dashboard));
    return applyCePortalDashboard(await db(), message.dashboard, ctx.clock);
  },
  // The portal page it was read from; an extension page (a test, a future import) has no such address to keep.
  'itemCatalog.save': async (message, { ctx, sender, db }) => {
    noteReading(ctx.readingNotes, sender, 'ce-portal', message.catalogue.complete ? 'read' : 'partial');
    return storeItemCatalog(await db(), message.catalogue, ctx.clock.now().toISOString(), sender.url?.startsWith('https://') ? sender.url : undefined);
  },
  'itemCatalog.status': async (_message, { ctx, db }) => storedItemCatalogStatus(await db(), localToday(ctx.clock.now())),
};
