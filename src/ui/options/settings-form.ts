/**
 * The settings as the dashboard's form holds them (text as typed, switches as booleans) and back, with a message
 * key for each field that cannot be read. Pure; the background checks the result again with zod.
 */
import type { Settings } from '../../domain/schema';
import { nameFromInput } from '../../domain/your-name';

export interface SettingsFormValues {
  submissionWindowDays: string;
  submissionRemindersEnabled: boolean;
  submissionReminderDays: string;
  stalePendingDays: string;
  offerRemindersEnabled: boolean;
  remindersEnabled: boolean;
  reminderDaysBeforeExpiry: string;
  badgeEnabled: boolean;
  badgeShows: Settings['badgeShows'];
  autoAttachPdf: boolean;
  maxPdfMegabytes: string;
  graceActivitiesCount: boolean;
  /** Optional: empty means none. */
  yourName: string;
}

export type SettingsFormErrors = Partial<Record<keyof SettingsFormValues, string>>;

export function formFromSettings(settings: Settings): SettingsFormValues {
  return {
    submissionWindowDays: String(settings.submissionWindowDays),
    submissionRemindersEnabled: settings.submissionRemindersEnabled,
    submissionReminderDays: settings.submissionReminderDays.join(', '),
    stalePendingDays: String(settings.stalePendingDays),
    offerRemindersEnabled: settings.offerRemindersEnabled,
    remindersEnabled: settings.remindersEnabled,
    reminderDaysBeforeExpiry: settings.reminderDaysBeforeExpiry.join(', '),
    badgeEnabled: settings.badgeEnabled,
    badgeShows: settings.badgeShows,
    autoAttachPdf: settings.autoAttachPdf,
    maxPdfMegabytes: String(settings.maxPdfMegabytes),
    graceActivitiesCount: settings.graceActivitiesCount,
    yourName: settings.yourName ?? '',
  };
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : undefined;
}

/** "30, 7, 1" -> [30, 7, 1]: whole numbers within bounds, at most ten, tightest last; an empty list is none. */
function dayList(text: string, max: number): number[] | undefined {
  const parts = text.split(/[,\s;]+/).filter(Boolean);
  if (parts.length > 10) return undefined;
  const days = parts.map((part) => wholeNumber(part, 1, max));
  if (days.some((d) => d === undefined)) return undefined;
  return [...new Set(days as number[])].sort((a, b) => b - a);
}

/** What is wrong with a field, as a message key. */
const ERRORS = {
  windowKey: 'settingsErrorWindowDays',
  pendingKey: 'settingsErrorPendingDays',
  listKey: 'settingsErrorDayList',
  sizeKey: 'settingsErrorMegabytes',
  nameKey: 'settingsErrorYourName',
} as const;

export type SettingsFromForm = { ok: true; settings: Settings } | { ok: false; errors: SettingsFormErrors };

export function settingsFromForm(values: SettingsFormValues): SettingsFromForm {
  const errors: SettingsFormErrors = {};
  const submissionWindowDays = wholeNumber(values.submissionWindowDays, 1, 730);
  if (submissionWindowDays === undefined) errors.submissionWindowDays = ERRORS.windowKey;
  const submissionReminderDays = dayList(values.submissionReminderDays, 365);
  if (submissionReminderDays === undefined) errors.submissionReminderDays = ERRORS.listKey;
  const stalePendingDays = wholeNumber(values.stalePendingDays, 1, 365);
  if (stalePendingDays === undefined) errors.stalePendingDays = ERRORS.pendingKey;
  const reminderDaysBeforeExpiry = dayList(values.reminderDaysBeforeExpiry, 730);
  if (reminderDaysBeforeExpiry === undefined) errors.reminderDaysBeforeExpiry = ERRORS.listKey;
  const maxPdfMegabytes = wholeNumber(values.maxPdfMegabytes, 1, 50);
  if (maxPdfMegabytes === undefined) errors.maxPdfMegabytes = ERRORS.sizeKey;
  const name = nameFromInput(values.yourName);
  if (!name.ok) errors.yourName = ERRORS.nameKey;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      submissionWindowDays: submissionWindowDays!,
      submissionRemindersEnabled: values.submissionRemindersEnabled,
      submissionReminderDays: submissionReminderDays!,
      stalePendingDays: stalePendingDays!,
      offerRemindersEnabled: values.offerRemindersEnabled,
      remindersEnabled: values.remindersEnabled,
      reminderDaysBeforeExpiry: reminderDaysBeforeExpiry!,
      badgeEnabled: values.badgeEnabled,
      badgeShows: values.badgeShows,
      autoAttachPdf: values.autoAttachPdf,
      maxPdfMegabytes: maxPdfMegabytes!,
      graceActivitiesCount: values.graceActivitiesCount,
      // Left out when empty, as in settings saved before the name existed.
      ...(name.ok && name.yourName ? { yourName: name.yourName } : {}),
    },
  };
}
