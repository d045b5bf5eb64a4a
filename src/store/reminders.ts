/** Which reminders were sent (by key, see src/domain/reminders.ts), so that none is sent twice. */
import { z } from 'zod';
import { IsoDateTime } from '../domain/schema';
import type { Database } from './db';
import { atomically } from './transaction';

const Keys = z.array(z.string().min(1).max(1000)).max(10_000);

/** In UTC, so that the byCreatedAt index, which compares text, orders the times as time. */
function utcIso(isoDateTime: string): string {
  return new Date(IsoDateTime.parse(isoDateTime)).toISOString();
}

export async function sentReminderKeys(db: Database): Promise<Set<string>> {
  return new Set(await db.getAllKeys('reminders'));
}

/**
 * Marks `keys` sent at `nowIso`, all in one transaction. A key already marked keeps the time it was first sent,
 * so marking it again does not postpone its housekeeping.
 */
export async function markRemindersSent(db: Database, keys: readonly string[], nowIso: string): Promise<void> {
  const validKeys = Keys.parse(keys);
  const sentAt = utcIso(nowIso);
  const tx = db.transaction('reminders', 'readwrite');
  await atomically(tx, async () => {
    for (const key of new Set(validKeys)) {
      if ((await tx.store.getKey(key)) === undefined) await tx.store.put({ key, sentAt });
    }
  });
}

/**
 * Forgets the reminders sent before `olderThanIso` and says how many. A key forgotten while it still applies
 * would be due again: pass a time further back than a threshold reaches (an expiry reminder up to 730 days, a
 * submission window up to 730 days), and than a claim is expected to sit in Pending.
 */
export async function forgetOldReminders(db: Database, olderThanIso: string): Promise<number> {
  const before = IDBKeyRange.upperBound(utcIso(olderThanIso), true);
  const tx = db.transaction('reminders', 'readwrite');
  return atomically(tx, async () => {
    let forgotten = 0;
    for (let cursor = await tx.store.index('byCreatedAt').openCursor(before); cursor; cursor = await cursor.continue()) {
      await cursor.delete();
      forgotten += 1;
    }
    return forgotten;
  });
}
