/** Course records in IndexedDB: every write validated and done in one transaction. */
import { CourseRecord, CourseRecordPatch, USER_SET_FIELDS, type Capture, type RecordStatus } from '../domain/schema';
import { isSameActivity, mergeCapture, recordFromCapture } from '../domain/records';
import { MANUAL_ADAPTER_ID } from '../domain/manual-capture';
import type { SaveCaptureResult } from '../domain/records';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Database, RecertDB, UndoEntry } from './db';
import { ConflictError, NotFoundError, atomically } from './transaction';
import { releaseFilesOf, storeFile, type NewFile } from './files';
import { systemClock, type Clock } from './clock';

export { NotFoundError };

/**
 * Undo belongs to the toast (8 s, longer while the pointer or focus rests on it): its token is known only to the
 * content script that showed it, and expires soon after, so a record cannot be undone long after the fact.
 */
export const UNDO_LIFETIME_MS = 10 * 60 * 1000;

/** The stored record of the same activity: same certificate code, or same provider + title + end date. */
async function findSameActivity<Tx extends ArrayLike<StoreNames<RecertDB>>>(records: IDBPObjectStore<RecertDB, Tx, 'records', 'readwrite'>, capture: Capture): Promise<CourseRecord | undefined> {
  if (capture.certificateCode) {
    const sameCode = await records.index('byCertificateCode').getAll(capture.certificateCode);
    const match = sameCode.find((r) => isSameActivity(r, capture));
    if (match) return match;
  }
  // Records without an end date are not in the index: those few are scanned.
  const candidates = capture.endDate
    ? await records.index('byEndDate').getAll(capture.endDate)
    : (await records.getAll()).filter((r) => r.endDate === undefined);
  return candidates.find((r) => isSameActivity(r, capture));
}

/**
 * Stores a capture: a new record, or the stored record of the same activity with what it lacked filled in. With
 * a file (a certificate PDF), the file is kept with that record in the same transaction: a certificate whose
 * activity is already on record is attached there instead of adding a duplicate.
 */
export async function saveCapture(db: Database, capture: Capture, clock: Clock = systemClock, file?: NewFile): Promise<SaveCaptureResult> {
  const nowIso = clock.now().toISOString();
  const tx = db.transaction(['records', 'undo', 'files'], 'readwrite');
  const records = tx.objectStore('records');
  const undo = tx.objectStore('undo');
  return atomically(tx, async () => {
    const existing = await findSameActivity(records, capture);
    const merged = existing ? mergeCapture(existing, capture, nowIso) : undefined;
    let result: SaveCaptureResult;
    if (existing && !merged && !file) return { outcome: 'unchanged', record: existing };
    if (existing) {
      result = { outcome: merged ? 'updated' : 'unchanged', record: merged ?? existing };
    } else {
      result = { outcome: 'added', record: recordFromCapture(capture, clock.newId(), nowIso) };
    }
    if (file) {
      const stored = await storeFile(tx.objectStore('files'), result.record.id, file, clock);
      result = { ...result, record: { ...result.record, certificateFileId: stored.id, updatedAt: nowIso }, file: stored };
    }
    const record = CourseRecord.parse(result.record);
    await records.put(record);
    if (file) await releaseFilesOf(tx.objectStore('files'), record.id, record.certificateFileId, clock.now());

    const entry: UndoEntry = { token: clock.newId(), recordId: record.id, previous: existing ?? null, savedAt: record.updatedAt, createdAt: nowIso };
    await undo.put(entry);
    const expired = IDBKeyRange.upperBound(new Date(clock.now().getTime() - UNDO_LIFETIME_MS).toISOString());
    for (let cursor = await undo.index('byCreatedAt').openCursor(expired); cursor; cursor = await cursor.continue()) {
      await cursor.delete();
    }
    return { ...result, record, undoToken: entry.token };
  });
}

/**
 * Puts the record back as it was before the capture that issued the token, unless the token has expired or the
 * record changed after the capture (an edit, a submit, a deletion): then nothing is put back over the newer state.
 */
export async function undoCapture(db: Database, token: string, clock: Clock = systemClock): Promise<{ recordId: string; restored: 'removed' | 'reverted' }> {
  const tx = db.transaction(['records', 'undo', 'files'], 'readwrite');
  return atomically(tx, async () => {
    const entry = await tx.objectStore('undo').get(token);
    if (!entry || clock.now().getTime() - Date.parse(entry.createdAt) > UNDO_LIFETIME_MS) throw new NotFoundError('Undo token');
    const current = await tx.objectStore('records').get(entry.recordId);
    if (!current || current.updatedAt !== entry.savedAt) {
      throw new ConflictError('This record changed after it was captured, so nothing was undone: change it on the dashboard instead');
    }
    if (entry.previous) await tx.objectStore('records').put(entry.previous);
    else await tx.objectStore('records').delete(entry.recordId);
    // The certificate the capture brought goes with it; the one the record had before comes back.
    await releaseFilesOf(tx.objectStore('files'), entry.recordId, entry.previous?.certificateFileId, clock.now());
    await tx.objectStore('undo').delete(token);
    return { recordId: entry.recordId, restored: entry.previous ? 'reverted' : 'removed' };
  });
}

export interface ListOptions {
  status?: RecordStatus;
  /** Most recently updated first; at most this many. */
  limit?: number;
}

export async function listRecords(db: Database, options: ListOptions = {}): Promise<CourseRecord[]> {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const out: CourseRecord[] = [];
  const index = db.transaction('records').store.index('byUpdatedAt');
  for (let cursor = await index.openCursor(null, 'prev'); cursor && out.length < limit; cursor = await cursor.continue()) {
    if (!options.status || cursor.value.status === options.status) out.push(cursor.value);
  }
  return out;
}

export async function getRecord(db: Database, id: string): Promise<CourseRecord> {
  const record = await db.get('records', id);
  if (!record) throw new NotFoundError('Record');
  return record;
}

export async function allRecords(db: Database): Promise<CourseRecord[]> {
  return db.getAll('records');
}

/** Records created since `since` by a page's own capture: an adapter's, not the user's manual capture or PDF import. */
export async function recordsCapturedSince(db: Database, since: Date): Promise<CourseRecord[]> {
  const iso = since.toISOString();
  // createdAt <= updatedAt, so every record created since is among those changed since, which the index finds.
  const changed = await db.getAllFromIndex('records', 'byUpdatedAt', IDBKeyRange.lowerBound(iso, true));
  return changed.filter((r) => r.createdAt > iso && r.adapterId !== undefined && r.adapterId !== 'pdf' && r.adapterId !== MANUAL_ADAPTER_ID && r.sourceUrl !== undefined);
}

/**
 * A cheap mark of the records' state (how many, and the latest change), for callers that keep something made from
 * all of them: it changes with every add, delete and edit, without reading the records themselves.
 */
export async function recordsMark(db: Database): Promise<string> {
  const tx = db.transaction('records');
  const [count, newest] = await Promise.all([tx.store.count(), tx.store.index('byUpdatedAt').openCursor(null, 'prev')]);
  return `${count}|${newest?.value.updatedAt ?? ''}|${newest?.value.id ?? ''}`;
}

export async function countRecordsByStatus(db: Database, status: RecordStatus): Promise<number> {
  return db.countFromIndex('records', 'byStatus', status);
}

export async function updateRecord(db: Database, id: string, patch: CourseRecordPatch, clock: Clock = systemClock): Promise<CourseRecord> {
  const validPatch = CourseRecordPatch.parse(patch);
  const tx = db.transaction('records', 'readwrite');
  return atomically(tx, async () => {
    const current = await tx.store.get(id);
    if (!current) throw new NotFoundError('Record');
    const nowIso = clock.now().toISOString();
    // The status's own clock: how long a claim has sat in Pending counts from here, not from the last edit.
    const statusChanged = validPatch.status !== undefined && validPatch.status !== current.status;
    // What the user changes by hand, a catalogue match never changes back (domain/item-catalog-link.ts).
    const typed = USER_SET_FIELDS.filter((field) => validPatch[field] !== undefined && validPatch[field] !== current[field]);
    const userSet = [...new Set([...(current.userSet ?? []), ...typed])];
    const next = CourseRecord.parse({
      ...current,
      ...validPatch,
      ...(statusChanged && { statusSince: nowIso }),
      ...(userSet.length > 0 && { userSet }),
      updatedAt: nowIso,
    });
    await tx.store.put(next);
    return next;
  });
}

/**
 * Rewrites records with what is derived from them (a catalogue link), in one transaction: `rewrite` returns the record
 * as it should now be, or undefined to leave it. The given ids, or every record; how many changed. updatedAt stays:
 * a derived change is not an edit. A rewritten record the schema refuses (a record stored by an older version that
 * no longer passes, say) is left as it is and named in the console: one such record never stops the others.
 */
export async function rewriteRecords(db: Database, ids: readonly string[] | undefined, rewrite: (record: CourseRecord) => CourseRecord | undefined): Promise<number> {
  const tx = db.transaction('records', 'readwrite');
  return atomically(tx, async () => {
    const records = ids ? (await Promise.all(ids.map((id) => tx.store.get(id)))).filter((r) => r !== undefined) : await tx.store.getAll();
    let changed = 0;
    for (const record of records) {
      const next = rewrite(record);
      if (!next) continue;
      if (!CourseRecord.safeParse(next).success) {
        console.warn(`Recert Companion: record ${record.id} does not pass the schema, so it was left as it is`);
        continue;
      }
      await tx.store.put(next);
      changed += 1;
    }
    return changed;
  });
}

/** Changes one record by what `change` makes of it, in one transaction (it may throw to refuse); the record as stored. */
export async function changeRecord(db: Database, id: string, change: (record: CourseRecord) => CourseRecord): Promise<CourseRecord> {
  const tx = db.transaction('records', 'readwrite');
  return atomically(tx, async () => {
    const record = await tx.store.get(id);
    if (!record) throw new NotFoundError('Record');
    const next = CourseRecord.parse(change(record));
    await tx.store.put(next);
    return next;
  });
}

/**
 * Deletes and returns the record, so that the caller can offer Undo by putting it back; its certificate is released
 * in the same transaction (kept a day for that Undo, then swept).
 */
export async function deleteRecord(db: Database, id: string, clock: Clock = systemClock): Promise<CourseRecord> {
  const tx = db.transaction(['records', 'files'], 'readwrite');
  return atomically(tx, async () => {
    const current = await tx.objectStore('records').get(id);
    if (!current) throw new NotFoundError('Record');
    await tx.objectStore('records').delete(id);
    await releaseFilesOf(tx.objectStore('files'), id, undefined, clock.now());
    return current;
  });
}

/**
 * Stores the record as given (Undo of a delete or of a status change): its certificate is kept again if it still
 * is; one swept meanwhile is no longer linked.
 */
export async function putRecord(db: Database, record: CourseRecord, clock: Clock = systemClock): Promise<CourseRecord> {
  const tx = db.transaction(['records', 'files'], 'readwrite');
  return atomically(tx, async () => {
    const fileId = record.certificateFileId;
    const linked = fileId !== undefined && (await tx.objectStore('files').get(fileId))?.recordId === record.id;
    const valid = CourseRecord.parse(linked || fileId === undefined ? record : { ...record, certificateFileId: undefined });
    await tx.objectStore('records').put(valid);
    await releaseFilesOf(tx.objectStore('files'), valid.id, valid.certificateFileId, clock.now());
    return valid;
  });
}
