/**
 * Ranges of dates as events print them ("12–14 March 2026"). Apart from dates.ts so that code reading single dates
 * (the portal adapters in content scripts) does not carry the range reader in its bundle.
 */
import { isoFromParts, monthNumber, parseDate, type DayMonthOrder } from './dates';

export interface DateRange {
  start?: string;
  end: string;
}

/** What one side of a range says; a side may leave out the year or month the other side gives. */
interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** Words and dashes between the two ends of a range, most specific first. */
const RANGE_SEPARATORS = [
  /\s*[–—~〜～]\s*/gu,
  /\s+-\s+/g,
  /\s+(?:to|until|through|thru|bis zum|bis|au|fino al|al|hasta|até|a|tot en met|t\/m|tot)\s+/giu,
  // "12-14 March 2026", "Feb 2-6, 2026": a bare hyphen only between two day numbers, never inside 2026-03-12 or
  // 14-Mar-2026
  /(?<=(?:^|[^\d./-])\d{1,2}\.?)-(?=\d{1,2}\.?[\s,])/g,
  // "10 en 11 maart 2026", "les 12 et 13 mars", "am 12. und 13. März": two days joined by "and", only between day numbers.
  /(?<=(?:^|\s)\d{1,2}\.?)\s+(?:and|en|et|und|y|e|og|och)\s+(?=\d{1,2}\.?\s)/giu,
];

/** Longer than any one side of a range ("Wednesday, 14 de fevereiro de 2026"), short enough to keep reading linear. */
const SIDE_CHARS = 48;
/** A sentence with a range in it ("a suivi la formation du 2 au 6 février 2026 à Lyon") is read; a page is not. */
export const RANGE_TEXT_LIMIT = 1000;

/**
 * Whether a word can belong to a date: it holds a number that is not a time of day, names a month, or links day,
 * month and year ("de", "of", "the").
 */
function inDate(word: string): boolean {
  if (/\d/.test(word)) return !/\d:\d/.test(word);
  return /^(?:de|del|of|the|el|le|il|zum)$/i.test(word) || WEEKDAY.test(word) || monthNumber(word.replace(/,$/, '')) !== undefined;
}

/** A weekday before a date ("Mo, 02.02.2026 – Fr, 06.02.2026", "Tue 3 – Thu 5 March 2026") belongs to it. */
const WEEKDAY =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mié|jue|vie|sáb|dom|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\.?,?$/iu;

/**
 * The words of one side. A comma ends a date unless a year follows it ("March 14, 2026"): in "chapters 1 to 3,
 * 14 March 2026" the 3 and the date are apart.
 */
function wordsOf(side: string): string[] {
  // "Fr, 06.02.2026": a weekday's comma leads into its date, not out of it.
  const joined = side.split(' ').map((word) => (word.endsWith(',') && WEEKDAY.test(word) ? word.slice(0, -1) : word)).join(' ');
  return joined.replace(/,(?! \d{4}(?!\d))/g, ' , ').split(' ');
}

/** The run of date words at the start of `words`: those next to the separator, up to the first word of prose. */
function leadingDateWords(words: string[]): string[] {
  const end = words.findIndex((word) => !inDate(word));
  return end < 0 ? words : words.slice(0, end);
}

/** Of several readings, the one nearest the separator: the last on the left side, the first on the right. */
function nearest<T>(found: T[], leftSide: boolean): T | undefined {
  return leftSide ? found[found.length - 1] : found[0];
}

function partsOf(side: string, leftSide: boolean, order: DayMonthOrder): DateParts | undefined {
  const full = parseDate(side, order);
  if (full) {
    const [year, month, day] = full.split('-').map(Number);
    return { year, month, day };
  }
  const year = nearest(side.match(/(?<!\d)\d{4}(?!\d)/g) ?? [], leftSide);
  const months = [...side.matchAll(/(\d{1,2}) ?[月월]|(?<!\p{L})(\p{L}{3,10})(?!\p{L})/gu)].map((m) => (m[1] ? Number(m[1]) : monthNumber(m[2]!)));
  const month = nearest(months.filter((n) => n !== undefined), leftSide);
  const day = nearest(side.replace(/(?<!\d)\d{4}(?!\d)/g, ' ').match(/(?<!\d)\d{1,2}(?!\d| ?[月월])/gu) ?? [], leftSide);
  if (day === undefined) return undefined;
  return { year: year === undefined ? undefined : Number(year), month, day: Number(day) };
}

/**
 * The range whose separator spans s[at, after): the date words just before it and just after it, so that a
 * range inside a sentence is read without the sentence's other numbers and words.
 */
function rangeAround(s: string, at: number, after: number, order: DayMonthOrder): DateRange | undefined {
  const leftWords = wordsOf(s.slice(Math.max(0, at - SIDE_CHARS), at));
  if (at > SIDE_CHARS) leftWords.shift(); // cut mid-word
  const rightWords = wordsOf(s.slice(after, after + SIDE_CHARS));
  if (after + SIDE_CHARS < s.length) rightWords.pop();
  const left = leadingDateWords(leftWords.reverse()).reverse().join(' ');
  const right = leadingDateWords(rightWords).join(' ');
  const from = partsOf(left, true, order);
  const to = partsOf(right, false, order);
  if (!from || !to) return undefined;
  // "14 March 2026 to 5": a bare number after a whole date is a count, not the end of a range ("6日" is a day)
  if (from.year !== undefined && to.year === undefined && to.month === undefined && !/[日일]/u.test(right)) return undefined;
  const endYear = to.year ?? from.year;
  const endMonth = to.month ?? from.month;
  if (endYear === undefined || endMonth === undefined) return undefined;
  const end = isoFromParts(endYear, endMonth, to.day!);
  const startMonth = from.month ?? endMonth;
  let start = isoFromParts(from.year ?? endYear, startMonth, from.day!);
  if (!end || !start) return undefined;
  // "28 December – 2 January 2027": a start without its own year belongs to the year before
  if (start > end && from.year === undefined) start = isoFromParts(endYear - 1, startMonth, from.day!);
  return start && start <= end ? { start, end } : undefined;
}

/**
 * Reads a date or a range of dates, alone or inside a sentence: "12–14 March 2026", "2 Feb – 6 Feb 2026",
 * "Feb 2-6, 2026", "March 30 - April 2, 2026", "2026-03-12 to 2026-03-14", "from 2 to 6 February 2026",
 * "du 2 au 6 février 2026", "vom 2. bis 6. Februar 2026", "del 2 al 6 de febrero de 2026", "dal 2 al 6 febbraio
 * 2026", "de 2 a 6 de fevereiro de 2026", "van 2 t/m 6 februari 2026", "2026年2月2日～6日". A single date gives
 * { end }; nothing readable, or text longer than a sentence or two, gives undefined.
 */
export function parseDateRange(text: string, order: DayMonthOrder = 'mdy'): DateRange | undefined {
  // NFKC: full-width digits and signs ("令和８年３月１２日～…") are read as the digits they are.
  const s = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  if (!s || s.length > RANGE_TEXT_LIMIT) return undefined;
  for (const separator of RANGE_SEPARATORS) {
    for (const m of s.matchAll(separator)) {
      const range = rangeAround(s, m.index, m.index + m[0].length, order);
      if (range) return range;
    }
  }
  const single = parseDate(s, order);
  return single ? { end: single } : undefined;
}
