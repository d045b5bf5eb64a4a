import { describe, expect, it } from 'vitest';
import { forgetOldReminders, markRemindersSent, sentReminderKeys } from '../../src/store/reminders';
import { dueReminders } from '../../src/domain/reminders';
import { DEFAULT_SETTINGS } from '../../src/domain/schema';
import { freshDatabase } from '../helpers/db';
import { makeRecord } from '../helpers/factories';

describe('sent reminders', () => {
  it('knows no reminder in a new database', async () => {
    const db = await freshDatabase();
    expect(await sentReminderKeys(db)).toEqual(new Set());
  });

  it('remembers the keys marked sent, so that the same reminder is not due the next day', async () => {
    const db = await freshDatabase();
    const records = [makeRecord({ id: 'r1', endDate: '2026-01-10' })];
    const due = (today: string, sent: Set<string>) => dueReminders({ records, certifications: [], settings: DEFAULT_SETTINGS, today, sent });

    const first = due('2026-03-15', await sentReminderKeys(db));
    expect(first.map((r) => r.key)).toEqual(['window:r1:30']);
    await markRemindersSent(db, first.map((r) => r.key), '2026-03-15T08:00:00.000Z');

    expect(due('2026-03-16', await sentReminderKeys(db))).toEqual([]);
    expect(due('2026-04-05', await sentReminderKeys(db)).map((r) => r.key)).toEqual(['window:r1:7']);
  });

  it('keeps the time a key was first sent when it is marked again', async () => {
    const db = await freshDatabase();
    await markRemindersSent(db, ['expiry:ccnp:2027-03-14:90'], '2026-12-14T08:00:00.000Z');
    await markRemindersSent(db, ['expiry:ccnp:2027-03-14:90', 'pending:r2:2026-03-01', 'pending:r2:2026-03-01'], '2027-01-14T08:00:00.000Z');
    expect(await db.getAll('reminders')).toEqual([
      { key: 'expiry:ccnp:2027-03-14:90', sentAt: '2026-12-14T08:00:00.000Z' },
      { key: 'pending:r2:2026-03-01', sentAt: '2027-01-14T08:00:00.000Z' },
    ]);
  });

  it('marks all of a batch or none of it', async () => {
    const db = await freshDatabase();
    await expect(markRemindersSent(db, ['window:r1:30', ''], '2026-03-15T08:00:00.000Z')).rejects.toThrow();
    await expect(markRemindersSent(db, ['window:r1:30'], 'yesterday')).rejects.toThrow();
    expect(await db.count('reminders')).toBe(0);
  });

  it('forgets only the reminders sent before the given time, and says how many', async () => {
    const db = await freshDatabase();
    await markRemindersSent(db, ['a:1', 'b:1'], '2024-01-01T00:00:00.000Z');
    // Written with an offset: stored in UTC, so it still sorts as the time it is (2025-06-01T03:00Z).
    await markRemindersSent(db, ['c:1'], '2025-05-31T23:00:00-04:00');
    await markRemindersSent(db, ['d:1'], '2026-03-15T08:00:00.000Z');

    expect(await forgetOldReminders(db, '2025-06-01T03:00:00.000Z')).toBe(2);
    expect(await sentReminderKeys(db)).toEqual(new Set(['c:1', 'd:1']));
    expect(await forgetOldReminders(db, '2025-06-01T03:00:00.001Z')).toBe(1);
    expect(await forgetOldReminders(db, '2025-06-01T03:00:00.001Z')).toBe(0);
    expect(await sentReminderKeys(db)).toEqual(new Set(['d:1']));
  });
});
