import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween, isIsoDate, localToday, parseDate } from '../../src/domain/dates';

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
