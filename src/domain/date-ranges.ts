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
  /\s+(?:to|until|through|thru|bis|au|al|a)\s+/giu,
  // "12-14 March 2026": a bare hyphen only between two day numbers, never inside 2026-03-12 or 14-Mar-2026
  /(?<=(?:^|[^\d./-])\d{1,2}\.?)-(?=\d{1,2}\.?\s)/g,
];

function partsOf(side: string, order: DayMonthOrder): DateParts | undefined {
  const full = parseDate(side, order);
  if (full) {
    const [year, month, day] = full.split('-').map(Number);
    return { year, month, day };
  }
  const parts: DateParts = {};
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(side);
  if (year) parts.year = Number(year[1]);
  const cjkMonth = /(\d{1,2})\s*[月월]/u.exec(side);
  if (cjkMonth) parts.month = Number(cjkMonth[1]);
  for (const word of side.match(/\p{L}{3,10}\.?/gu) ?? []) {
    parts.month ??= monthNumber(word);
  }
  const day = /(?<!\d)(\d{1,2})(?!\d|\s*[月월])/u.exec(side.replace(/(?<!\d)\d{4}(?!\d)/g, ' '));
  if (day) parts.day = Number(day[1]);
  return parts.day === undefined ? undefined : parts;
}

function rangeFromSides(left: string, right: string, order: DayMonthOrder): DateRange | undefined {
  const from = partsOf(left, order);
  const to = partsOf(right, order);
  if (!from || !to) return undefined;
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
 * Reads a date or a range of dates: "12–14 March 2026", "12 - 14 mars 2026", "March 12 – 14, 2026",
 * "12 March – 2 April 2026", "2026-03-12 to 2026-03-14", "vom 12. bis 14. März 2026", "del 12 al 14 de marzo
 * de 2026", "2026年3月12日～14日". A single date gives { end }; nothing readable gives undefined.
 */
export function parseDateRange(text: string, order: DayMonthOrder = 'mdy'): DateRange | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  if (!s || s.length > 200) return undefined;
  for (const separator of RANGE_SEPARATORS) {
    for (const m of s.matchAll(separator)) {
      const range = rangeFromSides(s.slice(0, m.index), s.slice(m.index + m[0].length), order);
      if (range) return range;
    }
  }
  const single = parseDate(s, order);
  return single ? { end: single } : undefined;
}
