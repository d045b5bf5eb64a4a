/**
 * Dates in the shape a field wants. A type=date input takes ISO; a text input or a custom picker takes what its
 * placeholder, format attribute, description or label shows ("MM/DD/YYYY", "dd.mm.yyyy", French "jj/mm/aaaa",
 * German "TT.MM.JJJJ"); with no hint, the target's default, else the order the page's language writes.
 */
import { isIsoDate, isoFromParts, orderForLanguage, parseDate, type DayMonthOrder } from '../domain/dates';
import { boundedText } from './dom-text';
import { elementById } from './search-roots';

type Part = 'd' | 'm' | 'y';

export type DateShape =
  | { kind: 'iso' }
  | { kind: 'pattern'; parts: readonly [Part, Part, Part]; separator: string; padDay: boolean; padMonth: boolean; yearDigits: 2 | 4 };

const ISO_SHAPE: DateShape = { kind: 'iso' };
const FORMAT = /(?<!\p{L})([dmyjat]{1,4})([/.-])([dmyjat]{1,4})\2([dmyjat]{1,4})(?!\p{L})/iu;
const HINT_ATTRIBUTES = ['placeholder', 'aria-placeholder', 'data-date-format', 'data-format', 'data-placeholder', 'title', 'aria-label'];
const MAX_HINT_CHARS = 200;

/** A token's part: French jj/mm/aaaa and Spanish dd/mm/aaaa, German TT.MM.JJJJ ("j" is day unless "t" is). */
function partOf(letter: string, letters: string): Part | undefined {
  switch (letter) {
    case 'd':
    case 't':
      return 'd';
    case 'm':
      return 'm';
    case 'y':
    case 'a':
      return 'y';
    case 'j':
      return letters.includes('t') ? 'y' : 'd';
    default:
      return undefined;
  }
}

/** The shape a format text shows ("MM/DD/YYYY" anywhere in it), or undefined when it shows none. */
export function parseDateFormat(text: string | null | undefined): DateShape | undefined {
  if (!text) return undefined;
  const m = FORMAT.exec(text.length > MAX_HINT_CHARS ? text.slice(0, MAX_HINT_CHARS) : text);
  if (!m) return undefined;
  const tokens = [m[1]!, m[3]!, m[4]!].map((t) => t.toLowerCase());
  if (tokens.some((t) => !/^(.)\1*$/.test(t))) return undefined; // "dm" is not a token
  const letters = tokens.map((t) => t[0]!).join('');
  const parts = tokens.map((t) => partOf(t[0]!, letters));
  if (new Set(parts).size !== 3 || parts.includes(undefined)) return undefined;
  const tokenOf = (part: Part) => tokens[parts.indexOf(part)]!;
  const year = tokenOf('y').length;
  if (year !== 2 && year !== 4) return undefined;
  if (tokenOf('d').length > 2 || tokenOf('m').length > 2) return undefined;
  return {
    kind: 'pattern',
    parts: parts as [Part, Part, Part],
    separator: m[2]!,
    padDay: tokenOf('d').length === 2,
    padMonth: tokenOf('m').length === 2,
    yearDigits: year,
  };
}

function orderShape(order: DayMonthOrder): DateShape {
  const parts: [Part, Part, Part] = order === 'dmy' ? ['d', 'm', 'y'] : order === 'ymd' ? ['y', 'm', 'd'] : ['m', 'd', 'y'];
  return { kind: 'pattern', parts, separator: order === 'ymd' ? '-' : '/', padDay: true, padMonth: true, yearDigits: 4 };
}

/** Texts near a field that may show its format: attributes, the description, the label. */
function hintTexts(el: Element): string[] {
  const texts = HINT_ATTRIBUTES.map((name) => el.getAttribute(name) ?? '');
  for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean).slice(0, 5)) {
    const described = elementById(el, id);
    if (described) texts.push(boundedText(described, MAX_HINT_CHARS) ?? '');
  }
  try {
    for (const label of Array.from((el as HTMLInputElement).labels ?? [])) texts.push(boundedText(label, MAX_HINT_CHARS) ?? '');
  } catch {
    // `labels` is missing on some elements and in some DOMs: the attributes above are the main source
  }
  return texts;
}

/** The shape to write into `el`: ISO for type=date, else the first format a hint shows, else `fallback`. */
export function dateShapeFor(el: Element, fallback?: string): DateShape {
  if (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'date') return ISO_SHAPE;
  for (const text of hintTexts(el)) {
    const shape = parseDateFormat(text);
    if (shape) return shape;
  }
  const chosen = parseDateFormat(fallback);
  if (chosen) return chosen;
  const lang = el.closest('[lang]')?.getAttribute('lang') ?? el.ownerDocument?.documentElement?.getAttribute('lang');
  return orderShape(orderForLanguage(lang));
}

/** "2026-03-14" in `shape`: "03/14/2026", "14.03.2026", "3/14/26". Undefined for a date that is not ISO. */
export function formatDate(iso: string, shape: DateShape): string | undefined {
  if (!isIsoDate(iso)) return undefined;
  if (shape.kind === 'iso') return iso;
  const [year, month, day] = iso.split('-') as [string, string, string];
  const text: Record<Part, string> = {
    y: shape.yearDigits === 2 ? year.slice(2) : year,
    m: shape.padMonth ? month : String(Number(month)),
    d: shape.padDay ? day : String(Number(day)),
  };
  return shape.parts.map((part) => text[part]).join(shape.separator);
}

function orderOf(shape: DateShape): DayMonthOrder {
  if (shape.kind === 'iso') return 'ymd';
  return shape.parts[0] === 'y' ? 'ymd' : shape.parts[0] === 'd' ? 'dmy' : 'mdy';
}

/** The ISO date a field shows, read in its own shape first (a picker may reformat: "3/14/2026", "14 Mar 2026"). */
export function readDate(text: string, shape: DateShape): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (isIsoDate(trimmed)) return trimmed;
  if (shape.kind === 'pattern') {
    const numbers = trimmed.split(/[/.\- ]+/);
    if (numbers.length === 3 && numbers.every((n) => /^\d{1,4}$/.test(n))) {
      const value = (part: Part) => Number(numbers[shape.parts.indexOf(part)]);
      const year = value('y') < 100 ? 2000 + value('y') : value('y');
      const strict = isoFromParts(year, value('m'), value('d'));
      if (strict) return strict;
    }
  }
  return parseDate(trimmed, orderOf(shape));
}
