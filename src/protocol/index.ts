/**
 * The message protocol between content scripts, extension pages and the background: the list of its areas, and what
 * follows from them (the union the background parses every message with, who may send each one, which ones write,
 * each reply's type). Senders import only types from here (see send-message.ts), so no zod reaches a content script.
 */
import { z } from 'zod';
import { activityMessages } from './activities';
import { backupMessages } from './backup';
import { captureMessages } from './capture';
import { cePortalMessages } from './ce-portal';
import { certificationMessages } from './certifications';
import type { Sender } from './declare';
import { fileMessages } from './files';
import { pageReportMessages } from './page-report';
import { progressMessages } from './progress';
import { recordMessages } from './records';
import { settingsMessages } from './settings';
import { taughtSiteMessages } from './taught-sites';

const DECLARED = [
  ...captureMessages,
  ...recordMessages,
  ...fileMessages,
  ...progressMessages,
  ...certificationMessages,
  ...activityMessages,
  ...cePortalMessages,
  ...backupMessages,
  ...settingsMessages,
  ...taughtSiteMessages,
  ...pageReportMessages,
] as const;

type Declaration = (typeof DECLARED)[number];
type Schema = Declaration['schema'];

export type Message = z.input<Schema>;
export type ParsedMessage = z.output<Schema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export type ParsedMessageOf<T extends MessageType> = Extract<ParsedMessage, { type: T }>;
/** What the background replies to each message. */
export type ResponseMap = { [D in Declaration as z.output<D['schema']>['type']]: D['reply'] };

const typeOf = (declaration: Declaration) => declaration.schema.shape.type.value as MessageType;

export const Message = z.discriminatedUnion('type', DECLARED.map((d) => d.schema) as unknown as [Schema, ...Schema[]]);

/** Who besides the extension's own pages may send each message. */
export const SENDERS: ReadonlyMap<MessageType, Sender | undefined> = new Map(DECLARED.map((d) => [typeOf(d), d.from]));
/** The messages that change the store. */
export const WRITES: ReadonlySet<MessageType> = new Set(DECLARED.filter((d) => d.writes).map(typeOf));

