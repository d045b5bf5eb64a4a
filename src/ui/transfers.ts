/**
 * The extension pages' side of the transfers store (store/transfers.ts): a backup goes to or comes from the
 * background through the database, never whole in a runtime message. Pages open the database with idb alone; they
 * never upgrade it (that code brings zod): when it is older or missing, the background is asked something, which
 * opens and upgrades it, and the page tries again.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION } from '../store/db-version';
import { sendMessage } from '../send-message';

interface TransferRow {
  id: string;
  blob: Blob;
  createdAt: string;
}

function openAtCurrentVersion(): Promise<IDBPDatabase> {
  return openDB(DB_NAME, DB_VERSION, {
    upgrade(_db, _oldVersion, _newVersion, transaction) {
      // The open fails with AbortError, which withDatabase answers; the transaction's own rejection is expected.
      transaction.done.catch(() => undefined);
      transaction.abort();
    },
  });
}

async function withDatabase<T>(work: (db: IDBPDatabase) => Promise<T>): Promise<T> {
  let db: IDBPDatabase;
  try {
    db = await openAtCurrentVersion();
  } catch {
    await sendMessage({ type: 'settings.get' });
    db = await openAtCurrentVersion();
  }
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Puts `blob` where the background can take it; returns the id to name in the message. */
export function handOver(blob: Blob): Promise<string> {
  return withDatabase(async (db) => {
    const row: TransferRow = { id: crypto.randomUUID(), blob, createdAt: new Date().toISOString() };
    await db.put('transfers', row);
    return row.id;
  });
}

/** Takes the Blob the background put under `id` (it is gone from the database afterwards). */
export function takeOver(id: string): Promise<Blob> {
  return withDatabase(async (db) => {
    const tx = db.transaction('transfers', 'readwrite');
    const row = (await tx.store.get(id)) as TransferRow | undefined;
    await tx.store.delete(id);
    await tx.done;
    if (!row) throw new Error('The file the extension prepared is gone; try again');
    return row.blob;
  });
}
