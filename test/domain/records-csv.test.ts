import { describe, expect, it } from 'vitest';
import { recordsCsv } from '../../src/domain/records-csv';
import { makeRecord } from '../helpers/factories';

const HEADER = 'id,title,provider,program,category,status,startDate,endDate,certificateCode,credits,creditUnit,hours,sourceUrl,createdAt,updatedAt,notes';

/** Splits RFC 4180 text into rows of cells, the way a spreadsheet reads it (quoted CR, LF, comma and "" kept). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  expect(row.length === 0 && cell === '' && !quoted, 'the text ends with a complete row').toBe(true);
  return rows;
}

describe('recordsCsv', () => {
  it('writes the header row and nothing else for no records, ending in CRLF', () => {
    expect(recordsCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('writes one row per record in the header’s column order, CRLF after each, optional fields empty', () => {
    const record = makeRecord({
      id: 'rec-1',
      title: 'Zero Trust Architecture',
      provider: 'ISC2',
      program: 'isc2',
      category: 'group-a',
      status: 'earned',
      startDate: '2025-03-01',
      endDate: '2025-03-28',
      certificateCode: 'ISC2-7781',
      credits: 20,
      creditUnit: 'CPE',
      hours: 20,
      sourceUrl: 'https://learn.isc2.org/course/7781',
      createdAt: '2025-03-28T12:00:00.000Z',
      updatedAt: '2025-03-29T08:30:00.000Z',
      notes: 'kept',
    });
    const bare = makeRecord({ id: 'rec-2', title: 'Bare', provider: '', endDate: undefined, credits: undefined, notes: '' });
    const text = recordsCsv([record, bare]);
    expect(text.split('\r\n')).toEqual([
      HEADER,
      'rec-1,Zero Trust Architecture,ISC2,isc2,group-a,earned,2025-03-01,2025-03-28,ISC2-7781,20,CPE,20,https://learn.isc2.org/course/7781,2025-03-28T12:00:00.000Z,2025-03-29T08:30:00.000Z,kept',
      'rec-2,Bare,,cisco,,captured,,,,,CE,,,2026-01-10T10:00:00.000Z,2026-01-10T10:00:00.000Z,',
      '',
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes a cell holding a comma, a quote, CR or LF, doubling the quotes, and reads back as written', () => {
    const title = 'Designing "Zero Trust", part 2\nwith labs';
    const notes = 'line one\r\nline two, "done"\rend';
    const text = recordsCsv([makeRecord({ id: 'rec-1', title, provider: 'Cisco U.', notes })]);
    expect(text).toContain(',"Designing ""Zero Trust"", part 2\nwith labs",Cisco U.,');
    expect(text.endsWith(',"line one\r\nline two, ""done""\rend"\r\n')).toBe(true);
    const rows = readCsv(text);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(16);
    expect(rows[1]![1]).toBe(title);
    expect(rows[1]![15]).toBe(notes);
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    const cells = ['=HYPERLINK("https://evil.example","x")', '+1+2', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];
    const rows = readCsv(recordsCsv(cells.map((notes, i) => makeRecord({ id: `r${i}`, notes }))));
    expect(rows.slice(1).map((row) => row[15])).toEqual(cells.map((cell) => `'${cell}`));
    const text = recordsCsv([makeRecord({ id: 'r', title: '=1+1', provider: '@provider', certificateCode: '-7' })]);
    expect(text).toContain(`,'=1+1,'@provider,`);
    expect(text).toContain(`,'-7,`);
    // Quoting still applies to a guarded cell.
    expect(recordsCsv([makeRecord({ id: 'r', notes: '=1,2' })])).toContain(`,"'=1,2"\r\n`);
  });

  it('leaves text alone that only contains those characters later on', () => {
    const rows = readCsv(recordsCsv([makeRecord({ id: 'a-b', title: 'C++ and C#', provider: 'me@example.com', notes: 'x = y + 1' })]));
    expect(rows[1]!.slice(0, 3)).toEqual(['a-b', 'C++ and C#', 'me@example.com']);
    expect(rows[1]![15]).toBe('x = y + 1');
  });

  it('writes numbers plainly: no float noise, no exponent, no grouping, no negative zero', () => {
    const row = (credits: number, hours: number) => readCsv(recordsCsv([makeRecord({ id: 'r', credits, hours })]))[1]!.slice(9, 12);
    expect(row(0.1 * 12, 0.1 + 0.2)).toEqual(['1.2', 'CE', '0.3']);
    expect(row(1000, 10000)).toEqual(['1000', 'CE', '10000']);
    expect(row(0.0000001, 2.5)).toEqual(['0.0000001', 'CE', '2.5']);
    expect(row(-0, 0)).toEqual(['0', 'CE', '0']);
    expect(row(33.333333333333336, 0.75)).toEqual(['33.3333333333333', 'CE', '0.75']);
  });
});
