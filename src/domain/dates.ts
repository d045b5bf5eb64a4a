/**
 * Calendar dates as portals and certificates write them, normalised to ISO `YYYY-MM-DD`.
 * All arithmetic is on calendar days in UTC so that time zones and DST never shift a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Month names and abbreviations in English, German, French and Spanish, keyed without accents or a final dot
 * (see monthNumber), so "März", "Mrz.", "févr." and "Dic" all resolve. No key means two different months.
 */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  // German (and Austrian Jänner)
  januar: 1, janner: 1, februar: 2, marz: 3, maerz: 3, mrz: 3, mai: 5, juni: 6, juli: 7,
  oktober: 10, okt: 10, dezember: 12, dez: 12,
  // French
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, juin: 6, juillet: 7, juil: 7,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  // Spanish
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
};

/** The month a word names, in any of the languages above, ignoring case, accents and a trailing dot. */
export function monthNumber(word: string): number | undefined {
  const key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.$/, '');
  return Object.prototype.hasOwnProperty.call(MONTHS, key) ? MONTHS[key] : undefined;
}

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

/** How a page writes all-numeric dates: 03/14/2026 (mdy), 14.03.2026 (dmy) or 2026/03/14 (ymd). */
export type DayMonthOrder = 'mdy' | 'dmy' | 'ymd';

/** Languages whose all-numeric dates put the month first (US English and a few neighbours). */
const MONTH_FIRST_LANGUAGES = new Set(['en', 'en-us', 'en-ph', 'en-ca', 'es-us']);
/** Languages that write year, month, day. */
const YEAR_FIRST_LANGUAGES = new Set(['ja', 'zh', 'ko', 'hu', 'lt', 'mn']);

/**
 * The numeric date order a page in language `lang` (a BCP 47 tag such as "de-AT", from <html lang>) uses.
 * Unknown or missing languages fall back to month-first, parseDate's historical default.
 */
export function orderForLanguage(lang: string | null | undefined): DayMonthOrder {
  const tag = (lang ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (!tag) return 'mdy';
  const primary = tag.split('-')[0]!;
  if (YEAR_FIRST_LANGUAGES.has(primary)) return 'ymd';
  if (MONTH_FIRST_LANGUAGES.has(tag) || primary === 'fil') return 'mdy';
  return 'dmy';
}

// Month words are matched as letters in any script and then looked up, so "Datum 14 März 2026" still finds
// "März" after skipping "Datum". `(?<!\p{L})` keeps "summary 14" from reading "mary".
const MONTH_FIRST = /(?<!\p{L})(\p{L}{3,10})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/gu;
const DAY_FIRST =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.)?(?: of| de)?[ -](\p{L}{3,10})\.?,?(?: de)?[ -](\d{4})(?!\d)/gu;
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/u;
const YEAR_FIRST_NUMERIC = /(?<![\d.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/])/;

function namedMonthDate(s: string, pattern: RegExp, dayAt: number, monthAt: number): string | undefined {
  for (const m of s.matchAll(pattern)) {
    const month = monthNumber(m[monthAt]!);
    if (month) return isoFromParts(Number(m[3]), month, Number(m[dayAt]));
  }
  return undefined;
}

/**
 * Reads one date out of free text: "2026-03-14", "March 14, 2026", "Mar 14 2026", "14 March 2026",
 * "14-Mar-2026", "Saturday, 14 March 2026 10:00", "03/14/2026", "14.03.2026", and the German, French,
 * Spanish and Japanese forms "14. März 2026", "1er avril 2026", "14 de marzo de 2026", "2026年3月14日".
 * All-numeric dates are read month-first unless `order` says otherwise or the first number cannot be a
 * month; a leading four-digit year always means year, month, day. Returns undefined for anything that is
 * not a real calendar day.
 */
export function parseDate(text: string, order: DayMonthOrder = 'mdy'): string | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;

  let m = /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = CJK_DATE.exec(s) ?? YEAR_FIRST_NUMERIC.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));

  const named = namedMonthDate(s, MONTH_FIRST, 2, 1) ?? namedMonthDate(s, DAY_FIRST, 1, 2);
  if (named) return named;

  // All numbers: 03/14/2026, 14.03.2026, 3-14-26 (and 26/03/14 on year-first pages)
  m = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (order === 'ymd' && m[3]!.length === 2) return isoFromParts(twoDigitYear(a), b, Number(m[3]));
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
