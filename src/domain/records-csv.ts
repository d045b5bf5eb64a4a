/**
 * Activity records as CSV (RFC 4180) for a spreadsheet: one header row, one row per record in the order given,
 * CRLF line ends. Pure text; the page that saves it adds the UTF-8 byte order mark Excel needs to read it as UTF-8.
 */
import type { CourseRecord } from './schema';

const COLUMNS = [
  'id',
  'title',
  'provider',
  'program',
  'category',
  'status',
  'startDate',
  'endDate',
  'certificateCode',
  'credits',
  'creditUnit',
  'hours',
  'sourceUrl',
  'createdAt',
  'updatedAt',
  'notes',
] as const satisfies readonly (keyof CourseRecord)[];

const CRLF = '\r\n';

/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection); tab and CR are read past. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Excel keeps 15 significant digits: enough for any credit value, and float noise (1.2000000000000002) goes. */
const numberFormat = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

export function recordsCsv(records: readonly CourseRecord[]): string {
  const rows = [COLUMNS.map((column) => cell(column)), ...records.map((record) => COLUMNS.map((column) => cell(record[column])))];
  return rows.map((row) => row.join(',') + CRLF).join('');
}

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? formatNumber(value) : guardFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Plain decimal notation, never an exponent or a grouping separator; -0 is written 0. */
function formatNumber(value: number): string {
  return numberFormat.format(value === 0 ? 0 : value);
}

/** A leading apostrophe makes the cell plain text (OWASP's advice against CSV injection). */
function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
