/**
 * Capturing (protocol/capture.ts): what a learning site's script saves, undoes and attaches, and manual capture with
 * its confirmation form. Also who may send these from a page: the adapter a capture names must serve the page.
 */
import { adapterById, adapters as ALL_ADAPTERS } from '../../capture/adapters';
import { matchesAny } from '../../capture/match-pattern';
import { captureFromForm } from '../../domain/manual-capture';
import type { SaveCaptureResult } from '../../domain/records';
import { TAUGHT_ADAPTER_ID } from '../../domain/site-recipe';
import { roomForAutoAttach } from '../../domain/storage-room';
import { base64ToBytes } from '../../base64';
import type { ParsedMessage } from '../../protocol';
import type { captureMessages } from '../../protocol/capture';
import type { Database } from '../../store/db';
import { attachFile } from '../../store/files';
import { NotFoundError, getRecord, recordsCapturedSince, saveCapture, undoCapture } from '../../store/records';
import { getSettings } from '../../store/settings';
import { InvalidFieldsError } from '../../store/transaction';
import { originOf, hostOf } from '../addresses';
import { captureToastWords, offerToastWords } from '../../text/toast-words';
import { linkedAfter } from '../item-catalog-links';
import type { SenderInfo } from '../router-context';
import { noteTaughtCapture, recipeOfSender } from '../taught-sites';
import { captureOutcome } from '../page-report';
import { noteReading } from '../reading-notes';
import type { Handlers, TypesOf } from './handler';
import { pdfBytes, roomFor } from './pdf-bytes';
import { ForbiddenError } from './refusals';

/** Why a page may not send this capture message, or undefined when it may (the router has checked it is a page's). */
export function capturePageProblem(message: ParsedMessage, sender: SenderInfo): string | undefined {
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

export const captureHandlers: Handlers<TypesOf<typeof captureMessages>> = {
  // Manual capture's first steps need no database.
  'page.capture': async (_message, { ctx }) => {
    if (!ctx.captureActiveTab) throw new Error('Manual capture is not available here');
    return { draftId: (await ctx.captureActiveTab()).id };
  },
  'capture.edit': async (message, { ctx }) => {
    if (!ctx.openRecordEditor) throw new Error('The record editor is not available here');
    await ctx.openRecordEditor(message.recordId);
    return { opened: true };
  },
  // Asked only by a page that shows a completion its adapter read nothing of: the popup may offer a report of it.
  'capture.offerWords': (_message, { ctx, sender }) => {
    noteReading(ctx.readingNotes, sender, 'learning-site', 'empty');
    return offerToastWords(ctx.messageText ?? ((key) => key));
  },
  'capture.finish': async (message, { ctx, sender }) => {
    if (!ctx.finishCapture) throw new Error('Finishing a capture is not available here');
    return { draftId: (await ctx.finishCapture(message.page, sender.tab)).id };
  },
  'capture.draft': (message, { ctx }) => {
    const draft = ctx.draft?.(message.id);
    if (!draft) throw new NotFoundError('Capture draft');
    return draft;
  },
  'capture.confirm': async (message, { ctx, db }) => {
    const result = captureFromForm(message.fields);
    if (!result.ok) throw new InvalidFieldsError(result.errors);
    const database = await db();
    return linkedAfter(database, await saveCapture(database, result.capture, ctx.clock));
  },
  'capture.save': async (message, { ctx, sender, db }) => {
    const database = await db();
    const taught = message.capture.adapterId === TAUGHT_ADAPTER_ID;
    if (taught) await recipeOfSender(database, sender);
    await ctx.captureLimiter?.restore(async (since) => (await recordsCapturedSince(database, since)).map((r) => ({ site: hostOf(r.sourceUrl) ?? '', at: Date.parse(r.createdAt) })));
    const giveBack = ctx.captureLimiter?.reserve(sender.tab?.id, hostOf(sender.url) ?? '');
    let result: SaveCaptureResult;
    try {
      result = await linkedAfter(database, await saveCapture(database, message.capture, ctx.clock));
    } catch (error) {
      giveBack?.();
      throw error;
    }
    if (result.outcome === 'unchanged') giveBack?.();
    if (taught && result.outcome !== 'unchanged') await noteTaughtCapture(database, sender.url, ctx.clock.now().toISOString());
    if (!taught) noteReading(ctx.readingNotes, sender, 'learning-site', captureOutcome(message.capture));
    const saved = { ...result, toast: captureToastWords(message.capture, result.outcome, ctx.messageText ?? ((key) => key)) };
    const { autoAttachPdf, maxPdfMegabytes } = await getSettings(database);
    const maxBytes = maxPdfMegabytes * 1024 * 1024;
    // Near the quota a page's PDF is not asked for: the popup and the dashboard say why (StorageNotice).
    if (!autoAttachPdf || result.record.certificateFileId || roomForAutoAttach(await ctx.storageFigures?.(), maxBytes) === 'full') return saved;
    ctx.attachRequests?.ask(result.record.id);
    return { ...saved, attachPdf: { maxBytes } };
  },
  'capture.undo': async (message, { ctx, db }) => undoCapture(await db(), message.token, ctx.clock),
  'pdf.import': async (message, { ctx, db }) => {
    const result = captureFromForm(message.fields);
    if (!result.ok) throw new InvalidFieldsError(result.errors);
    const database = await db();
    return linkedAfter(database, await saveCapture(database, { ...result.capture, adapterId: 'pdf' }, ctx.clock, await pdfBytes(database, message.file, 'import')));
  },
  'capture.attach': async (message, { ctx, sender, db }) => {
    const database = await db();
    // Checked before any other await: of attaches sent together for one record, one goes on.
    const asked = ctx.attachRequests ? (message.parts === 1 ? ctx.attachRequests.take(message.recordId) : ctx.attachRequests.isAsked(message.recordId)) : true;
    if (!asked) throw new ForbiddenError('This certificate PDF was not asked for');
    await checkPageMayAttach(database, message.recordId, sender.url);
    if (message.parts === 1) return attachFile(database, message.recordId, await roomFor(await pdfBytes(database, message.file, 'page'), ctx), ctx.clock);
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
    return attachFile(database, message.recordId, await roomFor(await pdfBytes(database, { name: message.file.name, bytes: assembled.whole }, 'page'), ctx), ctx.clock);
  },
};
