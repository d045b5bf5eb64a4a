/**
 * How one document writes its all-numeric dates. Kept apart from dates.ts, as date-ranges.ts is, so the portal
 * adapters' content script, which never needs it, does not carry it.
 */
import { isoFromParts, monthNumber, type DayMonthOrder } from './dates';

/**
 * The numeric date order of one document, from all the date strings it holds: a first number over 12 can only be
 * a day (14/03/2026, 14/03/26), a second one over 12 only a day after the month (03/14/2026). Documents that show neither,
 * or both, get `fallback` (the page language's order, see orderForLanguage).
 */
export function inferDayMonthOrder(texts: readonly string[], fallback: DayMonthOrder): DayMonthOrder {
  let found: DayMonthOrder | undefined;
  const ambiguous: Array<readonly [number, number, number]> = [];
  for (const text of texts) {
    // "14/03/2026", and a learning system's short form "14/03/26, 16:12" (slashes only: "IOS XE 17.12.04" is a version).
    for (const m of text.matchAll(/(?<![\d./-])(\d{1,2})(?:[/.-](\d{1,2})[/.-](\d{4})|\/(\d{1,2})\/(\d{2}))(?![\d]|[./-]\d)/g)) {
      const [a, b] = [Number(m[1]), Number(m[2] ?? m[4])];
      const year = m[3] ? Number(m[3]) : 2000 + Number(m[5]);
      const seen = a > 12 && isoFromParts(year, b, a) ? 'dmy' : b > 12 && isoFromParts(year, a, b) ? 'mdy' : found;
      if (found && seen !== found) return fallback;
      if (a <= 12 && b <= 12 && a !== b) ambiguous.push([a, b, year]);
      found = seen;
    }
  }
  return found ?? (ambiguous.length > 0 ? orderOfTheSameDateWritten(texts, ambiguous) : undefined) ?? fallback;
}

/**
 * "Issued 12/10/2026" beside "Issued 12 October 2026": the same date written out says which number is the day.
 * Months are named in any language dates.ts knows ("12 octobre 2026", "12. Oktober 2026").
 */
function orderOfTheSameDateWritten(texts: readonly string[], ambiguous: ReadonlyArray<readonly [number, number, number]>): DayMonthOrder | undefined {
  const written = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<!\d)(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})|(?<!\p{L})(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/gu)) {
      const month = monthNumber((m[2] ?? m[4])!);
      const iso = month ? isoFromParts(Number(m[3] ?? m[6]), month, Number(m[1] ?? m[5])) : undefined;
      if (iso) written.add(iso);
    }
  }
  const dmy = ambiguous.some(([a, b, year]) => written.has(isoFromParts(year, b, a) ?? ''));
  const mdy = ambiguous.some(([a, b, year]) => written.has(isoFromParts(year, a, b) ?? ''));
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}

