/** How the background answers every message: the data, or a typed error that says what went wrong. */
import type { FieldError } from '../domain/field-error';

/** quota: the browser's storage for the extension is full; the write did not happen. */
export type ErrorCode = 'bad-message' | 'forbidden' | 'invalid' | 'not-found' | 'conflict' | 'quota' | 'unavailable' | 'internal';

export interface ReplyError {
  code: ErrorCode;
  message: string;
  /** For `invalid`, when the problems belong to a form's fields: one message per problem, by field name. */
  fields?: FieldError[];
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };
