/**
 * The planner's activities: the user's own in IndexedDB, listed after the samples that ship with the code.
 * Samples are never stored, so an update that changes them reaches every user, and they cannot be deleted.
 */
import { Activity, SAMPLE_ACTIVITIES, newUserActivity } from '../domain/activities';
import type { Database } from './db';
import { InvalidFieldsError, NotFoundError, atomically } from './transaction';
import type { Clock } from './clock';

/** The user's items in the order they were added (any without a time first, by title). */
export async function listUserActivities(db: Database): Promise<Activity[]> {
  const items = await db.getAll('activities');
  return items.sort((a, b) => (a.addedAt ?? '').localeCompare(b.addedAt ?? '') || a.title.localeCompare(b.title));
}

/** Samples first, then the user's items: what the dashboard lists and the planner chooses from. */
export async function listActivities(db: Database): Promise<Activity[]> {
  return [...SAMPLE_ACTIVITIES, ...(await listUserActivities(db))];
}

/**
 * Stores an item the user entered (form text or values), under a new id and the time it was added. Problems are
 * thrown as InvalidFieldsError, one message per field, and nothing is stored.
 */
export async function addUserActivity(db: Database, input: unknown, clock: Clock): Promise<Activity> {
  const result = newUserActivity(SAMPLE_ACTIVITIES, input, clock.newId(), clock.now().toISOString());
  if (!result.ok) throw new InvalidFieldsError(result.errors);
  return storeNewItem(db, result.item);
}

/** Puts back a deleted user item exactly as it was (Undo). */
export async function restoreActivity(db: Database, item: Activity): Promise<Activity> {
  return storeNewItem(db, Activity.parse(item));
}

/**
 * Adds, never replaces: a repeated or forged message cannot overwrite another item, and a sample's id or source
 * cannot be stored (it would show twice, and become deletable).
 */
async function storeNewItem(db: Database, item: Activity): Promise<Activity> {
  if (item.source !== 'user') throw new InvalidFieldsError([{ field: 'source', message: 'Only the user’s own items are stored' }]);
  if (SAMPLE_ACTIVITIES.some((sample) => sample.id === item.id)) {
    throw new InvalidFieldsError([{ field: 'id', message: `The id “${item.id}” belongs to a sample` }]);
  }
  const tx = db.transaction('activities', 'readwrite');
  return atomically(tx, async () => {
    if ((await tx.store.getKey(item.id)) !== undefined) {
      throw new InvalidFieldsError([{ field: 'id', message: `An item with the id “${item.id}” is already in the catalogue` }]);
    }
    await tx.store.add(item);
    return item;
  });
}

/** Deletes and returns the item, so that the caller can offer Undo. Samples are not stored, so they are not found. */
export async function deleteActivity(db: Database, id: string): Promise<Activity> {
  const tx = db.transaction('activities', 'readwrite');
  return atomically(tx, async () => {
    const current = await tx.store.get(id);
    if (!current) throw new NotFoundError('Catalogue item');
    await tx.store.delete(id);
    return current;
  });
}
