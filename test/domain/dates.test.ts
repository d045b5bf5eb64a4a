import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween, isIsoDate, localToday, orderForLanguage, parseDate } from '../../src/domain/dates';
import { parseDateRange } from '../../src/domain/date-ranges';

describe('parseDate', () => {
  it.each([
    ['2026-03-14', '2026-03-14'],
    ['Completed on 2026-3-4', '2026-03-04'],
    ['March 14, 2026', '2026-03-14'],
    ['Mar 14 2026', '2026-03-14'],
    ['Mar. 4th, 2026', '2026-03-04'],
    ['14 March 2026', '2026-03-14'],
    ['14-Mar-2026', '2026-03-14'],
    ['Saturday, 14 March 2026 10:00 UTC', '2026-03-14'],
    ['14th of March, 2026', '2026-03-14'],
    ['03/14/2026', '2026-03-14'],
    ['14.03.2026', '2026-03-14'],
    ['3-14-26', '2026-03-14'],
    ['  sept 1, 2026 ', '2026-09-01'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('reads ambiguous numeric dates month-first unless told day-first', () => {
    expect(parseDate('04/05/2026')).toBe('2026-04-05');
    expect(parseDate('04/05/2026', 'dmy')).toBe('2026-05-04');
  });

  it.each(['', 'yesterday', 'February 30, 2026', '2026-13-01', '31/31/2026', 'Foo 12, 2026', '29 Feb 2025'])(
    'rejects %j',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
});

describe('date arithmetic', () => {
  it('validates ISO dates strictly', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-3-14')).toBe(false);
  });

  it('adds years, moving 29 February to 28 February in common years', () => {
    expect(addYears('2026-03-14', 3)).toBe('2029-03-14');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2029-03-14', -3)).toBe('2026-03-14');
  });

  it('counts whole days across DST changes and month ends', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
    expect(addDays('2026-01-31', 90)).toBe('2026-05-01');
  });

  it('reports the local calendar day', () => {
    expect(localToday(new Date(2026, 10, 29, 23, 59))).toBe('2026-11-29');
  });
});

describe('dates in other languages, numeric orders and ranges', () => {
  it.each([
    ['14. März 2026', '2026-03-14'],
    ['abgeschlossen am 14. Mrz. 2026', '2026-03-14'],
    ['Datum: 3. Dezember 2025', '2025-12-03'],
    ['14 mars 2026', '2026-03-14'],
    ['1er avril 2026', '2026-04-01'],
    ['délivré le 2 févr. 2026', '2026-02-02'],
    ['15 AOÛT 2026', '2026-08-15'],
    ['14 de marzo de 2026', '2026-03-14'],
    ['14 mar 2026', '2026-03-14'],
    ['3 dic. 2025', '2025-12-03'],
    ['2026年3月14日', '2026-03-14'],
    ['発行日：2026年 3月 4日', '2026-03-04'],
    ['2026/03/14', '2026-03-14'],
    ['2026.3.14', '2026-03-14'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text, 'dmy')).toBe(iso);
  });

  it('reads two-digit-year numeric dates year-first on year-first pages', () => {
    expect(parseDate('26/03/14', 'ymd')).toBe('2026-03-14');
    expect(parseDate('03/04/2026', 'ymd')).toBe('2026-03-04');
  });

  it.each([
    ['de', 'dmy'],
    ['de-AT', 'dmy'],
    ['fr-CA', 'dmy'],
    ['es', 'dmy'],
    ['en-GB', 'dmy'],
    ['en-AU', 'dmy'],
    ['en-US', 'mdy'],
    ['en', 'mdy'],
    ['EN_us', 'mdy'],
    ['ja', 'ymd'],
    ['zh-Hans-CN', 'ymd'],
    ['', 'mdy'],
    [undefined, 'mdy'],
  ] as const)('orders numeric dates for %j as %s', (lang, order) => {
    expect(orderForLanguage(lang)).toBe(order);
  });

  it.each([
    ['12–14 March 2026', { start: '2026-03-12', end: '2026-03-14' }],
    ['12 - 14 mars 2026', { start: '2026-03-12', end: '2026-03-14' }],
    ['12-14 March 2026', { start: '2026-03-12', end: '2026-03-14' }],
    ['March 12 – 14, 2026', { start: '2026-03-12', end: '2026-03-14' }],
    ['12 March – 2 April 2026', { start: '2026-03-12', end: '2026-04-02' }],
    ['March 30 - April 2, 2026', { start: '2026-03-30', end: '2026-04-02' }],
    ['2026-03-12 to 2026-03-14', { start: '2026-03-12', end: '2026-03-14' }],
    ['vom 12. bis 14. März 2026', { start: '2026-03-12', end: '2026-03-14' }],
    ['12.–14. März 2026', { start: '2026-03-12', end: '2026-03-14' }],
    ['du 12 au 14 mars 2026', { start: '2026-03-12', end: '2026-03-14' }],
    ['del 12 al 14 de marzo de 2026', { start: '2026-03-12', end: '2026-03-14' }],
    ['28 December – 2 January 2027', { start: '2026-12-28', end: '2027-01-02' }],
    ['2026年3月12日～14日', { start: '2026-03-12', end: '2026-03-14' }],
    ['14 March 2026', { end: '2026-03-14' }],
    ['2026-03-14', { end: '2026-03-14' }],
    ['14-Mar-2026', { end: '2026-03-14' }],
  ])('reads the range %j', (text, range) => {
    expect(parseDateRange(text, 'dmy')).toEqual(range);
  });

  it('rejects ranges that run backwards and text without dates', () => {
    expect(parseDateRange('2026-03-14 to 2026-03-12', 'dmy')).toEqual({ end: '2026-03-14' });
    expect(parseDateRange('two to three days', 'dmy')).toBeUndefined();
    expect(parseDateRange('', 'dmy')).toBeUndefined();
  });
});

describe('parseDate on ASCII text', () => {
  // ASCII text is read with [A-Za-z] for \p{L} and without normalising. A trailing " •" keeps the text non-ASCII (so it
  // takes the Unicode path) without changing what any pattern sees: both paths must read every text alike.
  const SAMPLES = ['March 14, 2026', '14 Mar 2026', '1er avril 2026', '14 de marzo de 2026', '14th of June 2026', 'summary 14 2026',
    'Oct 3 2026', '03/14/2026', '14.03.2026', '2026/3/14', 'Sat, 14-Mar-2026 10:00', '14.o mayo 2026', 'Mai 1 2026', 'x', 'Xseptiembre 14 2026', '14 Xseptiembre 2026', 'Sep. 14th, 2026', '14 sept. 2026'];
  const text = fc.oneof(
    fc.constantFrom(...SAMPLES),
    fc.stringMatching(/^[A-Za-z0-9 ,./-]{0,30}$/),
    fc.tuple(fc.constantFrom(...SAMPLES), fc.stringMatching(/^[A-Za-z0-9 ,.]{0,8}$/)).map(([a, b]) => `${b}${a}${b}`),
  );

  it('reads what the Unicode patterns read', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('mdy', 'dmy', 'ymd') as fc.Arbitrary<'mdy' | 'dmy' | 'ymd'>, (t, order) => {
        expect(parseDate(t, order)).toBe(parseDate(`${t} •`, order));
      }),
      { numRuns: 2000 },
    );
    expect(parseDate('1er avril 2026', 'dmy')).toBe('2026-04-01');
    expect(parseDate('summary 14 2026')).toBeUndefined();
    // A month's name inside a longer word is no month: "Xseptiembre" is not September.
    expect(parseDate('Xseptiembre 14 2026')).toBeUndefined();
  });
});
