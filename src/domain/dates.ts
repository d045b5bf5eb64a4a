/**
 * Calendar dates as portals and certificates write them, normalised to ISO `YYYY-MM-DD`.
 * All arithmetic is on calendar days in UTC so that time zones and DST never shift a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The ISO date for year/month/day, or undefined when no such day exists (31 April, 29 Feb 2025). */
export function isoFromParts(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}

function twoDigitYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

export type DayMonthOrder = 'mdy' | 'dmy';

/**
 * Reads one date out of free text: "2026-03-14", "March 14, 2026", "Mar 14 2026", "14 March 2026",
 * "14-Mar-2026", "Saturday, 14 March 2026 10:00", "03/14/2026", "14.03.2026".
 * All-numeric dates are read month-first unless `order` says otherwise or the first number cannot be a
 * month. Returns undefined for anything that is not a real calendar day.
 */
export function parseDate(text: string, order: DayMonthOrder = 'mdy'): string | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;

  let m = /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));

  // Month name first: "March 14, 2026", "Mar. 14th 2026"
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(s);
  if (m && MONTHS[m[1]!.toLowerCase()]) return isoFromParts(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2]));

  // Day first: "14 March 2026", "14-Mar-2026", "14th of March, 2026"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4})\b/.exec(s);
  if (m && MONTHS[m[2]!.toLowerCase()]) return isoFromParts(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1]));

  // All numbers: 03/14/2026, 14.03.2026, 3-14-26
  m = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = twoDigitYear(Number(m[3]));
    const dayFirst = order === 'dmy' ? b <= 12 || a > 12 : a > 12;
    return dayFirst ? isoFromParts(year, b, a) : isoFromParts(year, a, b);
  }
  return undefined;
}

function toUtcMs(iso: string): number {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, mo - 1, d);
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs(toUtcMs(iso) + days * DAY_MS);
}

/** Same day n years later; 29 February falls back to 28 February in common years. */
export function addYears(iso: string, years: number): string {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return isoFromParts(y + years, mo, d) ?? isoFromParts(y + years, mo, d - 1)!;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Today's date where the user is, as ISO. */
export function localToday(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
