/**
 * Large data on its way between an extension page and the background: a backup (with its PDFs it can pass the
 * 64 MiB a runtime message may carry in Chrome) goes through the database instead. One side puts a Blob, the
 * message names it, the other side takes it (reads and deletes it). Transfers nobody took are swept after an hour.
 */
import type { Database } from './db';
import { NotFoundError, atomically } from './transaction';
import type { Clock } from './clock';

const TRANSFER_LIFETIME_MS = 60 * 60 * 1000;

export async function putTransfer(db: Database, blob: Blob, clock: Clock): Promise<string> {
  const tx = db.transaction('transfers', 'readwrite');
  return atomically(tx, async () => {
    const id = clock.newId();
    const now = clock.now();
    await tx.store.put({ id, blob, createdAt: now.toISOString() });
    const stale = IDBKeyRange.upperBound(new Date(now.getTime() - TRANSFER_LIFETIME_MS).toISOString());
    for (let cursor = await tx.store.index('byCreatedAt').openCursor(stale); cursor; cursor = await cursor.continue()) await cursor.delete();
    return id;
  });
}

/** Deletes what was handed over under `id`, if it is still there: a message refused before it took its transfer. */
export async function discardTransfer(db: Database, id: string): Promise<void> {
  await db.delete('transfers', id);
}

/** The Blob handed over under `id`, once. */
export async function takeTransfer(db: Database, id: string): Promise<Blob> {
  const tx = db.transaction('transfers', 'readwrite');
  return atomically(tx, async () => {
    const transfer = await tx.store.get(id);
    if (!transfer) throw new NotFoundError('Transfer');
    await tx.store.delete(id);
    return transfer.blob;
  });
}
