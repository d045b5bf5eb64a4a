/**
 * The dates real certificates and completion pages print, read by the one date reader every surface uses: Italian,
 * Portuguese and Dutch months, ordinals and weekdays, times and zones after the date, Japanese era years and
 * full-width digits, glyph-split PDF text, upper-case abbreviations, and the numeric order of one document.
 */
import { describe, expect, it } from 'vitest';
import { monthNumber, orderForLanguage, parseDate } from '../../src/domain/dates';
import { inferDayMonthOrder } from '../../src/domain/date-order';
import { parseSplitDate } from '../../src/domain/split-dates';

describe('month names in Italian, Portuguese and Dutch', () => {
  const months = [
    ['gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre', 'Italian'],
    ['gen feb mar apr mag giu lug ago set ott nov dic', 'Italian abbreviations'],
    ['janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro', 'Portuguese'],
    ['jan fev mar abr mai jun jul ago set out nov dez', 'Portuguese abbreviations'],
    ['januari februari maart april mei juni juli augustus september oktober november december', 'Dutch'],
    ['jan feb mrt apr mei jun jul aug sep okt nov dec', 'Dutch abbreviations'],
  ] as const;

  it.each(months)('numbers the months %j (%s) 1 to 12', (words) => {
    expect(words.split(' ').map((word) => monthNumber(word))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('gives words shared between languages the one month they all mean', () => {
    expect(['mar', 'Mar.', 'mars', 'MAR'].map(monthNumber)).toEqual([3, 3, 3, 3]);
    expect(['mai', 'mei', 'maio', 'may'].map(monthNumber)).toEqual([5, 5, 5, 5]);
    expect(['aout', 'août', 'out'].map(monthNumber)).toEqual([8, 8, 10]);
    expect(['de', 'del', 'il', 'le', 'van'].map(monthNumber)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it.each([
    ['14 de março de 2026', '2026-03-14'],
    ['quinta-feira, 14 de março de 2026', '2026-03-14'],
    ['Concluído em 3 de setembro de 2025', '2025-09-03'],
    ['1º de outubro de 2026', '2026-10-01'],
    ['5 dez. 2025', '2025-12-05'],
    ['14 marzo 2026', '2026-03-14'],
    ['il 14 marzo 2026', '2026-03-14'],
    ['Rilasciato il 2 giugno 2026', '2026-06-02'],
    ['sabato 14 marzo 2026', '2026-03-14'],
    ['1° agosto 2026', '2026-08-01'],
    ['14 maart 2026', '2026-03-14'],
    ['zaterdag 14 maart 2026', '2026-03-14'],
    ['14 mrt. 2026', '2026-03-14'],
    ['Behaald op 3 okt 2025', '2025-10-03'],
    ['14 mei 2026', '2026-05-14'],
    ['14 de marzo del 2026', '2026-03-14'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text, orderForLanguage('it'))).toBe(iso);
    expect(parseDate(text)).toBe(iso);
  });
});

describe('ordinals and weekdays', () => {
  it.each([
    ['March 14th, 2026', '2026-03-14'],
    ['March 1st 2026', '2026-03-01'],
    ['the 22nd of April, 2026', '2026-04-22'],
    ['1er avril 2026', '2026-04-01'],
    ['1ᵉʳ avril 2026', '2026-04-01'],
    ['Saturday, 14 March 2026', '2026-03-14'],
    ['Wednesday, March 4, 2026', '2026-03-04'],
    ['le samedi 14 mars 2026', '2026-03-14'],
    ['Samstag, 14. März 2026', '2026-03-14'],
    ['mar. 14 avr. 2026', '2026-04-14'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('a time and zone after the date', () => {
  it.each([
    ['Jul 17, 2024 at 01:35PM UTC', '2024-07-17'],
    ['2026-03-14T10:00:00Z', '2026-03-14'],
    ['2026-03-14T23:30:00-05:00', '2026-03-14'],
    ['14/03/2026 10:32', '2026-03-14'],
    ['03/14/2026 10:32 AM', '2026-03-14'],
    ['October 14, 2026 · 3:45 PM PDT', '2026-10-14'],
    ['14.03.2026, 10.32 Uhr MEZ', '2026-03-14'],
    ['2026年3月14日 10:32 JST', '2026-03-14'],
  ])('reads %j as the printed day %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('Japanese dates', () => {
  it.each([
    ['2026年3月14日', '2026-03-14'],
    ['令和8年3月14日', '2026-03-14'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['修了日：令和 7 年 12 月 1 日', '2025-12-01'],
    ['㋿8年3月14日', '2026-03-14'],
    ['２０２６年３月１４日', '2026-03-14'],
    ['令和８年３月１４日', '2026-03-14'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text, 'ymd')).toBe(iso);
    expect(parseDate(text)).toBe(iso);
  });

  it('refuses an era date that is no calendar day', () => {
    expect(parseDate('令和8年2月30日')).toBeUndefined();
  });
});

describe('dates inside a sentence', () => {
  it.each([
    ['certification with 96 % Score on 2023-02-04', '2023-02-04'],
    ['This certifies that Jane Doe completed 12 modules on 14 March 2026 with 96 %', '2026-03-14'],
    ['Passed (score 870/1000) on March 14, 2026.', '2026-03-14'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('glyph-split text from PDFs', () => {
  it.each([
    ['A ug 3 0, 2 02 4', '2024-08-30'],
    ['Completed on A ug 3 0, 2 02 4', '2024-08-30'],
    ['1 4 . 0 3 . 2 0 2 6', '2026-03-14'],
    ['Mar ch 1 4, 2 0 2 6', '2026-03-14'],
    ['1 4 de mar ço de 2 0 2 6', '2026-03-14'],
    ['2 0 2 6 - 0 3 - 1 4', '2026-03-14'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseSplitDate(text)).toBe(iso);
  });

  it('keeps a normal reading over a repaired one', () => {
    // "3 0" would join into 30 only if nothing read first; here "14 March 2026" reads as printed
    expect(parseSplitDate('Module 3 0 done 14 March 2026')).toBe('2026-03-14');
  });

  it.each([
    ['two split dates run together', '1 4 . 0 3 . 2 0 2 6 1 6 . 0 3 . 2 0 2 6'],
    ['a split date followed by a split time', 'Aug 3 0, 2 02 4 1 0:3 2'],
    ['a two-digit year', 'Date: 1 4 . 0 3 . 2 6'],
    ['a word that only ends like a month', 'Chicago 1 4, 2 0 2 6'],
    ['scores and counts', 'Score 9 8 of 1 0 0, 1 2 modules'],
  ])('reads no date from %s', (_, text) => {
    expect(parseSplitDate(text)).toBeUndefined();
  });
});

describe('upper-case month abbreviations', () => {
  it.each([
    ['OCT 18, 2024', '2024-10-18'],
    ['18-OCT-2024', '2024-10-18'],
    ['ISSUED 05 DEC 2025', '2025-12-05'],
    ['18 OKT 2024', '2024-10-18'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('inferDayMonthOrder: the numeric order of one document', () => {
  it('is day-first when some date starts with a number that cannot be a month', () => {
    const texts = ['Issued 04/05/2026', 'Valid until 14/05/2029'];
    expect(inferDayMonthOrder(texts, 'mdy')).toBe('dmy');
    expect(parseDate(texts[0]!, inferDayMonthOrder(texts, 'mdy'))).toBe('2026-05-04');
  });

  it('is month-first when some date has a second number that cannot be a month', () => {
    const texts = ['Issued 04.05.2026', 'Valid until 04.13.2029'];
    expect(inferDayMonthOrder(texts, 'dmy')).toBe('mdy');
    expect(parseDate(texts[0]!, inferDayMonthOrder(texts, 'dmy'))).toBe('2026-04-05');
  });

  it('takes the order in which an ambiguous date is the same date written out elsewhere on the page', () => {
    expect(inferDayMonthOrder(['Issued 12/10/2026', 'Issued 12 October 2026'], 'mdy')).toBe('dmy');
    expect(inferDayMonthOrder(['Completed 10/12/2026', 'on October 12, 2026'], 'dmy')).toBe('mdy');
    expect(inferDayMonthOrder(['Issued 12/10/2026', 'Expires 3 March 2029'], 'mdy')).toBe('mdy');
    expect(inferDayMonthOrder(['Délivrée le 12/10/2026', 'le 12 octobre 2026'], 'mdy')).toBe('dmy');
  });

  it('keeps the fallback when no date tells, or when the dates disagree', () => {
    expect(inferDayMonthOrder(['04/05/2026', '2026-03-14', '14 March 2026'], 'dmy')).toBe('dmy');
    expect(inferDayMonthOrder([], 'mdy')).toBe('mdy');
    expect(inferDayMonthOrder(['14/03/2026', '03/14/2026'], 'mdy')).toBe('mdy');
    expect(inferDayMonthOrder(['14/03/2026', '03/14/2026'], 'dmy')).toBe('dmy');
  });

  it('reads the short year a learning system prints ("13/03/26, 09:31") as evidence too, never a version number', () => {
    expect(inferDayMonthOrder(['09/03/26, 10:05', '13/03/26, 09:31'], 'mdy')).toBe('dmy');
    expect(inferDayMonthOrder(['Release 13.10.25.4'], 'mdy')).toBe('mdy');
    expect(inferDayMonthOrder(['Cisco IOS XE 17.12.04', 'Completed on 03/04/2026'], 'mdy')).toBe('mdy');
  });

  it('takes no evidence from impossible dates or from year-first dates', () => {
    expect(inferDayMonthOrder(['31/31/2026', '13/13/2026'], 'mdy')).toBe('mdy');
    expect(inferDayMonthOrder(['2026/03/14', '2026-03-14'], 'mdy')).toBe('mdy');
  });

  it('leaves parseDate as existing callers use it', () => {
    expect(parseDate('04/05/2026')).toBe('2026-04-05');
    expect(parseDate('04/05/2026', 'dmy')).toBe('2026-05-04');
  });
});
