/**
 * Reminders as browser notifications: twice a day (and when the browser starts) the background asks which are
 * due (domain/reminders.ts), shows each once, and notes it as sent. A click opens the dashboard where it is dealt
 * with. The words are here; the rules are in the domain.
 */
import browser from 'webextension-polyfill';
import { localToday } from '../domain/dates';
import { dueReminders, type Reminder } from '../domain/reminders';
import { shownNameAndExpiry } from '../domain/progress';
import type { Database } from '../store/db';
import { allRecords } from '../store/records';
import { listCertifications } from '../store/certifications';
import { getSettings } from '../store/settings';
import { listActivities } from '../store/activities';
import { forgetOldReminders, markRemindersSent, sentReminderKeys } from '../store/reminders';
import { sweepReleased } from '../store/files';
import { formatDate } from '../text/format';
import { countKey, t, uiLanguage } from '../text/i18n';
import { OPTIONS_PAGE } from '../extension-pages';

export const REMINDER_ALARM = 'reminders';
const CHECK_EVERY_MINUTES = 12 * 60;
/**
 * How long a sent reminder is remembered: longer than any reminder's threshold reaches back (730 days) and than a
 * claim sits in Pending, so a reminder forgotten is never due again; without it the sent keys would grow for ever.
 */
const REMEMBER_SENT_DAYS = 3 * 365;

const formatDay = (iso: string) => formatDate(iso, uiLanguage());

/** The notification's title and text. */
export function reminderText(reminder: Reminder): { title: string; message: string } {
  switch (reminder.kind) {
    case 'submission-window':
      return {
        title: t('reminderWindowTitle', [reminder.title]),
        message: t(countKey(reminder.daysLeft, { oneKey: 'reminderWindowOne', otherKey: 'reminderWindow' }), [reminder.daysLeft, formatDay(reminder.closesOn)]),
      };
    case 'stale-pending':
      return {
        title: t('reminderPendingTitle', [reminder.title]),
        message: t(countKey(reminder.pendingDays, { oneKey: 'reminderPendingOne', otherKey: 'reminderPending' }), [reminder.pendingDays]),
      };
    case 'offer':
      return {
        title: t('reminderOfferTitle', [reminder.title]),
        message: t(countKey(reminder.daysLeft, { oneKey: 'reminderOfferOne', otherKey: 'reminderOffer' }), [reminder.daysLeft, formatDay(reminder.endsOn)]),
      };
    case 'expiry':
      return {
        title: t('reminderExpiryTitle', [reminder.name]),
        message: t(countKey(reminder.daysLeft, { oneKey: 'reminderExpiryOne', otherKey: 'reminderExpiry' }), [reminder.daysLeft, formatDay(reminder.expiresOn)]),
      };
  }
}

/** Where a click on the notification leads. */
export function reminderSection(notificationId: string): string {
  if (notificationId.startsWith('expiry:')) return 'certifications';
  return notificationId.startsWith('offer:') ? 'catalogue' : 'records';
}

export async function checkReminders(db: Database, now: Date = new Date()): Promise<number> {
  const [records, certifications, settings, sent, offers] = await Promise.all([allRecords(db), listCertifications(db), getSettings(db), sentReminderKeys(db), listActivities(db)]);
  // Named and dated as the popup shows them: the current name after a rename, the expiry also where it is derived.
  const shown = certifications.map((c) => ({ ...c, ...shownNameAndExpiry(c) }));
  const due = dueReminders({ records, certifications: shown, settings, today: localToday(now), sent, offers });
  for (const reminder of due) {
    await browser.notifications.create(reminder.key, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), ...reminderText(reminder) });
  }
  await markRemindersSent(db, due.map((r) => r.key), now.toISOString());
  await forgetOldReminders(db, new Date(now.getTime() - REMEMBER_SENT_DAYS * 86_400_000).toISOString());
  return due.length;
}

/**
 * The alarm, made only when there is none: the worker runs this on every start, and making it again would move its
 * first run a minute ahead each time, so a worker woken by anything would wake again a minute later, for ever.
 */
export async function ensureReminderAlarm(alarms: Pick<typeof browser.alarms, 'get' | 'create'> = browser.alarms): Promise<void> {
  if (await alarms.get(REMINDER_ALARM)) return;
  await alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
}

/**
 * Sets up the alarm (the first check a minute after install, then twice a day) and the notification click handler;
 * the promise settles once the alarm is in place (tests wait for it; the worker need not).
 */
export function startReminders(db: () => Promise<Database>): Promise<void> {
  const alarmSet = ensureReminderAlarm().catch((error: unknown) => console.error('Recert Companion: the reminder alarm could not be set', error));
  const check = () =>
    db()
      .then(async (d) => {
        await sweepReleased(d, new Date()).catch((error: unknown) => console.error('Recert Companion: released certificates could not be removed', error));
        await checkReminders(d);
      })
      .catch((error: unknown) => console.error('Recert Companion: reminders failed', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void check();
  });
  browser.notifications.onClicked.addListener((id) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`${OPTIONS_PAGE}#${reminderSection(id)}`) });
    void browser.notifications.clear(id);
  });
  return alarmSet;
}
