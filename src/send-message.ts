/**
 * The typed way for content scripts and extension pages to talk to the background. Zod-free on purpose:
 * it ships in content scripts; the background validates.
 */
import { extensionApi } from './extension-api';
import type { FieldError } from './domain/catalogue';
import type { ErrorCode, MessageOf, MessageType, Reply, ResponseMap } from './messages';

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
