import { afterEach, describe, expect, it } from 'vitest';
import { dateShapeFor, formatDate, parseDateFormat, readDate } from '../../src/fill/dates';
import { byId, page, type TestPage } from './page-builder';

let open: TestPage | undefined;
function build(html: string, lang?: string): TestPage {
  open = page(html);
  if (lang) open.doc.documentElement.setAttribute('lang', lang);
  return open;
}
afterEach(async () => {
  await open?.close();
  open = undefined;
});

const ISO = '2026-03-14';

describe('formats the date in the shape a hint shows', () => {
  it.each([
    ['MM/DD/YYYY', '03/14/2026'],
    ['mm/dd/yyyy', '03/14/2026'],
    ['DD/MM/YYYY', '14/03/2026'],
    ['dd.mm.yyyy', '14.03.2026'],
    ['YYYY-MM-DD', '2026-03-14'],
    ['M/D/YY', '3/14/26'],
    ['Date (mm-dd-yyyy)', '03-14-2026'],
    ['jj/mm/aaaa', '14/03/2026'],
    ['TT.MM.JJJJ', '14.03.2026'],
    ['dd/mm/aaaa', '14/03/2026'],
  ])('%s -> %s', (hint, expected) => {
    const shape = parseDateFormat(hint);
    expect(shape).toBeDefined();
    expect(formatDate(ISO, shape!)).toBe(expected);
  });

  it.each(['Start date', 'dd/dd/yyyy', 'mm/dd', '03/14/2026', 'a/b/c', ''])('finds no shape in "%s"', (text) => {
    expect(parseDateFormat(text)).toBeUndefined();
  });

  it('pads single digits only where the shape does', () => {
    expect(formatDate('2026-02-02', parseDateFormat('MM/DD/YYYY')!)).toBe('02/02/2026');
    expect(formatDate('2026-02-02', parseDateFormat('d.m.yyyy')!)).toBe('2.2.2026');
  });

  it('refuses a value that is not an ISO date', () => {
    expect(formatDate('14/03/2026', parseDateFormat('DD/MM/YYYY')!)).toBeUndefined();
    expect(formatDate('2026-02-30', { kind: 'iso' })).toBeUndefined();
  });
});

describe('dateShapeFor: which shape a field wants', () => {
  it('ISO for a type=date input, whatever its placeholder', () => {
    const { doc } = build('<input id="d" type="date" placeholder="DD/MM/YYYY">');
    expect(formatDate(ISO, dateShapeFor(byId(doc, 'd')))).toBe(ISO);
  });

  it.each([
    ['the placeholder', '<input id="d" placeholder="MM/DD/YYYY">', '03/14/2026'],
    ['a data-date-format attribute', '<input id="d" data-date-format="dd.mm.yyyy">', '14.03.2026'],
    ['the description', '<input id="d" aria-describedby="hint"><small id="hint">Format: DD/MM/YYYY</small>', '14/03/2026'],
    ['the label', '<label for="d">End date (dd-mm-yyyy)</label><input id="d">', '14-03-2026'],
  ])('reads the shape from %s', (_where, html, expected) => {
    const { doc } = build(html);
    expect(formatDate(ISO, dateShapeFor(byId(doc, 'd')))).toBe(expected);
  });

  it('falls back to the target\'s default, then to the page language', () => {
    const us = build('<input id="d">');
    expect(formatDate(ISO, dateShapeFor(byId(us.doc, 'd'), 'MM/DD/YYYY'))).toBe('03/14/2026');
    expect(formatDate(ISO, dateShapeFor(byId(us.doc, 'd')))).toBe('03/14/2026'); // no lang: month first
    us.doc.documentElement.setAttribute('lang', 'de-DE');
    expect(formatDate(ISO, dateShapeFor(byId(us.doc, 'd')))).toBe('14/03/2026');
    us.doc.documentElement.setAttribute('lang', 'ja');
    expect(formatDate(ISO, dateShapeFor(byId(us.doc, 'd')))).toBe('2026-03-14');
  });
});

describe('readDate: what a field shows, back to ISO', () => {
  const us = parseDateFormat('MM/DD/YYYY')!;
  const eu = parseDateFormat('DD/MM/YYYY')!;
  it.each([
    ['03/14/2026', us, ISO],
    ['3/14/2026', us, ISO],
    ['14/03/2026', eu, ISO],
    ['02/03/2026', eu, '2026-03-02'],
    ['02/03/2026', us, '2026-02-03'],
    ['14 Mar 2026', eu, ISO],
    ['2026-03-14', us, ISO],
    ['', us, undefined],
    ['soon', us, undefined],
    ['13/13/2026', us, undefined],
  ])('"%s" reads as %s', (text, shape, expected) => {
    expect(readDate(text, shape)).toBe(expected);
  });
});
