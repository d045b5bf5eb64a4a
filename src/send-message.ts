/**
 * The typed way for content scripts and extension pages to talk to the background. Zod-free on purpose:
 * it ships in content scripts; the background validates.
 */
import { extensionApi } from './extension-api';
import type { FieldError } from './domain/field-error';
import type { PageMessage, PageReplies } from './protocol/page-messages';
import type { ErrorCode, Reply } from './protocol/replies';
import type { MessageOf, MessageType, ResponseMap } from './protocol';

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode | 'no-reply',
    message: string,
    /** What is wrong with each field of a form, when the background says (code `invalid`). */
    readonly fields: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

export async function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<ResponseMap[T]> {
  const reply = (await extensionApi().runtime.sendMessage(message)) as Reply<ResponseMap[T]> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new MessageError('no-reply', 'The extension did not answer. Reload the page and try again.');
  }
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message, reply.error.fields);
  return reply.data;
}

/** The background went away mid-request (its worker was stopped) or was not there yet: worth asking again. */
function backgroundGone(error: unknown): boolean {
  if (error instanceof MessageError) return error.code === 'no-reply';
  // Chrome says "The message port closed before a response was received" or, for a listener that answers later (as
  // the background's do), "... but the message channel closed before a response was received".
  return error instanceof Error && /port closed|channel closed|receiving end does not exist|could not establish connection/i.test(error.message);
}

/**
 * sendMessage for messages the background may get twice without harm (capture.save: a capture seen again
 * changes nothing). A worker stopped in the middle of a write leaves no half of it (one transaction), and
 * the browser starts a new worker for the next message: so the message is sent again, a few times, further apart
 * each time (2.5 s in all: a new worker first reads back the hour's captures, so it needs a moment).
 */
export async function sendMessageRetrying<T extends MessageType>(message: MessageOf<T>, { attempts = 5, delayMs = 250 } = {}): Promise<ResponseMap[T]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendMessage(message);
    } catch (error) {
      if (attempt >= attempts || !backgroundGone(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
}

/** A message to a tab's content script (protocol/page-messages.ts), from the worker or an extension page. */
export function sendToTab<T extends PageMessage['type']>(tabId: number, type: T): Promise<PageReplies[T]> {
  return extensionApi().tabs.sendMessage(tabId, { type }) as Promise<PageReplies[T]>;
}
