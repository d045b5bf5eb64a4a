/**
 * Every message the background receives goes through here: parsed with the protocol's union, its sender checked
 * against what the message's area declares, then handed to that area's handler (handlers/<area>.ts). Nothing here
 * throws to the caller: an unknown, malformed or forbidden message gets a typed error reply and changes nothing.
 */
import { z } from 'zod';
import { matchesAny } from '../capture/match-pattern';
import { Message, SENDERS, WRITES, type MessageType, type ParsedMessage } from '../protocol';
import type { ErrorCode, Reply, ReplyError } from '../protocol/replies';
import { DatabaseUnavailableError, type Database } from '../store/db';
import { NotFoundError } from '../store/records';
import { ConflictError, InvalidFieldsError } from '../store/transaction';
import { discardTransfer } from '../store/transfers';
import { originOf } from './addresses';
import { CaptureLimitError } from './capture-limits';
import { NotOfferedError } from './item-catalog-links';
import { activityHandlers } from './handlers/activities';
import { backupHandlers } from './handlers/backup';
import { captureHandlers, capturePageProblem } from './handlers/capture';
import { cePortalHandlers } from './handlers/ce-portal';
import { certificationHandlers } from './handlers/certifications';
import { fileHandlers } from './handlers/files';
import type { Handler, Handlers } from './handlers/handler';
import { progressHandlers } from './handlers/progress';
import { recordHandlers } from './handlers/records';
import { ForbiddenError, StorageShareError } from './handlers/refusals';
import { settingsHandlers } from './handlers/settings';
import { pageReportHandlers } from './handlers/page-report';
import { ReportUnavailableError } from './page-report';
import { taughtSiteHandlers } from './handlers/taught-sites';
import { CE_PORTAL_MATCHES, NotSubmittableError } from './ce-portal-actions';
import { storeChanging } from './progress-report';
import type { RouterContext, SenderInfo } from './router-context';
import { NotTaughtError } from './taught-sites';

/** One handler for every message of the protocol: the compiler holds this list to protocol/index.ts's. */
const HANDLERS: Handlers<MessageType> = {
  ...captureHandlers,
  ...recordHandlers,
  ...fileHandlers,
  ...progressHandlers,
  ...certificationHandlers,
  ...activityHandlers,
  ...cePortalHandlers,
  ...backupHandlers,
  ...settingsHandlers,
  ...taughtSiteHandlers,
  ...pageReportHandlers,
};

function fail(code: ErrorCode, message: string, fields?: ReplyError['fields']): Reply<never> {
  return { ok: false, error: fields ? { code, message, fields } : { code, message } };
}

/** Why the sender may not send this message, or undefined when it may. */
function senderProblem(message: ParsedMessage, sender: SenderInfo, ctx: RouterContext): string | undefined {
  if (sender.id !== ctx.extensionId) return 'Messages are accepted from this extension only';
  const senderOrigin = originOf(sender.url);
  if (senderOrigin !== undefined && senderOrigin === originOf(ctx.extensionOrigin)) return undefined;
  const from = SENDERS.get(message.type);
  if (from === 'ce-portal') {
    return sender.url && matchesAny(CE_PORTAL_MATCHES, sender.url) ? undefined : `Only the certification body's portal may send ${message.type}`;
  }
  // A taught site's scripts: the handler checks that the sender's site was taught (that needs the database).
  if (from === 'taught-site') return undefined;
  if (from !== 'learning-site') return `A web page may not send ${message.type}`;
  return capturePageProblem(message, sender);
}

/** The transaction was aborted as a whole (atomically), so saying "nothing was saved" is true. */
const QUOTA_MESSAGE =
  "The browser's storage for Recert Companion is full, so nothing was saved. Export a backup, then remove certificate PDFs you no longer need (or allow the extension more space).";

function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && (error as { name: unknown }).name === 'QuotaExceededError';
}

/** The message's handler, called with what it is given: the one dispatch, typed by the message it is for. */
async function act(message: ParsedMessage, ctx: RouterContext, sender: SenderInfo): Promise<unknown> {
  const handler = HANDLERS[message.type] as Handler<MessageType>;
  return handler(message as never, { ctx, sender, db: () => ctx.db() });
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
    if (error instanceof ReportUnavailableError) return fail('unavailable', error.message);
    if (error instanceof z.ZodError) return fail('invalid', z.prettifyError(error));
    if (error instanceof DatabaseUnavailableError) return fail('unavailable', error.message);
    if (isQuotaError(error)) return fail('quota', QUOTA_MESSAGE);
    if (error instanceof CaptureLimitError || error instanceof StorageShareError) return fail('quota', error.message);
    return fail('internal', error instanceof Error ? error.message : String(error));
  }
}
