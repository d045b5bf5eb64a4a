import { describe, expect, it, vi } from 'vitest';
import { REMINDER_ALARM, checkReminders, ensureReminderAlarm, reminderSection, reminderText } from '../../src/background/reminders';
import { fakeBrowser } from '../setup';
import { freshDatabase } from '../helpers/db';
import { markRemindersSent, sentReminderKeys } from '../../src/store/reminders';
import { makeCertification, makeRecord } from '../helpers/factories';

const notifications = { create: vi.fn(async (id: string) => id) };
(fakeBrowser as unknown as { notifications: typeof notifications }).notifications = notifications;

describe('reminders as notifications', () => {
  it('words each kind of reminder, with the count in the right form', () => {
    expect(reminderText({ kind: 'submission-window', key: 'k', recordId: 'r', title: 'ENAUTO', daysLeft: 7, closesOn: '2026-06-12' })).toEqual({
      title: 'Submit “ENAUTO” on the CE portal',
      message: expect.stringMatching(/^7 days left to claim it: the window closes .*2026\.$/),
    });
    expect(reminderText({ kind: 'submission-window', key: 'k', recordId: 'r', title: 'ENAUTO', daysLeft: 1, closesOn: '2026-06-12' }).message).toMatch(/^1 day left/);
    expect(reminderText({ kind: 'stale-pending', key: 'k', recordId: 'r', title: 'ENAUTO', pendingDays: 15 })).toEqual({
      title: '“ENAUTO” is still Pending',
      message: 'It has been Pending for 15 days. Check the claim on the CE portal.',
    });
    expect(reminderText({ kind: 'offer', key: 'k', itemId: 'i', title: 'Cisco Live', daysLeft: 3, endsOn: '2026-12-02' }).title).toBe('The offer on “Cisco Live” ends soon');
    expect(reminderText({ kind: 'expiry', key: 'k', certificationId: 'c', name: 'CCNP Enterprise', daysLeft: 30, expiresOn: '2027-01-01' }).title).toBe('CCNP Enterprise expires soon');
  });

  it('sends a click on an expiry reminder to the certifications, an offer to the catalogue, any other to the records', () => {
    expect(reminderSection('expiry:c1:2027-01-01:30')).toBe('certifications');
    expect(reminderSection('window:r1:7')).toBe('records');
    expect(reminderSection('pending:r1:2026-05-01')).toBe('records');
    expect(reminderSection('offer:live:2026-12-01:14')).toBe('catalogue');
  });

  it('shows each due reminder once: a second check the same day shows nothing', async () => {
    const db = await freshDatabase();
    await db.put('records', makeRecord({ id: 'r1', title: 'ENAUTO', status: 'captured', endDate: '2026-03-14' }));
    await db.put('certifications', makeCertification({ id: 'c1', expiresOn: '2026-04-20' }));
    const now = new Date('2026-06-06T09:00:00Z'); // 84 days after completion: 6 days left in a 90-day window
    notifications.create.mockClear();
    expect(await checkReminders(db, now)).toBe(1);
    expect(notifications.create).toHaveBeenCalledWith('window:r1:7', expect.objectContaining({ type: 'basic', title: 'Submit “ENAUTO” on the CE portal' }));
    expect(await checkReminders(db, now)).toBe(0);
    expect(notifications.create).toHaveBeenCalledTimes(1);
  });

  it('forgets reminders sent more than three years ago, and keeps those sent since', async () => {
    const db = await freshDatabase();
    await markRemindersSent(db, ['window:old:7'], '2023-01-01T09:00:00.000Z');
    await markRemindersSent(db, ['window:recent:7'], '2025-01-01T09:00:00.000Z');
    await checkReminders(db, new Date('2026-06-06T09:00:00Z'));
    expect(await sentReminderKeys(db)).toEqual(new Set(['window:recent:7']));
  });

  it('makes the alarm once: a worker that starts again leaves its schedule alone', async () => {
    const made = new Map<string, object>();
    const alarms = {
      get: vi.fn(async (name: string) => made.get(name) as never),
      create: vi.fn(async (name: string, info: object) => void made.set(name, info)),
    };
    for (let start = 0; start < 5; start++) await ensureReminderAlarm(alarms as never);
    expect(alarms.create).toHaveBeenCalledTimes(1);
    expect(made.get(REMINDER_ALARM)).toEqual({ delayInMinutes: 1, periodInMinutes: 720 });
  });
});
