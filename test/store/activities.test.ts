import { describe, expect, it } from 'vitest';
import { SAMPLE_ACTIVITIES, type Activity } from '../../src/domain/activities';
import { addUserActivity, deleteActivity, listActivities, listUserActivities, restoreActivity } from '../../src/store/activities';
import { InvalidFieldsError, NotFoundError } from '../../src/store/transaction';
import { freshDatabase } from '../helpers/db';
import { fakeClock } from '../helpers/factories';

/** What the dashboard's form sends: text as typed. */
const bootcamp = { title: 'ENCOR bootcamp', program: 'cisco', credits: '40', creditUnit: 'CE', cost: '1200', currency: 'gbp', kind: 'instructor-led' };

describe('the catalogue in IndexedDB', () => {
  it('lists the samples, then the user’s items in the order they were added; only the user’s are stored', async () => {
    const db = await freshDatabase();
    // Ids that sort the other way round from the times, so the order shown is the order added, not the key order.
    const ids = ['z-first', 'a-second'];
    const clock = { ...fakeClock('2026-03-20T09:00:00.000Z'), newId: () => ids.shift()! };
    const first = await addUserActivity(db, { ...bootcamp, title: 'Zeta course' }, clock);
    const second = await addUserActivity(db, { ...bootcamp, title: 'Alpha course' }, clock);
    expect(first).toMatchObject({ title: 'Zeta course', credits: 40, cost: 1200, currency: 'GBP', source: 'user', addedAt: '2026-03-20T09:00:01.000Z' });
    expect((await listUserActivities(db)).map((i) => i.title)).toEqual(['Zeta course', 'Alpha course']);
    expect(await listActivities(db)).toEqual([...SAMPLE_ACTIVITIES, first, second]);
    expect(await db.count('activities')).toBe(2);
  });

  it('refuses an invalid item with a problem for each field, and stores nothing', async () => {
    const db = await freshDatabase();
    const error = await addUserActivity(db, { ...bootcamp, title: ' ', currency: '' }, fakeClock()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldsError);
    expect((error as InvalidFieldsError).fields.map((f) => f.field).sort()).toEqual(['currency', 'title']);
    expect(await db.count('activities')).toBe(0);
  });

  it('deletes a user item and puts it back exactly as it was (Undo); a sample is not stored, so not found', async () => {
    const db = await freshDatabase();
    const added = await addUserActivity(db, bootcamp, fakeClock());
    const removed = await deleteActivity(db, added.id);
    expect(removed).toEqual(added);
    expect(await db.count('activities')).toBe(0);
    expect(await restoreActivity(db, removed)).toEqual(added);
    expect(await listUserActivities(db)).toEqual([added]);
    await expect(deleteActivity(db, SAMPLE_ACTIVITIES[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('never overwrites: a second restore of the same item, a sample, or a forged source is refused', async () => {
    const db = await freshDatabase();
    const added = await addUserActivity(db, bootcamp, fakeClock());
    const changed: Activity = { ...added, title: 'Something else' };
    await expect(restoreActivity(db, changed)).rejects.toBeInstanceOf(InvalidFieldsError);
    await expect(restoreActivity(db, SAMPLE_ACTIVITIES[1]!)).rejects.toBeInstanceOf(InvalidFieldsError);
    await expect(restoreActivity(db, { ...SAMPLE_ACTIVITIES[1]!, source: 'user' })).rejects.toBeInstanceOf(InvalidFieldsError);
    expect(await listUserActivities(db)).toEqual([added]);
  });
});
