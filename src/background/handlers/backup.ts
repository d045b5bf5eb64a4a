/** The backup file (protocol/backup.ts): exported whole, imported whole or not at all. */
import { MAX_BACKUP_BYTES } from '../../domain/vocabulary';
import type { backupMessages } from '../../protocol/backup';
import { exportBackup, importBackup } from '../../store/backup-io';
import { InvalidFieldsError } from '../../store/transaction';
import { putTransfer, takeTransfer } from '../../store/transfers';
import { linkRecordsToItemCatalog } from '../item-catalog-links';
import type { Handlers, TypesOf } from './handler';

export const backupHandlers: Handlers<TypesOf<typeof backupMessages>> = {
  'backup.export': async (message, { ctx, db }) => {
    const database = await db();
    const blob = new Blob([await exportBackup(database, { includeFiles: message.includeFiles }, ctx.clock.now())], { type: 'application/json' });
    // A file the import would refuse is no backup: better said now than on the day it is needed.
    if (blob.size > MAX_BACKUP_BYTES) {
      const megabytes = (n: number) => String(Math.ceil(n / (1024 * 1024)));
      throw new InvalidFieldsError([{ field: 'includeFiles', message: `With its PDFs this backup would be ${megabytes(blob.size)} MB, more than can be imported again (${megabytes(MAX_BACKUP_BYTES)} MB). Export it without the PDFs, and keep the PDFs you need from the records table.` }]);
    }
    return { transferId: await putTransfer(database, blob, ctx.clock) };
  },
  'backup.import': async (message, { ctx, db }) => {
    const database = await db();
    const file = await takeTransfer(database, message.transferId);
    if (file.size > MAX_BACKUP_BYTES) return { ok: false, errors: [`This file is too large to be a backup (${MAX_BACKUP_BYTES / (1024 * 1024)} MB at most)`] };
    const report = await importBackup(database, await file.text());
    await linkRecordsToItemCatalog(database);
    if (report.ok) ctx.onImported?.();
    return report;
  },
};
