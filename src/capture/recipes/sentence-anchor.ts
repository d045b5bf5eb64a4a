/**
 * A value inside a sentence ("You started this course on Monday, 16 February 2026 and completed it on Tuesday,
 * 3 March 2026"): no label stands beside it, but the words just before it do the same job. The anchor is those
 * words, without a weekday or other word that changes from page to page; the value is what follows them.
 */
import type { DayMonthOrder } from '../../domain/dates';
import type { RangeEnd, TaughtField } from '../../domain/site-recipe';
import type { DomPageReader } from './placed-reader';
import { fieldValueIn, sameFieldValue, type FieldValue } from './field-values';

const MAX_SENTENCE = 400;
const ANCHOR_WORDS = 4;
/** How many words after the anchor the value may take ("Tuesday, 3 March 2026 at 14:05"). */
const VALUE_WORDS = 6;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The anchor before the confirmed value in some phrase of the page, if a phrase holds it after words. */
export function anchorFor(reader: DomPageReader, field: TaughtField, value: FieldValue, order: DayMonthOrder): string | undefined {
  for (const phrase of reader.phrases()) {
    if (phrase.length > MAX_SENTENCE) continue;
    const words = phrase.split(' ');
    // The last start from which the next few words still read as the value: the value's own first word.
    let start = -1;
    for (let i = 1; i < words.length; i++) {
      if (sameFieldValue(field, fieldValueIn(field, words.slice(i, i + VALUE_WORDS).join(' '), order), value)) start = i;
    }
    if (start < 1) continue;
    const before = words.slice(Math.max(0, start - ANCHOR_WORDS - 2), start);
    // A word ending in a comma is the value's own ("Tuesday,"), and differs on every page.
    while (before.length > 0 && /,$/.test(before[before.length - 1]!)) before.pop();
    // Words only: a number before the anchor ("2 March 2026 and completed it on") is another value.
    const kept: string[] = [];
    for (let i = before.length - 1; i >= 0 && kept.length < ANCHOR_WORDS && !/\d/.test(before[i]!); i--) kept.unshift(before[i]!);
    const anchor = kept.join(' ').replace(/[\s,:;]+$/, '');
    if (/\p{L}{2}/u.test(anchor)) return anchor;
  }
  return undefined;
}

/** The value after `anchor` in the first phrase that has it. */
export function valueAfterAnchor(reader: DomPageReader, field: TaughtField, anchor: string, order: DayMonthOrder, rangeEnd?: RangeEnd): FieldValue | undefined {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${anchor.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  for (const phrase of reader.phrases()) {
    if (phrase.length > MAX_SENTENCE) continue;
    const m = pattern.exec(phrase);
    if (!m) continue;
    const after = phrase.slice(m.index + m[0].length).trim().split(' ').slice(0, VALUE_WORDS + 1).join(' ');
    const value = fieldValueIn(field, after, order, rangeEnd);
    if (value !== undefined) return value;
  }
  return undefined;
}
