/**
 * Calendar dates as portals and certificates write them, normalised to ISO `YYYY-MM-DD`.
 * All arithmetic is on calendar days in UTC so that time zones and DST never shift a date.
 */
import { foldedText } from '../text/fold';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Text with nothing outside ASCII: it needs no Unicode normalisation, and its letters are [A-Za-z]. A content script
 * reads its first date on a page cold, where compiling a Unicode letter class or loading the normaliser costs more
 * than the whole reading of an English page.
 */
const ASCII = /^[^\u0080-\uffff]*$/;
const DAY_MS = 86_400_000;

/**
 * Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese and Dutch, one month per
 * "|", written without accents or a final dot (see monthNumber), so "März", "Mrz.", "févr.", "março" and "mrt" all
 * resolve. A word names one month in every language that uses it ("mar", "mai"/"mei", "set", "dez"), so one table
 * serves all of them.
 */
const MONTHS = new Map(
  (
    'jan january januar janner janvier janv enero ene gennaio gen janeiro januari|' +
    'feb february februar fevrier fevr fev febrero febbraio fevereiro februari|' +
    'mar march marz maerz mrz mars marzo marco maart mrt|apr april avril avr abril abr aprile|' +
    'may mai mayo maggio mag maio mei|jun june juni juin junio giugno giu junho|' +
    'jul july juli juillet juil julio luglio lug julho|aug august aout agosto ago augustus|' +
    'sep sept september septembre septiembre setiembre settembre set setembro|' +
    'oct october oktober okt octobre octubre ottobre ott outubro out|nov november novembre noviembre novembro|' +
    'dec december dezember dez decembre diciembre dic dicembre dezembro'
  )
    .split('|')
    .flatMap((words, i) => words.split(' ').map((word) => [word, i + 1] as const)),
);

/** The month a word names, in any of the languages above, ignoring case, accents and a trailing dot. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(foldedText(word).replace(/\.$/, ''));
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
// "März" after skipping "Datum", and weekdays ("samedi 14 mars") are passed over. `(?<!\p{L})` keeps "summary 14"
// from reading "mary". Ordinals: 14th, 1er, 1o (NFKC's 1º), 1.°, 14.
const MONTH_FIRST = /(?<!\p{L})(\p{L}{3,10})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/gu;
const DAY_FIRST =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.?[o°]|\.)?(?: of| de)?[ -](\p{L}{3,10})\.?,?(?: del?)?[ -](\d{4})(?!\d)/gu;
/** A pattern for ASCII text, made from its Unicode form: \p{L} is [A-Za-z] there, and no Unicode mode is needed. */
function forAscii(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll('\\p{L}', '[A-Za-z]'), pattern.flags.replace('u', ''));
}
const MONTH_FIRST_ASCII = forAscii(MONTH_FIRST);
const DAY_FIRST_ASCII = forAscii(DAY_FIRST);
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/u;
const YEAR_FIRST_NUMERIC = /(?<![\d.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/])/;
/** Japanese era years: 令和 1 is 2019, 平成 1 is 1989, and year 1 is written 元. */
const ERA_YEAR = /(令和|平成) ?(元|\d{1,2}) ?年/gu;

function namedMonthDate(s: string, pattern: RegExp, dayAt: number, monthAt: number): string | undefined {
  for (const m of s.matchAll(pattern)) {
    const month = monthNumber(m[monthAt]!);
    if (month) return isoFromParts(Number(m[3]), month, Number(m[dayAt]));
  }
  return undefined;
}

function readDate(s: string, order: DayMonthOrder, ascii: boolean): string | undefined {
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = (ascii ? null : CJK_DATE.exec(s)) ?? YEAR_FIRST_NUMERIC.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));

  const named = ascii
    ? namedMonthDate(s, MONTH_FIRST_ASCII, 2, 1) ?? namedMonthDate(s, DAY_FIRST_ASCII, 1, 2)
    : namedMonthDate(s, MONTH_FIRST, 2, 1) ?? namedMonthDate(s, DAY_FIRST, 1, 2);
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

/**
 * Reads one date out of free text: "2026-03-14T10:00:00Z", "March 14th, 2026", "Mar 14 2026", "OCT 18, 2024",
 * "14-Mar-2026", "Saturday, 14 March 2026 10:00 UTC", "03/14/2026", "14.03.2026 10:32", the German, French,
 * Spanish, Italian, Portuguese and Dutch forms "14. März 2026", "le samedi 1er avril 2026", "14 de marzo de 2026",
 * "il 14 marzo 2026", "14 de março de 2026", "14 mrt. 2026", and Japanese "2026年3月14日", "令和8年3月14日" and
 * full-width "２０２６年３月１４日". A time or zone after the date is ignored; the date is the one printed.
 * All-numeric dates are read month-first unless `order` says otherwise or the first number cannot be a
 * month; a leading four-digit year always means year, month, day. Returns undefined for anything that is not a
 * real calendar day. Glyph-split PDF text ("A ug 3 0, 2 02 4") is read by parseSplitDate (split-dates.ts), which
 * content scripts do not carry.
 */
export function parseDate(text: string, order: DayMonthOrder = 'mdy'): string | undefined {
  if (ASCII.test(text)) {
    const s = text.replace(/\s+/g, ' ').trim();
    return s ? readDate(s, order, true) : undefined;
  }
  // NFKC turns full-width digits, "1ᵉʳ" and the era square "㋿" into what the patterns read.
  const s = text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ERA_YEAR, (_, era: string, year: string) => `${(era === '令和' ? 2018 : 1988) + (Number(year) || 1)}年`);
  return s ? readDate(s, order, ASCII.test(s)) : undefined;
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
