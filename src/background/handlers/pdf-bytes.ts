/**
 * A PDF's bytes, checked before anything keeps them: from a content script as base64 in its message (a certificate
 * fetched from its page), or from an extension page through the transfers store. Too large, damaged or not a PDF is
 * refused with a message for the form's file field.
 */
import { base64ToBytes, decodedLength } from '../../base64';
import { isPdfHeader } from '../../domain/pdf-header';
import { roomForAutoAttach } from '../../domain/storage-room';
import type { FilePayload, PageFile } from '../../protocol/shapes';
import type { Database } from '../../store/db';
import type { NewFile } from '../../store/files';
import { getSettings } from '../../store/settings';
import { InvalidFieldsError } from '../../store/transaction';
import { takeTransfer } from '../../store/transfers';
import type { RouterContext } from '../router-context';
import { StorageShareError } from './refusals';

export async function pdfBytes(db: Database, file: FilePayload | PageFile | { name: string; bytes: Uint8Array }, source: NewFile['source']): Promise<NewFile> {
  const { maxPdfMegabytes } = await getSettings(db);
  const maxBytes = maxPdfMegabytes * 1024 * 1024;
  const problem = (message: string) => new InvalidFieldsError([{ field: 'file', message: `${file.name}: ${message}` }]);
  const tooLarge = problem(`larger than ${maxPdfMegabytes} MB, the most kept (a setting)`);
  let bytes: Uint8Array;
  if ('bytes' in file) {
    if (file.bytes.byteLength > maxBytes) throw tooLarge;
    bytes = file.bytes;
  } else if ('transferId' in file) {
    const blob = await takeTransfer(db, file.transferId);
    if (blob.size > maxBytes) throw tooLarge;
    bytes = new Uint8Array(await blob.arrayBuffer());
  } else {
    if (decodedLength(file.base64) > maxBytes) throw tooLarge;
    try {
      bytes = base64ToBytes(file.base64);
    } catch {
      throw problem('the file arrived damaged');
    }
  }
  if (!isPdfHeader(bytes)) throw problem('not a PDF');
  return { name: file.name, bytes, source };
}

/** Passes a page's PDF on when it fits in the share pages may fill; the user's own files are not held to it. */
export async function roomFor<File extends { bytes: Uint8Array }>(file: File, ctx: RouterContext): Promise<File> {
  if (roomForAutoAttach(await ctx.storageFigures?.(), file.bytes.length) === 'full') throw new StorageShareError();
  return file;
}
