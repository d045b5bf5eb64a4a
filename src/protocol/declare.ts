/**
 * How an area of the protocol declares its messages: as data the background reads (who may send each one, whether it
 * writes the store) and types the senders read (its reply). protocol/index.ts is the list of areas.
 */
import type { z } from 'zod';

/**
 * Who besides the extension's own pages may send a message (they may send every one); at most one kind of page:
 * - 'learning-site': a page a capture script runs on (a portal an adapter serves, or a taught site);
 * - 'ce-portal': the CE portal's script, on the portal only;
 * - 'taught-site': a taught site's own scripts (the handler checks the site was taught).
 */
export type Sender = 'learning-site' | 'ce-portal' | 'taught-site';

export interface Declared<Schema extends z.ZodType<{ type: string }>, Reply> {
  schema: Schema;
  /** Absent: the extension's own pages only. */
  from: Sender | undefined;
  /** It changes the store: the worker's kept progress and the popup's kept summary are dropped around it. */
  writes: boolean;
  /** A type only, never a value: what the background replies. */
  readonly reply: Reply;
}

interface Rules {
  from?: Sender;
  writes?: boolean;
}

/** declare(schema, rules).replies<Reply>(): one message of an area. Extension pages only, and no write, unless said. */
export function declare<Schema extends z.ZodType<{ type: string }>>(schema: Schema, { from, writes = false }: Rules = {}) {
  return {
    replies: <Reply>(): Declared<Schema, Reply> => ({ schema, from, writes, reply: undefined as never }),
  };
}
