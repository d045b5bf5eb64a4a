/**
 * What a message's handler is: a function of the parsed message and what the router hands it. Each area of the
 * protocol (src/protocol/<area>.ts) has its handlers in a file of the same name here; router.ts lists them.
 */
import type { z } from 'zod';
import type { MessageType, ParsedMessageOf, ResponseMap } from '../../protocol';
import type { Database } from '../../store/db';
import type { RouterContext, SenderInfo } from '../router-context';

export interface HandlerEnv {
  ctx: RouterContext;
  sender: SenderInfo;
  /** The database (the worker keeps one connection): a handler that needs none never waits for it to open. */
  db: () => Promise<Database>;
}

export type Handler<T extends MessageType> = (message: ParsedMessageOf<T>, env: HandlerEnv) => Promise<ResponseMap[T]> | ResponseMap[T];

/** One handler for each of an area's messages, checked by the compiler. */
export type Handlers<T extends MessageType> = { readonly [K in T]: Handler<K> };

/** The message types of a protocol area's declarations: an area's handlers are written against its own list. */
export type TypesOf<Declarations extends ReadonlyArray<{ schema: z.ZodType<{ type: string }> }>> = z.output<Declarations[number]['schema']>['type'];
