/**
 * Every message the background receives goes through here: parsed, its sender checked, then acted on.
 * Nothing here throws to the caller: an unknown, malformed or forbidden message gets a typed error reply
 * and changes nothing.
 */
import { captureToastWords, offerToastWords, type MessageText } from './capture-toast-words';
import { z } from 'zod';
import { planForCertification } from '../domain/certification-plan';
import { localToday } from '../domain/dates';
import { matchesAny } from '../capture/match-pattern';
import { Message, SENDERS, WRITES, type ParsedMessage, type ResponseMap } from '../protocol';
import type { ErrorCode, Reply, ReplyError } from '../protocol/replies';
import type { FilePayload, PageFile } from '../protocol/shapes';
import { DatabaseUnavailableError, type Database } from '../store/db';
import { exportBackup, importBackup } from '../store/backup-io';
import { discardTransfer, putTransfer, takeTransfer } from '../store/transfers';
import { MAX_BACKUP_BYTES } from '../domain/vocabulary';
import { NotFoundError, allRecords, deleteRecord, getRecord, listRecords, putRecord, recordsCapturedSince, saveCapture, undoCapture, updateRecord, type Clock } from '../store/records';
import { deleteCertification, listCertifications, saveCertification } from '../store/certifications';
import { deleteExam, listExams, saveExam } from '../store/exams';
import { getSettings, saveSettings } from '../store/settings';
import { progressReport, progressWithTimelines, storeChanging } from './progress-report';
import { POPUP_LATEST_COUNT, type PopupSummary } from '../domain/popup-summary';
import { alignWithCeCatalogue } from '../domain/catalogue-plan';
import { NotOfferedError, catalogueIndexFor, chooseItem, linkRecordsToCatalogue, linkedAfter, storeCatalogue, storedCatalogueStatus } from './catalogue-matching';
import { recordsCsv } from '../domain/records-csv';
import { addUserCatalogueItem, deleteCatalogueItem, listCatalogue, restoreCatalogueItem } from '../store/catalogue';
import { ConflictError, InvalidFieldsError } from '../store/transaction';
import { CaptureLimitError, type AttachRequests, type CaptureLimiter } from './capture-limits';
import { roomForAutoAttach, type StorageFigures } from '../domain/storage-room';
import { attachFile, fileMeta, getFile, type NewFile } from '../store/files';
import { base64ToBytes, decodedLength } from '../base64';
import { isPdfHeader } from '../capture/pdf-text';
import { CE_PORTAL_MATCHES, NotSubmittableError, applyPortalDashboard, certificatePart, checkSubmittable, fillPayload, markSubmitted, type PendingFills } from './portal-actions';
import type { PartAssemblies } from './message-parts';
import { captureFromForm, patchFromForm } from '../domain/manual-capture';
import { adapterById, adapters as ALL_ADAPTERS } from '../capture/adapters';
import { TAUGHT_ADAPTER_ID } from '../domain/site-recipe';
import { NotTaughtError, actOnTaughtMessage, isTaughtMessage, noteTaughtCapture, recipeOfSender, type SiteScripts } from './taught-sites';
import type { SaveCaptureResult } from '../domain/records';
import type { CaptureDraft, PageSnapshot } from '../domain/page-snapshot';

/** What we rely on from runtime.MessageSender. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; index?: number };
  frameId?: number;
}

export interface RouterContext {
  db: () => Promise<Database>;
  clock: Clock;
  extensionId: string;
  /** e.g. chrome-extension://abc/ or moz-extension://uuid/ */
  extensionOrigin: string;
  /** Called after any write, e.g. to refresh the toolbar badge. */
  onChange?: () => void;
  /** Manual capture: scans the active tab and opens the confirmation form (page.capture). */
  captureActiveTab?: () => Promise<CaptureDraft>;
  /** The toast's "Finish capture": keeps the page as a draft and opens the confirmation form beside its tab. */
  finishCapture?: (page: PageSnapshot, tab: SenderInfo['tab']) => Promise<CaptureDraft>;
  /** Manual capture's drafts waiting for the confirmation form (capture.draft). */
  draft?: (id: string) => CaptureDraft | undefined;
  /** Opens the record editor on a stored record (the toast's Edit). */
  openRecordEditor?: (recordId: string) => Promise<void>;
  /** The same on a taught site's record, with its page kept as a draft: the correction improves the site's recipe. */
  editTaughtRecord?: (recordId: string, page: PageSnapshot) => Promise<void>;
  /** Opens the portal's submission form in a new tab and returns the tab's id (record.submit). */
  openPortalForm?: () => Promise<number | undefined>;
  /** Opens the extension's record chooser for the portal tab whose "Choose a record" was pressed. */
  openFillChooser?: (portalTabId: number) => Promise<void>;
  /** Tells the portal tab that a record was chosen for it and brings it forward; false when it is no longer on the portal. */
  fillInTab?: (tabId: number) => Promise<boolean>;
  /** Which record each portal tab was opened to fill. */
  pendingFills?: PendingFills;
  /** A page's certificate sent in parts (capture.attach), as they arrive. */
  partAssemblies?: PartAssemblies;
  /** Bounds how many records pages write on their own (capture.save); absent, nothing is limited (unit tests). */
  captureLimiter?: CaptureLimiter;
  /** Which records' certificate PDFs pages were asked for (capture.attach needs one); absent, not checked (unit tests). */
  attachRequests?: AttachRequests;
  /** The browser's storage figures (navigator.storage.estimate), which bound the PDFs pages hand over on their own. */
  storageFigures?: () => Promise<StorageFigures | undefined>;
  /** Taught sites' scripts and permissions (taught-sites.ts); absent, taught sites are not available (unit tests). */
  siteScripts?: SiteScripts;
  /** After a backup was imported: its taught sites get their scripts where the browser allows them. */
  onImported?: () => void;
  /** Keeps what the popup's first frame shows for its next opening (session storage); absent, nothing is kept. */
  keepPopupSummary?: (summary: PopupSummary) => Promise<void>;
  /** Forgets it: called before and after every write, so that no summary outlives what it summed up. */
  forgetPopupSummary?: () => void;
  /** The user's language's text for a message key (browser.i18n.getMessage); absent, the keys themselves (unit tests). */
  messageText?: MessageText;
}

function fail(code: ErrorCode, message: string, fields?: ReplyError['fields']): Reply<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/**
 * Scheme and host, or undefined for an address without a host. Not URL.origin: that is the opaque "null" for
 * data:, javascript: and about: pages, and also for chrome-extension:// where the URL parser does not know the
 * scheme (Node, some engines), and "null" === "null" would take any such page for one of ours.
 */
function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : undefined;
  } catch {
    return undefined;
  }
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** Why the sender may not send this message, or undefined when it may. */
function senderProblem(message: ParsedMessage, sender: SenderInfo, ctx: RouterContext): string | undefined {
  if (sender.id !== ctx.extensionId) return 'Messages are accepted from this extension only';
  const senderOrigin = originOf(sender.url);
  if (senderOrigin !== undefined && senderOrigin === originOf(ctx.extensionOrigin)) return undefined;
  const from = SENDERS.get(message.type) ?? [];
  if (from.includes('ce-portal')) {
    return sender.url && matchesAny(CE_PORTAL_MATCHES, sender.url) ? undefined : `Only the certification body's portal may send ${message.type}`;
  }
  // A taught site's scripts: the handler checks that the sender's site was taught (that needs the database).
  if (from.includes('taught-site')) return undefined;
  if (!from.includes('learning-site')) return `A web page may not send ${message.type}`;
  if (message.type === 'capture.save' && message.capture.adapterId === TAUGHT_ADAPTER_ID) {
    // A taught site is an origin (scheme, host, port): its pages speak for it only.
    if (!message.capture.sourceUrl || originOf(message.capture.sourceUrl) !== originOf(sender.url)) return 'A capture must come from the page it describes';
  } else if (message.type === 'capture.save') {
    const adapter = adapterById(message.capture.adapterId);
    if (!adapter) return `Unknown adapter ${message.capture.adapterId}`;
    if (!sender.url || !matchesAny(adapter.matches, sender.url)) return `Adapter ${adapter.id} does not serve this page`;
    if (!message.capture.sourceUrl || hostOf(message.capture.sourceUrl) !== hostOf(sender.url)) return 'A capture must come from the page it describes';
  }
  if ((message.type === 'capture.finish' || message.type === 'capture.offerWords') && (!sender.url || !ALL_ADAPTERS.some((adapter) => matchesAny(adapter.matches, sender.url!)))) {
    return `Only a portal page the extension reads may send ${message.type}`;
  }
  if (message.type === 'capture.finish') {
    if (hostOf(message.page.url) !== hostOf(sender.url)) return 'A page may send only itself';
  }
  return undefined;
}


/** The file's bytes, once they are shown to be a PDF within the size the settings allow; else the user is told why. */
/**
 * A PDF's bytes, checked: from a content script as base64 in its message (a certificate fetched from its page), or
 * from an extension page through the transfers store. Too large, damaged or not a PDF is refused before it is kept.
 */
async function pdfBytes(db: Database, file: FilePayload | PageFile | { name: string; bytes: Uint8Array }, source: NewFile['source']): Promise<NewFile> {
  const { maxPdfMegabytes } = await getSettings(db);
  const maxBytes = maxPdfMegabytes * 1024 * 1024;
  const problem = (message: string) => new InvalidFieldsError([{ field: 'file', message: `${file.name}: ${message}` }]);
  const tooLarge = problem(`larger than ${maxPdfMegabytes} MB, the most kept (a setting)`);
  let bytes: Uint8Array;
  if ('bytes' in file) {
    if (file.bytes.byteLength > maxBytes) throw tooLarge;
    bytes = file.bytes;
  } else if ('transferId' in file) {
    const blob = await takeTransfer(db, file.transferId);
    if (blob.size > maxBytes) throw tooLarge;
    bytes = new Uint8Array(await blob.arrayBuffer());
  } else {
    if (decodedLength(file.base64) > maxBytes) throw tooLarge;
    try {
      bytes = base64ToBytes(file.base64);
    } catch {
      throw problem('the file arrived damaged');
    }
  }
  if (!isPdfHeader(bytes)) throw problem('not a PDF');
  return { name: file.name, bytes, source };
}

/** The transaction was aborted as a whole (atomically), so saying "nothing was saved" is true. */
const QUOTA_MESSAGE =
  "The browser's storage for Recert Companion is full, so nothing was saved. Export a backup, then remove certificate PDFs you no longer need (or allow the extension more space).";

function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && (error as { name: unknown }).name === 'QuotaExceededError';
}

/** A page's PDF that would take the extension's storage past the share pages may fill (domain/storage-room.ts). */
class StorageShareError extends Error {
  constructor() {
    super("The certificate PDF was not kept: Recert Companion's storage is nearly full. Export a backup, then remove certificate PDFs you no longer need; the record itself is saved.");
  }
}

/** Passes a page's PDF on when it fits in the share pages may fill; the user's own files are not held to it. */
async function roomFor<File extends { bytes: Uint8Array }>(file: File, ctx: RouterContext): Promise<File> {
  if (roomForAutoAttach(await ctx.storageFigures?.(), file.bytes.length) === 'full') throw new StorageShareError();
  return file;
}

/** A sender allowed this message type but not this use of it: a page naming another site's record. */
class ForbiddenError extends Error {}

/** A content script may attach a PDF only to a record captured from its own site, by an adapter serving its page. */
async function checkPageMayAttach(db: Database, recordId: string, senderUrl: string | undefined): Promise<void> {
  const record = await getRecord(db, recordId);
  const adapter = record.adapterId ? adapterById(record.adapterId) : undefined;
  const samePage = record.sourceUrl !== undefined && hostOf(record.sourceUrl) === hostOf(senderUrl);
  // A taught site's record: the sender's site must still be taught.
  const servesPage = adapter
    ? senderUrl !== undefined && matchesAny(adapter.matches, senderUrl)
    : record.adapterId === TAUGHT_ADAPTER_ID && originOf(record.sourceUrl) === originOf(senderUrl) && (await recipeOfSender(db, { url: senderUrl }).then(() => true, () => false));
  if (!senderUrl || !servesPage || !samePage) {
    throw new ForbiddenError('A page may attach a certificate only to a record captured from its own site');
  }
  // A page never replaces a certificate: the user's own, or one it already handed over.
  if (record.certificateFileId) throw new ForbiddenError('This record already has its certificate PDF');
}

async function act(message: ParsedMessage, ctx: RouterContext, sender: SenderInfo): Promise<ResponseMap[ParsedMessage['type']]> {
  // Manual capture's first two steps need no database.
  if (message.type === 'page.capture') {
    if (!ctx.captureActiveTab) throw new Error('Manual capture is not available here');
    return { draftId: (await ctx.captureActiveTab()).id };
  }
  if (message.type === 'capture.edit') {
    if (!ctx.openRecordEditor) throw new Error('The record editor is not available here');
    await ctx.openRecordEditor(message.recordId);
    return { opened: true };
  }
  if (message.type === 'capture.offerWords') return offerToastWords(ctx.messageText ?? ((key) => key));
  if (message.type === 'capture.finish') {
    if (!ctx.finishCapture) throw new Error('Finishing a capture is not available here');
    return { draftId: (await ctx.finishCapture(message.page, sender.tab)).id };
  }
  if (message.type === 'capture.draft') {
    const draft = ctx.draft?.(message.id);
    if (!draft) throw new NotFoundError('Capture draft');
    return draft;
  }
  const db = await ctx.db();
  if (isTaughtMessage(message)) {
    return actOnTaughtMessage(message, { db, scripts: ctx.siteScripts, sender, now: ctx.clock.now().toISOString(), ...(ctx.editTaughtRecord ? { editWithPage: ctx.editTaughtRecord } : {}) });
  }
  switch (message.type) {
    case 'record.get':
      return getRecord(db, message.id);
    case 'record.edit': {
      const result = patchFromForm(message.fields);
      if (!result.ok) throw new InvalidFieldsError(result.errors);
      return (await linkedAfter(db, { record: await updateRecord(db, message.id, result.patch, ctx.clock) })).record;
    }
    case 'capture.confirm': {
      const result = captureFromForm(message.fields);
      if (!result.ok) throw new InvalidFieldsError(result.errors);
      return linkedAfter(db, await saveCapture(db, result.capture, ctx.clock));
    }
    case 'capture.save': {
      const taught = message.capture.adapterId === TAUGHT_ADAPTER_ID;
      if (taught) await recipeOfSender(db, sender);
      await ctx.captureLimiter?.restore(async (since) => (await recordsCapturedSince(db, since)).map((r) => ({ site: hostOf(r.sourceUrl) ?? '', at: Date.parse(r.createdAt) })));
      const giveBack = ctx.captureLimiter?.reserve(sender.tab?.id, hostOf(sender.url) ?? '');
      let result: SaveCaptureResult;
      try {
        result = await linkedAfter(db, await saveCapture(db, message.capture, ctx.clock));
      } catch (error) {
        giveBack?.();
        throw error;
      }
      if (result.outcome === 'unchanged') giveBack?.();
      if (taught && result.outcome !== 'unchanged') await noteTaughtCapture(db, sender.url, ctx.clock.now().toISOString());
      const saved = { ...result, toast: captureToastWords(message.capture, result.outcome, ctx.messageText ?? ((key) => key)) };
      const { autoAttachPdf, maxPdfMegabytes } = await getSettings(db);
      const maxBytes = maxPdfMegabytes * 1024 * 1024;
      // Near the quota a page's PDF is not asked for: the popup and the dashboard say why (StorageNotice).
      if (!autoAttachPdf || result.record.certificateFileId || roomForAutoAttach(await ctx.storageFigures?.(), maxBytes) === 'full') return saved;
      ctx.attachRequests?.ask(result.record.id);
      return { ...saved, attachPdf: { maxBytes } };
    }
    case 'pdf.import': {
      const result = captureFromForm(message.fields);
      if (!result.ok) throw new InvalidFieldsError(result.errors);
      return linkedAfter(db, await saveCapture(db, { ...result.capture, adapterId: 'pdf' }, ctx.clock, await pdfBytes(db, message.file, 'import')));
    }
    case 'file.attach':
      return attachFile(db, message.recordId, await pdfBytes(db, message.file, 'import'), ctx.clock);
    case 'capture.attach': {
      // Checked before any await: of attaches sent together for one record, one goes on.
      const asked = ctx.attachRequests ? (message.parts === 1 ? ctx.attachRequests.take(message.recordId) : ctx.attachRequests.isAsked(message.recordId)) : true;
      if (!asked) throw new ForbiddenError('This certificate PDF was not asked for');
      await checkPageMayAttach(db, message.recordId, sender.url);
      if (message.parts === 1) return attachFile(db, message.recordId, await roomFor(await pdfBytes(db, message.file, 'page'), ctx), ctx.clock);
      if (!ctx.partAssemblies) throw new Error('Files in parts are not taken here');
      let part: Uint8Array;
      try {
        part = base64ToBytes(message.file.base64);
      } catch {
        throw new InvalidFieldsError([{ field: 'file', message: `${message.file.name}: the file arrived damaged` }]);
      }
      const assembled = ctx.partAssemblies.add(`${sender.tab?.id ?? ''}|${message.recordId}`, message.part, message.parts, part);
      if (!('whole' in assembled)) return assembled;
      if (ctx.attachRequests && !ctx.attachRequests.take(message.recordId)) throw new ForbiddenError('This certificate PDF was not asked for');
      return attachFile(db, message.recordId, await roomFor(await pdfBytes(db, { name: message.file.name, bytes: assembled.whole }, 'page'), ctx), ctx.clock);
    }
    case 'settings.get':
      return getSettings(db);
    case 'settings.save':
      return saveSettings(db, message.settings);
    case 'backup.export': {
      const blob = new Blob([await exportBackup(db, { includeFiles: message.includeFiles }, ctx.clock.now())], { type: 'application/json' });
      // A file the import would refuse is no backup: better said now than on the day it is needed.
      if (blob.size > MAX_BACKUP_BYTES) {
        const megabytes = (n: number) => String(Math.ceil(n / (1024 * 1024)));
        throw new InvalidFieldsError([{ field: 'includeFiles', message: `With its PDFs this backup would be ${megabytes(blob.size)} MB, more than can be imported again (${megabytes(MAX_BACKUP_BYTES)} MB). Export it without the PDFs, and keep the PDFs you need from the records table.` }]);
      }
      return { transferId: await putTransfer(db, blob, ctx.clock) };
    }
    case 'backup.import': {
      const file = await takeTransfer(db, message.transferId);
      if (file.size > MAX_BACKUP_BYTES) return { ok: false, errors: [`This file is too large to be a backup (${MAX_BACKUP_BYTES / (1024 * 1024)} MB at most)`] };
      const report = await importBackup(db, await file.text());
      await linkRecordsToCatalogue(db);
      if (report.ok) ctx.onImported?.();
      return report;
    }
    case 'records.csv':
      return { text: recordsCsv(await allRecords(db)) };
    case 'record.submit': {
      checkSubmittable(await getRecord(db, message.recordId));
      if (!ctx.openPortalForm || !ctx.fillInTab || !ctx.pendingFills) throw new Error('Submitting is not available here');
      if (message.tabId === undefined) {
        const tabId = await ctx.openPortalForm();
        if (tabId !== undefined) ctx.pendingFills.set(tabId, message.recordId);
        return { opened: true };
      }
      ctx.pendingFills.set(message.tabId, message.recordId);
      if (!(await ctx.fillInTab(message.tabId))) {
        // Nothing stays pending for a tab that has moved on: it must not fill itself later.
        ctx.pendingFills.take(message.tabId);
        throw new NotFoundError('The CE portal tab');
      }
      return { opened: true };
    }
    case 'fill.choose':
      if (!ctx.openFillChooser || sender.tab?.id === undefined) throw new Error('Choosing a record is not available here');
      await ctx.openFillChooser(sender.tab.id);
      return { opened: true };
    case 'fill.request': {
      const recordId = sender.tab?.id !== undefined ? ctx.pendingFills?.take(sender.tab.id) : undefined;
      return recordId ? fillPayload(db, recordId) : null;
    }
    case 'fill.certificatePart':
      if (sender.tab?.id === undefined || !ctx.pendingFills?.filledFrom(sender.tab.id, message.recordId)) {
        throw new ForbiddenError('This tab was not filled from that record');
      }
      return certificatePart(db, message.recordId, message.fileId, message.part);
    case 'fill.submitted':
      if (sender.tab?.id === undefined || !ctx.pendingFills?.mayBeSubmittedFrom(sender.tab.id, message.recordId)) {
        throw new ForbiddenError('This tab was not filled from that record');
      }
      return markSubmitted(db, message.recordId, ctx.clock);
    case 'portal.sync':
      return applyPortalDashboard(db, message.dashboard, ctx.clock);
    case 'ceCatalogue.save':
      // The portal page it was read from; an extension page (a test, a future import) has no such address to keep.
      return storeCatalogue(db, message.catalogue, ctx.clock.now().toISOString(), sender.url?.startsWith('https://') ? sender.url : undefined);
    case 'record.chooseCatalogueItem':
      return chooseItem(db, message.id, message.item);
    case 'ceCatalogue.status':
      return storedCatalogueStatus(db, localToday(ctx.clock.now()));
    case 'file.get': {
      const file = await getFile(db, message.id);
      return { file: fileMeta(file), transferId: await putTransfer(db, file.blob, ctx.clock) };
    }
    case 'capture.undo':
      return undoCapture(db, message.token, ctx.clock);
    case 'records.list':
      return listRecords(db, { limit: message.limit, status: message.status });
    case 'record.update':
      return (await linkedAfter(db, { record: await updateRecord(db, message.id, message.patch, ctx.clock) })).record;
    case 'record.delete':
      return deleteRecord(db, message.id, ctx.clock);
    case 'record.restore':
      return putRecord(db, message.record, ctx.clock);
    case 'progress.get':
      return progressReport(db, message.today ?? localToday(ctx.clock.now()));
    case 'popup.summary': {
      const today = localToday(ctx.clock.now());
      const [report, records] = await Promise.all([progressReport(db, today), listRecords(db, { limit: POPUP_LATEST_COUNT })]);
      const summary = { today, report, records };
      await ctx.keepPopupSummary?.(summary).catch((error: unknown) => console.warn('Recert Companion: the popup summary could not be kept', error));
      return summary;
    }
    case 'progress.timelines':
      return progressWithTimelines(db, message.today ?? localToday(ctx.clock.now()));
    case 'certifications.list':
      return listCertifications(db);
    case 'certification.save':
      return saveCertification(db, message.certification);
    case 'certification.delete':
      return deleteCertification(db, message.id);
    case 'exams.list':
      return listExams(db);
    case 'exam.save':
      return saveExam(db, message.exam);
    case 'exam.delete':
      return deleteExam(db, message.id);
    case 'catalogue.list':
      return listCatalogue(db);
    case 'catalogue.add':
      return addUserCatalogueItem(db, message.item, ctx.clock);
    case 'catalogue.restore':
      return restoreCatalogueItem(db, message.item);
    case 'catalogue.delete':
      return deleteCatalogueItem(db, message.id);
    case 'plan.get': {
      const [report, catalogue, records, ce] = await Promise.all([
        progressReport(db, message.today ?? localToday(ctx.clock.now())),
        listCatalogue(db),
        allRecords(db),
        catalogueIndexFor(db),
      ]);
      // Credits from the CE Item Catalog where it lists the activity; nothing from one it does not, or one claimed.
      const { items, unavailable } = alignWithCeCatalogue(catalogue, ce?.index, records, ce?.readAt);
      const plan = planForCertification({ report, certificationId: message.certificationId, items, currency: message.currency, unavailable });
      if (!plan) throw new NotFoundError('Certification');
      return plan;
    }
  }
}

/**
 * A message refused part-way may not have taken the file a page handed over with it (a form refused before its
 * file is read): the file goes, so a page saving again and again leaves nothing behind.
 */
async function discardHandedOver(message: ParsedMessage, ctx: RouterContext): Promise<void> {
  const id = 'transferId' in message ? message.transferId : 'file' in message && 'transferId' in message.file ? message.file.transferId : undefined;
  if (id === undefined) return;
  try {
    await discardTransfer(await ctx.db(), id);
  } catch {
    // The refusal the user sees says more than this would.
  }
}

export async function handleMessage(raw: unknown, sender: SenderInfo, ctx: RouterContext): Promise<Reply<unknown>> {
  const parsed = Message.safeParse(raw);
  if (!parsed.success) {
    // Only a text type is named: String() throws on an object such as { toString: 1 }, which a sender can clone.
    const type = typeof raw === 'object' && raw !== null && 'type' in raw && typeof raw.type === 'string' ? raw.type.slice(0, 40) : 'message';
    return fail('bad-message', `Malformed ${type}: ${z.prettifyError(parsed.error)}`);
  }
  const problem = senderProblem(parsed.data, sender, ctx);
  if (problem) return fail('forbidden', problem);
  // A write drops the kept progress report before it starts and again when it is done (or failed).
  let writing: Database | undefined;
  try {
    if (WRITES.has(parsed.data.type)) {
      storeChanging((writing = await ctx.db()));
      ctx.forgetPopupSummary?.();
    }
    const data = await act(parsed.data, ctx, sender);
    if (writing) {
      storeChanging(writing);
      ctx.forgetPopupSummary?.();
      ctx.onChange?.();
    }
    return { ok: true, data };
  } catch (error) {
    if (writing) {
      storeChanging(writing);
      ctx.forgetPopupSummary?.();
    }
    await discardHandedOver(parsed.data, ctx);
    if (error instanceof NotFoundError) return fail('not-found', error.message);
    if (error instanceof ForbiddenError || error instanceof NotTaughtError) return fail('forbidden', error.message);
    if (error instanceof ConflictError) return fail('conflict', error.message);
    if (error instanceof InvalidFieldsError) return fail('invalid', error.message, error.fields);
    if (error instanceof NotOfferedError || error instanceof NotSubmittableError) return fail('invalid', error.message);
    if (error instanceof z.ZodError) return fail('invalid', z.prettifyError(error));
    if (error instanceof DatabaseUnavailableError) return fail('unavailable', error.message);
    if (isQuotaError(error)) return fail('quota', QUOTA_MESSAGE);
    if (error instanceof CaptureLimitError || error instanceof StorageShareError) return fail('quota', error.message);
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}
