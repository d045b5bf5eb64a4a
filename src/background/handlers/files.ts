/** Certificate PDFs kept with records (protocol/files.ts). */
import type { fileMessages } from '../../protocol/files';
import { attachFile, fileMeta, getFile } from '../../store/files';
import { putTransfer } from '../../store/transfers';
import type { Handlers, TypesOf } from './handler';
import { pdfBytes } from './pdf-bytes';

export const fileHandlers: Handlers<TypesOf<typeof fileMessages>> = {
  'file.attach': async (message, { ctx, db }) => {
    const database = await db();
    return attachFile(database, message.recordId, await pdfBytes(database, message.file, 'import'), ctx.clock);
  },
  'file.get': async (message, { ctx, db }) => {
    const database = await db();
    const file = await getFile(database, message.id);
    return { file: fileMeta(file), transferId: await putTransfer(database, file.blob, ctx.clock) };
  },
};
