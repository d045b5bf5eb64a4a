/**
 * Date readers against random and pathological text: an ISO date that is a real calendar day, or undefined;
 * never an exception, and never a pass over the text that grows faster than its length.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIsoDate, monthNumber, orderForLanguage, parseDate, type DayMonthOrder } from '../../src/domain/dates';
import { parseDateRange, type DateRange } from '../../src/domain/date-ranges';
import { runBounded } from './bounded';
import { BIG_INPUT_TIMEOUT_MS, PATHOLOGICAL_TEXTS, RUNS, expectPrototypesUntouched, hostileText, prototypeSnapshot, type PrototypeSnapshot } from './arbitraries';

const ORDERS: readonly DayMonthOrder[] = ['mdy', 'dmy', 'ymd'];
const order = fc.constantFrom(...ORDERS);
const DATES_MODULE = new URL('../../src/domain/dates.ts', import.meta.url);
const RANGES_MODULE = new URL('../../src/domain/date-ranges.ts', import.meta.url);

/** Text around a plausible date, so the readers get past their first checks and into the arithmetic. */
const dateLike = fc
  .tuple(hostileText, fc.integer({ min: -1, max: 10_000 }), fc.integer({ min: -1, max: 40 }), fc.integer({ min: -1, max: 40 }), fc.constantFrom('-', '/', '.', ' ', '年'), hostileText)
  .map(([before, y, m, d, sep, after]) => `${before}${y}${sep}${m}${sep}${d}${after}`);

function expectDateOrUndefined(value: string | undefined): void {
  if (value !== undefined) expect(isIsoDate(value), `${value} is not a real ISO date`).toBe(true);
}

let before: PrototypeSnapshot;
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => expectPrototypesUntouched(before));

describe('parseDate on hostile text', () => {
  it('returns a real ISO date or undefined', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, dateLike), order, (text, o) => {
        expectDateOrUndefined(parseDate(text, o));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('reads its own output back unchanged', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), order, (date, o) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseDate(iso, o)).toBe(iso);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers blanks, control characters, lone surrogates and impossible days', () => {
    for (const value of ['', ' ', '\u0000', '\uD800\uDC00', 'Invalid Date', 'NaN-NaN-NaN', '0000-00-00', '2026-02-29', '2024-02-29']) {
      expectDateOrUndefined(parseDate(value));
    }
    expect(parseDate('2026-02-29')).toBeUndefined();
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
  });

  it('finishes on 150 KB of pathological text within a bound (a worker, stopped at the deadline)', async () => {
    const calls = PATHOLOGICAL_TEXTS.flatMap(([, text]) => ORDERS.map((o) => [text, o]));
    const results = await runBounded(DATES_MODULE, 'parseDate', calls, BIG_INPUT_TIMEOUT_MS);
    expect(results).toHaveLength(calls.length);
    for (const result of results) expectDateOrUndefined(result as string | undefined);
  }, BIG_INPUT_TIMEOUT_MS + 2_000);
});

describe('parseDateRange on hostile text', () => {
  it('returns undefined, or real ISO dates with the start not after the end', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, dateLike, fc.tuple(dateLike, fc.constantFrom(' – ', ' to ', '-', '～', ' bis '), dateLike).map((p) => p.join(''))), order, (text, o) => {
        const range = parseDateRange(text, o);
        if (range === undefined) return;
        expect(isIsoDate(range.end)).toBe(true);
        if (range.start !== undefined) {
          expect(isIsoDate(range.start)).toBe(true);
          expect(range.start <= range.end).toBe(true);
        }
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('finishes on 150 KB of pathological text, and on its longest readable cut, within a bound', async () => {
    // Long text is refused up front; cut to the longest it reads, the separators' loops meet their worst case.
    const calls = PATHOLOGICAL_TEXTS.flatMap(([, text]) => [text, text.slice(0, 200)]).flatMap((text) => ORDERS.map((o) => [text, o]));
    const results = (await runBounded(RANGES_MODULE, 'parseDateRange', calls, BIG_INPUT_TIMEOUT_MS)) as (DateRange | undefined)[];
    expect(results).toHaveLength(calls.length);
    for (const range of results) if (range) expectDateOrUndefined(range.end);
  }, BIG_INPUT_TIMEOUT_MS + 2_000);
});

describe('the small readers', () => {
  it('monthNumber gives 1..12 or undefined, and never reads a prototype key as a month', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) expect(monthNumber(key)).toBeUndefined();
    fc.assert(
      fc.property(hostileText, (word) => {
        const month = monthNumber(word);
        if (month !== undefined) expect(Number.isInteger(month) && month >= 1 && month <= 12).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('orderForLanguage answers one of the three orders for any tag', () => {
    fc.assert(
      fc.property(fc.option(hostileText, { nil: undefined }), (lang) => {
        expect(['mdy', 'dmy', 'ymd']).toContain(orderForLanguage(lang));
      }),
      { numRuns: RUNS },
    );
  });

  it('isIsoDate never throws and accepts only real days', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, dateLike), (text) => {
        if (isIsoDate(text)) expect(Number.isNaN(Date.parse(`${text}T00:00:00Z`))).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
