/**
 * Ranges of dates as course and event certificates print them, alone or inside the sentence that states them.
 */
import { describe, expect, it } from 'vitest';
import { parseDateRange, RANGE_TEXT_LIMIT } from '../../src/domain/date-ranges';
import { runBounded } from '../hostile/bounded';
import { BIG_INPUT_TIMEOUT_MS, PATHOLOGICAL_TEXTS } from '../hostile/arbitraries';

const FEB_2_TO_6 = { start: '2026-02-02', end: '2026-02-06' };

describe('parseDateRange', () => {
  it.each([
    '2–6 Feb 2026',
    '2 Feb – 6 Feb 2026',
    'Feb 2-6, 2026',
    'Feb 2 - Feb 6, 2026',
    'du 2 au 6 février 2026',
    'vom 2. bis 6. Februar 2026',
    '2. bis 6. Februar 2026',
    'vom 2. bis zum 6. Februar 2026',
    'del 2 al 6 de febrero de 2026',
    'dal 2 al 6 febbraio 2026',
    'dal 2 fino al 6 febbraio 2026',
    'de 2 a 6 de fevereiro de 2026',
    'van 2 t/m 6 februari 2026',
    'van 2 tot en met 6 februari 2026',
    '2026年2月2日～6日',
    '2026年2月2日～2026年2月6日',
    '令和8年2月2日～6日',
    'from 2 to 6 February 2026',
    'from the 2nd to the 6th of February 2026',
    '2 February 2026 - 6 February 2026',
    '02/02/2026 - 06/02/2026',
    'Mo, 02.02.2026 – Fr, 06.02.2026 · jeweils 09:00–17:00 Uhr',
    'Mon 2 – Fri 6 February 2026',
    'Montag, 02.02.2026 – Freitag, 06.02.2026',
    '令和８年２月２日～令和８年２月６日（５日間）',
  ])('reads %j as 2 to 6 February 2026', (text) => {
    expect(parseDateRange(text, 'dmy')).toEqual(FEB_2_TO_6);
  });

  it.each([
    'a suivi la formation du 2 au 6 février 2026 à Lyon',
    'You may attend from 2 to 6 February 2026',
    'Session 3 of 5, held from 2 to 6 February 2026 in room 12',
    'Curso en Mar del Plata del 2 al 6 de febrero de 2026',
    '研修期間：2026年2月2日～6日まで',
    'This is to certify that Jane Doe attended the training course Advanced Networking held in Lyon, France, from 2 to 6 February 2026, totalling 35 hours of instruction and earning 35 CPE credits.',
  ])('finds the range inside the sentence %j', (text) => {
    expect(parseDateRange(text, 'dmy')).toEqual(FEB_2_TO_6);
  });

  it.each(['12 and 13 March 2026', 'les 12 et 13 mars 2026', 'am 12. und 13. März 2026', 'op 12 en 13 maart 2026', 'los días 12 y 13 de marzo de 2026'])(
    'reads two days joined by "and", %j',
    (text) => {
      expect(parseDateRange(text, 'dmy')).toEqual({ start: '2026-03-12', end: '2026-03-13' });
    },
  );

  it('joins no numbers with "and" but two day numbers', () => {
    expect(parseDateRange('12 and 13 people attended on 14 March 2026', 'dmy')?.start).toBeUndefined();
  });

  it('reads a range across a year end inside a sentence', () => {
    expect(parseDateRange('The course ran from 28 December to 2 January 2027 in Berlin and covered 12 modules.', 'dmy')).toEqual({
      start: '2026-12-28',
      end: '2027-01-02',
    });
  });

  it.each([
    ['14 March 2026, 09:00 – 17:00', { end: '2026-03-14' }],
    ['Awarded 14 March 2026 to John Smith', { end: '2026-03-14' }],
    ['Issued on 3 March 2026 to 5 attendees', { end: '2026-03-03' }],
    ['Completed – 14 March 2026', { end: '2026-03-14' }],
    ['Chapters 1 to 3, 14 March 2026', { end: '2026-03-14' }],
    ['Modules 1-3, 14 March 2026', { end: '2026-03-14' }],
  ])('reads %j as one date, not a range', (text, range) => {
    expect(parseDateRange(text, 'dmy')).toEqual(range);
  });

  it('keeps a day range and its times apart', () => {
    expect(parseDateRange('2 – 6 Feb 2026, 09:00–17:00', 'dmy')).toEqual(FEB_2_TO_6);
  });

  it('reads nothing from text longer than a sentence or two', () => {
    expect(parseDateRange(`${'word '.repeat(RANGE_TEXT_LIMIT / 5)}2 to 6 February 2026`, 'dmy')).toBeUndefined();
  });

  it('finishes on pathological text cut to the longest it reads, within a bound', async () => {
    const calls = PATHOLOGICAL_TEXTS.map(([, text]) => [text.slice(0, RANGE_TEXT_LIMIT), 'dmy']);
    const results = await runBounded(new URL('../../src/domain/date-ranges.ts', import.meta.url), 'parseDateRange', calls, BIG_INPUT_TIMEOUT_MS);
    expect(results).toHaveLength(calls.length);
  }, BIG_INPUT_TIMEOUT_MS + 2_000);
});
