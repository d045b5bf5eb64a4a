/**
 * What a recipe's field is, read from the text beside its label: one parser per field, the same when the recipe is
 * learned (does this text hold the value the user confirmed?) and when it is applied (what does this text hold?).
 */
import { parseDate, type DayMonthOrder } from '../../domain/dates';
import { parseDateRange } from '../../domain/date-ranges';
import type { RangeEnd, TaughtField } from '../../domain/site-recipe';
import { parseCredits } from '../adapter-helpers';
import { normalizeSpace } from '../dom';
import { cleanCode, MAX_PROVIDER_LENGTH } from '../generic/fields';
import { withoutInvisibles } from '../../text/fold';
import { parseHours } from '../generic/labels';

export type FieldValue = string | number;

/** A date shown under one label; `rangeEnd` picks an end of "2–6 March 2026" (one date is both ends). */
export function dateIn(text: string, order: DayMonthOrder, rangeEnd: RangeEnd | undefined): string | undefined {
  if (rangeEnd === undefined) return parseDate(text, order);
  const range = parseDateRange(text, order);
  if (!range) return undefined;
  return rangeEnd === 'start' ? range.start ?? range.end : range.end;
}

function textValue(text: string): string | undefined {
  const value = normalizeSpace(withoutInvisibles(text));
  return value && value.length <= MAX_PROVIDER_LENGTH ? value : undefined;
}

/** Hours from "8 hours", "2h 30m", or a bare number under an hours label. */
function hoursIn(text: string): number | undefined {
  const hours = parseHours(text);
  if (hours !== undefined) return hours;
  return /^\s*\d{1,4}(?:[.,]\d{1,2})?\s*$/.test(text) ? Number(text.trim().replace(',', '.')) : undefined;
}

/** "12", "7.50 CPE", "1,5 CE-Credits": a number and at most a few words, never a date or a range of numbers. */
const CREDITS_VALUE = /^\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*(?:[\p{L}+()-]+\s*){0,3}$/u;

function creditsIn(text: string): number | undefined {
  const m = CREDITS_VALUE.exec(text);
  return m ? parseCredits(m[1]!.replace(',', '.')) : undefined;
}

export function fieldValueIn(field: TaughtField, text: string, order: DayMonthOrder, rangeEnd?: RangeEnd): FieldValue | undefined {
  switch (field) {
    case 'startDate':
    case 'endDate':
      return dateIn(text, order, rangeEnd);
    case 'certificateCode':
      return cleanCode(text);
    case 'credits':
      return creditsIn(text.normalize('NFKC'));
    case 'hours':
      return hoursIn(text.normalize('NFKC'));
    case 'provider':
      return textValue(text);
  }
}

/** Whether two values of a field are the same (a provider's case and spacing aside; numbers to a hundredth). */
export function sameFieldValue(field: TaughtField | 'title', a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (typeof a === 'number' || typeof b === 'number') return Math.abs(Number(a) - Number(b)) < 0.01;
  if (field === 'certificateCode') return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
  return normalizeSpace(a).toLowerCase() === normalizeSpace(b).toLowerCase();
}
