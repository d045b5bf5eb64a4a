/**
 * Which reminders are due today: a captured record's submission window closing, a claim sitting in Pending, a
 * certification about to expire. Pure: the caller says what was already sent (by key), shows what comes back,
 * and marks it sent. A key, once sent, is never due again; for one window or one expiry only the tightest due
 * threshold is returned, and never a looser one after a tighter one was sent, so a user who first opens the
 * extension 5 days before a deadline hears about it once, not once per threshold passed.
 */
import { addDays, daysBetween } from './dates';
import type { Certification, CourseRecord, Settings } from './schema';

export type Reminder =
  | { kind: 'submission-window'; key: string; recordId: string; title: string; daysLeft: number; closesOn: string }
  | { kind: 'stale-pending'; key: string; recordId: string; title: string; pendingDays: number }
  | { kind: 'expiry'; key: string; certificationId: string; name: string; daysLeft: number; expiresOn: string }
  | { kind: 'offer'; key: string; itemId: string; title: string; daysLeft: number; endsOn: string };

/** Days before a catalogue offer ends that it is worth a word: two weeks to plan, three days to act. */
export const OFFER_REMINDER_DAYS: readonly number[] = [14, 3];

/** A catalogue activity with a priced offer that ends (the planner's items). */
export interface OfferItem {
  id: string;
  title: string;
  offerEndsOn?: string;
}

export interface DueRemindersInput {
  records: readonly CourseRecord[];
  certifications: readonly Certification[];
  settings: Settings;
  /** ISO date where the user is. */
  today: string;
  /** Keys of the reminders already sent. */
  sent: ReadonlySet<string>;
  /** Catalogue activities whose offers may be ending. */
  offers?: readonly OfferItem[];
}

/** The last day a claim for the record is accepted: its end date plus the window. */
function windowClosesOn(endDate: string, settings: Pick<Settings, 'submissionWindowDays'>): string {
  return addDays(endDate, settings.submissionWindowDays);
}

/**
 * Days left to submit a captured record: 0 on the window's last day, negative once it has closed. Undefined
 * for a record already claimed (any other status) or one without an end date to count from.
 */
export function submissionDaysLeft(
  record: Pick<CourseRecord, 'status' | 'endDate'>,
  settings: Pick<Settings, 'submissionWindowDays'>,
  today: string,
): number | undefined {
  if (record.status !== 'captured' || !record.endDate) return undefined;
  return daysBetween(today, windowClosesOn(record.endDate, settings));
}

/** `<prefix>:<threshold>`: the key of one threshold of one deadline (a record's window, one expiry date). */
function thresholdKey(prefix: string, threshold: number): string {
  return `${prefix}:${threshold}`;
}

/**
 * For each deadline prefix, the tightest threshold already sent, read from the sent keys (so it holds whatever
 * the thresholds are set to now). Record and certification ids may contain ':'; the threshold is after the last.
 */
/** The key prefixes of reminders sent at thresholds (a tighter one sent makes a looser one never due). */
const THRESHOLD_KINDS = ['window:', 'expiry:', 'offer:'];

function tightestSent(sent: ReadonlySet<string>): Map<string, number> {
  const tightest = new Map<string, number>();
  for (const key of sent) {
    if (!THRESHOLD_KINDS.some((kind) => key.startsWith(kind))) continue;
    const at = key.lastIndexOf(':');
    const tail = key.slice(at + 1);
    if (!/^\d+$/.test(tail)) continue;
    const prefix = key.slice(0, at);
    const threshold = Number(tail);
    const known = tightest.get(prefix);
    if (known === undefined || threshold < known) tightest.set(prefix, threshold);
  }
  return tightest;
}

/**
 * The one threshold to remind at with `daysLeft` to go (the smallest that `daysLeft` has reached), or undefined
 * when none has been reached, the deadline has passed, or that threshold or a tighter one was already sent.
 */
function dueThreshold(prefix: string, daysLeft: number, thresholds: readonly number[], sentTightest: Map<string, number>): number | undefined {
  if (daysLeft < 0) return undefined;
  let due: number | undefined;
  for (const t of thresholds) if (daysLeft <= t && (due === undefined || t < due)) due = t;
  if (due === undefined) return undefined;
  const sent = sentTightest.get(prefix);
  return sent !== undefined && sent <= due ? undefined : due;
}

/** The calendar day an ISO timestamp names, as written (the extension writes UTC). */
function dateOf(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}

function windowReminders(input: DueRemindersInput, sentTightest: Map<string, number>): Reminder[] {
  const out: Reminder[] = [];
  for (const record of input.records) {
    const daysLeft = submissionDaysLeft(record, input.settings, input.today);
    if (daysLeft === undefined) continue;
    const prefix = `window:${record.id}`;
    const threshold = dueThreshold(prefix, daysLeft, input.settings.submissionReminderDays, sentTightest);
    if (threshold === undefined) continue;
    const key = thresholdKey(prefix, threshold);
    out.push({ kind: 'submission-window', key, recordId: record.id, title: record.title, daysLeft, closesOn: windowClosesOn(record.endDate!, input.settings) });
  }
  return out;
}

function pendingReminders(input: DueRemindersInput): Reminder[] {
  const out: Reminder[] = [];
  for (const record of input.records) {
    if (record.status !== 'pending') continue;
    const since = dateOf(record.statusSince ?? record.updatedAt);
    const pendingDays = daysBetween(since, input.today);
    if (pendingDays < input.settings.stalePendingDays) continue;
    const key = `pending:${record.id}:${since}`;
    if (input.sent.has(key)) continue;
    out.push({ kind: 'stale-pending', key, recordId: record.id, title: record.title, pendingDays });
  }
  return out;
}

function expiryReminders(input: DueRemindersInput, sentTightest: Map<string, number>): Reminder[] {
  const out: Reminder[] = [];
  for (const cert of input.certifications) {
    // The caller gives each certification's name and expiry as progress() shows them (shownNameAndExpiry).
    const { name, expiresOn } = cert;
    if (!expiresOn) continue;
    const daysLeft = daysBetween(input.today, expiresOn);
    // Expired (retired or not): too late for a reminder before expiry. A retired one still active is reminded,
    // as it lapses on that day for good.
    if (daysLeft < 0) continue;
    const prefix = `expiry:${cert.id}:${expiresOn}`;
    const threshold = dueThreshold(prefix, daysLeft, input.settings.reminderDaysBeforeExpiry, sentTightest);
    if (threshold === undefined) continue;
    const key = thresholdKey(prefix, threshold);
    out.push({ kind: 'expiry', key, certificationId: cert.id, name, daysLeft, expiresOn });
  }
  return out;
}

function offerReminders(input: DueRemindersInput, sentTightest: Map<string, number>): Reminder[] {
  const out: Reminder[] = [];
  for (const item of input.offers ?? []) {
    if (!item.offerEndsOn) continue;
    const daysLeft = daysBetween(input.today, item.offerEndsOn);
    if (daysLeft < 0) continue;
    const prefix = `offer:${item.id}:${item.offerEndsOn}`;
    const threshold = dueThreshold(prefix, daysLeft, OFFER_REMINDER_DAYS, sentTightest);
    if (threshold === undefined) continue;
    out.push({ kind: 'offer', key: thresholdKey(prefix, threshold), itemId: item.id, title: item.title, daysLeft, endsOn: item.offerEndsOn });
  }
  return out;
}

/** Days to the deadline; a stale claim has none, so it comes after every deadline, the longest-waiting first. */
function urgency(r: Reminder): [number, number] {
  return r.kind === 'stale-pending' ? [Number.POSITIVE_INFINITY, -r.pendingDays] : [r.daysLeft, 0];
}

function label(r: Reminder): string {
  return r.kind === 'expiry' ? r.name : r.title;
}

function byUrgency(a: Reminder, b: Reminder): number {
  const [ua, ta] = urgency(a);
  const [ub, tb] = urgency(b);
  if (ua !== ub) return ua < ub ? -1 : 1;
  if (ta !== tb) return ta - tb;
  const la = label(a);
  const lb = label(b);
  if (la !== lb) return la < lb ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The reminders due on `today` and not yet sent, most urgent first (fewest days left, then title). Settings:
 * remindersEnabled off silences all of them; submissionRemindersEnabled off silences the window and pending ones;
 * offerRemindersEnabled off, the catalogue offers.
 */
export function dueReminders(input: DueRemindersInput): Reminder[] {
  const { settings } = input;
  if (!settings.remindersEnabled) return [];
  const sentTightest = tightestSent(input.sent);
  const reminders = [
    ...(settings.submissionRemindersEnabled ? [...windowReminders(input, sentTightest), ...pendingReminders(input)] : []),
    ...expiryReminders(input, sentTightest),
    ...(settings.offerRemindersEnabled ? offerReminders(input, sentTightest) : []),
  ];
  return reminders.sort(byUrgency);
}
