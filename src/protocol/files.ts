/** Certificate PDFs kept with records: attached by hand, and handed to a page that opens or downloads one. */
import { z } from 'zod';
import type { AttachResult } from '../domain/records';
import type { StoredFileMeta } from '../domain/schema';
import { declare } from './declare';
import { Id, PageFile } from './shapes';

export const fileMessages = [
  /** A PDF the user attaches to a stored record by hand. */
  declare(z.strictObject({ type: z.literal('file.attach'), recordId: Id, file: PageFile }), { writes: true }).replies<AttachResult>(),
  /** A stored certificate, to open or download: put in the transfers store for the page to take. */
  declare(z.strictObject({ type: z.literal('file.get'), id: Id })).replies<{ file: StoredFileMeta; transferId: string }>(),
] as const;
