/**
 * Dates and numbers as the user's locale writes them. Formatters are kept per locale (making one loads the locale's
 * data), so a second locale must get its own, not the first one's.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatSize } from '../../src/text/format';

describe('format', () => {
  it('writes a number in each locale asked for, one after the other', () => {
    expect(formatNumber(1234.56, 'en-US')).toBe('1,234.6');
    expect(formatNumber(1234.56, 'de-DE')).toBe('1.234,6');
    expect(formatNumber(1234.56, 'en-US')).toBe('1,234.6');
  });

  it('writes sizes and money with their units, each unit its own', () => {
    expect(formatSize(840e6, 'en-US')).toBe('840 MB');
    expect(formatSize(9.24e9, 'en-US')).toBe('9.2 GB');
    expect(formatMoney(99, 'GBP', 'en-GB')).toBe('£99.00');
    expect(formatMoney(99, 'EUR', 'en-GB')).toBe('€99.00');
  });

  it('writes a calendar day in each locale asked for, whatever the time zone', () => {
    expect(formatDate('2027-03-14', 'en-GB')).toBe('14 Mar 2027');
    expect(formatDate('2027-03-14', 'de-DE')).toBe('14. März 2027');
    expect(formatDate('2027-01-01', 'en-GB')).toBe('1 Jan 2027');
  });
});
