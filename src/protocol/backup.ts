/** The backup file: exported whole, imported whole or not at all. */
import { z } from 'zod';
import type { ImportResult } from '../domain/import-report';
import { declare } from './declare';
import { Id } from './shapes';

export const backupMessages = [
  /**
   * A backup file's text, put in the transfers store (a backup with its PDFs is too large for a message); the
   * reply names the transfer the page takes it from.
   */
  declare(z.strictObject({ type: z.literal('backup.export'), includeFiles: z.boolean() })).replies<{ transferId: string }>(),
  /** Imports the backup file the page put in the transfers store: all of it, checked first, in one transaction, or nothing. */
  declare(z.strictObject({ type: z.literal('backup.import'), transferId: Id }), { writes: true }).replies<ImportResult>(),
] as const;
