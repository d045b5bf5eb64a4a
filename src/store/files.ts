/**
 * Certificate files (PDFs) in IndexedDB: each kept as a Blob beside its description, linked to one record, and the
 * record pointing back at it. A record keeps one certificate. A file its record lets go (the record deleted, or
 * given another certificate) is released in the same transaction and kept a day, for the Undo that could point the
 * record at it again; every write that releases a file also sweeps those released longer ago. Released files are
 * never exported.
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { CourseRecord, PDF_TYPE, StoredFileMeta } from '../domain/schema';
import type { Database, RecertDB, StoredFile } from './db';
import { NotFoundError, atomically } from './transaction';
import type { AttachResult } from '../domain/records';
import type { Clock } from './clock';

export interface NewFile {
  name: string;
  bytes: Uint8Array;
  source: StoredFileMeta['source'];
}

/** How long a released file is kept: longer than any Undo that could point a record at it again. */
export const RELEASED_FILE_HOLD_MS = 24 * 60 * 60 * 1000;

type FilesStore<Tx extends ArrayLike<StoreNames<RecertDB>>> = IDBPObjectStore<RecertDB, Tx, 'files', 'readwrite' | 'versionchange'>;

/** The description without the bytes: what pages list and what messages carry. */
export function fileMeta({ blob: _blob, releasedAt: _releasedAt, ...meta }: StoredFile): StoredFileMeta {
  return meta;
}

/** Deletes the files released before the hold ended. */
async function sweepReleasedFiles<Tx extends ArrayLike<StoreNames<RecertDB>>>(files: FilesStore<Tx>, now: Date): Promise<void> {
  const before = IDBKeyRange.upperBound(new Date(now.getTime() - RELEASED_FILE_HOLD_MS).toISOString());
  for (let cursor = await files.index('byReleasedAt').openCursor(before); cursor; cursor = await cursor.continue()) await cursor.delete();
}

/** Deletes the files whose hold has ended, on the twice-daily check, so space comes back without another write. */
export async function sweepReleased(db: Database, now: Date): Promise<void> {
  const tx = db.transaction('files', 'readwrite');
  await sweepReleasedFiles(tx.objectStore('files'), now);
  await tx.done;
}

/** Releases every file of `recordId` but `keep` (the one the record points at, if any), and sweeps old releases. */
export async function releaseFilesOf<Tx extends ArrayLike<StoreNames<RecertDB>>>(files: FilesStore<Tx>, recordId: string, keep: string | undefined, now: Date): Promise<void> {
  const nowIso = now.toISOString();
  for (let cursor = await files.index('byRecordId').openCursor(recordId); cursor; cursor = await cursor.continue()) {
    const file = cursor.value;
    if (file.id === keep && file.releasedAt) {
      const { releasedAt: _released, ...held } = file;
      await cursor.update(held);
    } else if (file.id !== keep && !file.releasedAt) {
      await cursor.update({ ...file, releasedAt: nowIso });
    }
  }
  await sweepReleasedFiles(files, now);
}

/** Releases the files no record points at (what older versions left behind, or an import replaced), and keeps again those one does. */
export async function releaseOrphanFiles<Tx extends ArrayLike<StoreNames<RecertDB>>>(tx: IDBPTransaction<RecertDB, Tx, 'readwrite' | 'versionchange'>, nowIso: string): Promise<void> {
  const files = tx.objectStore('files');
  const records = tx.objectStore('records');
  for (let cursor = await files.openCursor(); cursor; cursor = await cursor.continue()) {
    const { releasedAt, ...file } = cursor.value;
    const owned = (await records.get(file.recordId))?.certificateFileId === file.id;
    // A record brought back (an import after a delete) takes its certificate back too.
    if (owned && releasedAt) await cursor.update(file);
    else if (!owned && !releasedAt) await cursor.update({ ...file, releasedAt: nowIso });
  }
}

/** Puts `file` in the files store of an open transaction, for recordId; returns its description. */
export async function storeFile<Tx extends ArrayLike<StoreNames<RecertDB>>>(
  files: FilesStore<Tx>,
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

/**
 * Keeps `file` with the stored record `recordId` (a PDF attached by hand, or fetched from its page). The capture's
 * Undo still applies: an undo entry that knew the record as it was just before now knows it with its certificate
 * (Undo releases the file with the rest of the capture).
 */
export async function attachFile(db: Database, recordId: string, file: NewFile, clock: Clock): Promise<AttachResult> {
  const tx = db.transaction(['records', 'files', 'undo'], 'readwrite');
  return atomically(tx, async () => {
    const current = await tx.objectStore('records').get(recordId);
    if (!current) throw new NotFoundError('Record');
    const meta = await storeFile(tx.objectStore('files'), recordId, file, clock);
    const record = CourseRecord.parse({ ...current, certificateFileId: meta.id, updatedAt: clock.now().toISOString() });
    await tx.objectStore('records').put(record);
    await releaseFilesOf(tx.objectStore('files'), recordId, meta.id, clock.now());
    for (let cursor = await tx.objectStore('undo').openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.recordId === recordId && cursor.value.savedAt === current.updatedAt) await cursor.update({ ...cursor.value, savedAt: record.updatedAt });
    }
    return { record, file: meta };
  });
}

export async function getFile(db: Database, id: string): Promise<StoredFile> {
  const file = await db.get('files', id);
  if (!file) throw new NotFoundError('File');
  return file;
}
