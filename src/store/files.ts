/**
 * Certificate files (PDFs) in IndexedDB: each kept as a Blob beside its description, linked to one record, and the
 * record pointing back at it. A record keeps one certificate; attaching another replaces the link, and the earlier
 * file stays stored so that an Undo that restores the record finds its file again.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import { CourseRecord, PDF_TYPE, StoredFileMeta } from '../domain/schema';
import type { Database, RecertDB, StoredFile } from './db';
import { NotFoundError, atomically } from './transaction';
import type { Clock } from './records';

export interface NewFile {
  name: string;
  bytes: Uint8Array;
  source: StoredFileMeta['source'];
}

export interface AttachResult {
  record: CourseRecord;
  file: StoredFileMeta;
}

/** The description without the bytes: what pages list and what messages carry. */
export function fileMeta({ blob: _blob, ...meta }: StoredFile): StoredFileMeta {
  return meta;
}

/** Puts `file` in the files store of an open transaction, for recordId; returns its description. */
export async function storeFile<Tx extends ArrayLike<StoreNames<RecertDB>>>(
  files: IDBPObjectStore<RecertDB, Tx, 'files', 'readwrite'>,
  recordId: string,
  file: NewFile,
  clock: Clock,
): Promise<StoredFileMeta> {
  const meta = StoredFileMeta.parse({
    id: clock.newId(),
    recordId,
    name: file.name,
    type: PDF_TYPE,
    size: file.bytes.byteLength,
    addedAt: clock.now().toISOString(),
    source: file.source,
  });
  await files.put({ ...meta, blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: PDF_TYPE }) });
  return meta;
}

/** Keeps `file` with the stored record `recordId` (a PDF attached by hand, or fetched from its page). */
export async function attachFile(db: Database, recordId: string, file: NewFile, clock: Clock): Promise<AttachResult> {
  const tx = db.transaction(['records', 'files'], 'readwrite');
  return atomically(tx, async () => {
    const current = await tx.objectStore('records').get(recordId);
    if (!current) throw new NotFoundError('Record');
    const meta = await storeFile(tx.objectStore('files'), recordId, file, clock);
    const record = CourseRecord.parse({ ...current, certificateFileId: meta.id, updatedAt: clock.now().toISOString() });
    await tx.objectStore('records').put(record);
    return { record, file: meta };
  });
}

export async function getFile(db: Database, id: string): Promise<StoredFile> {
  const file = await db.get('files', id);
  if (!file) throw new NotFoundError('File');
  return file;
}
