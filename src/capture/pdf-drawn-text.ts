/**
 * Glyph-split PDFs, read as they were drawn. Some generators place each glyph or small group of glyphs on its own
 * ("Ar" "jun" " Me" "hta"), and pdf.js's text content reports every small gap between groups as a space ("A r ju n Me
 * hta"), so a word's pieces and its neighbours look alike. The page's operator list still tells them apart: a word
 * ends where a space glyph was drawn, or where the next group starts a word's gap away. This module rebuilds that
 * text from the operator list and gives each text item its words back. Pure functions of pdf.js's output; the glue
 * that asks pdf.js for it is in pdf-text.ts, and only for a page whose items look glyph-split.
 */

/** The operator codes this reading needs, as pdf.js's OPS names them. */
export interface TextOps {
  save: number;
  restore: number;
  beginText: number;
  setFont: number;
  setTextMatrix: number;
  moveText: number;
  setLeadingMoveText: number;
  setLeading: number;
  nextLine: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setHScale: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
}

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** A gap this wide (in font sizes) between two groups on one baseline is a space even without a space glyph. */
const WORD_GAP = 0.2;
/** Baselines this close (in font sizes) are one line. */
const SAME_BASELINE = 0.3;
const MAX_OPERATORS = 200_000;
const MAX_SAVED_STATES = 1000;
const MAX_DRAWN_CHARS = 200_000;
/** Items' words of one to three letters that are no words: a page with this many is read as drawn. */
const FRAGMENT = /^[\p{L}\d.,:-]{1,3}$/u;
const SHORT_WORDS = new Set('a an and as at be by de del des di du el en et in is it la le les of on or the to un und von zu da do em na op te'.split(' '));
const MIN_FRAGMENTS = 6;
const MIN_FRAGMENT_SHARE = 0.2;

/** Whether a page's item texts look glyph-split: many of their words are pieces of words. */
export function looksGlyphSplit(texts: readonly string[]): boolean {
  let words = 0;
  let fragments = 0;
  for (const text of texts) {
    for (const token of text.split(/\s+/)) {
      if (!token) continue;
      words += 1;
      if (FRAGMENT.test(token) && !SHORT_WORDS.has(token.toLowerCase())) fragments += 1;
    }
  }
  return fragments >= MIN_FRAGMENTS && fragments / Math.max(words, 1) >= MIN_FRAGMENT_SHARE;
}

function numbersOf(value: unknown): number[] {
  if (value === null || typeof value !== 'object') return [];
  return Array.from(value as ArrayLike<unknown>).map((n) => (typeof n === 'number' && Number.isFinite(n) ? n : 0));
}

function glyphText(glyph: { unicode?: unknown; isSpace?: unknown }): string {
  if (glyph.isSpace === true) return ' ';
  return typeof glyph.unicode === 'string' ? glyph.unicode : '';
}

/** One showText's glyphs: their text (a space glyph as a space) and where they start and end on their baseline. */
interface DrawnGroup {
  text: string;
  start: number;
  end: number;
  y: number;
  size: number;
}

/**
 * The page's text in drawing order, with a space where a space glyph was drawn, and a line break where a group starts
 * on another line or back to the left. A line drawn without any space glyph (each word its own object) has its words
 * apart where a word's gap was left; a line with space glyphs has its words only where they are, since its letters may
 * be spaced wider than a word's gap ("C O M P L E T E D  O N").
 */
export function drawnText(list: OperatorList, ops: TextOps): string {
  const groups = drawnGroups(list, ops);
  const out: string[] = [];
  let lineStart = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    const last = groups[i - 1];
    if (last) {
      const sameLine = Math.abs(group.y - last.y) <= SAME_BASELINE * Math.max(group.size, last.size) && group.start - last.end >= -SAME_BASELINE * group.size;
      if (!sameLine) {
        out.push('\n');
        lineStart = i;
      } else if (group.start - last.end >= WORD_GAP * group.size && !lineHasSpaceGlyphs(groups, lineStart)) out.push(' ');
    }
    out.push(group.text);
  }
  return out.join('');
}

/** Whether the line that starts at `from` (the groups up to the next line break) draws any space glyph. */
function lineHasSpaceGlyphs(groups: readonly DrawnGroup[], from: number): boolean {
  const first = groups[from]!;
  for (let i = from; i < groups.length; i++) {
    const group = groups[i]!;
    if (i > from && Math.abs(group.y - first.y) > SAME_BASELINE * Math.max(group.size, first.size)) break;
    if (group.text.includes(' ')) return true;
  }
  return false;
}

function drawnGroups(list: OperatorList, ops: TextOps): DrawnGroup[] {
  const groups: DrawnGroup[] = [];
  let length = 0;
  let size = 0;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  let leading = 0;
  let line = [1, 0, 0, 1, 0, 0];
  let matrix = line;
  // The text state is graphics state: a generator that sets character spacing inside q … Q has it undone by Q.
  const saved: Array<[number, number, number, number, number]> = [];
  const moveTo = (tx: number, ty: number) => {
    line = [line[0]!, line[1]!, line[2]!, line[3]!, line[0]! * tx + line[2]! * ty + line[4]!, line[1]! * tx + line[3]! * ty + line[5]!];
    matrix = line;
  };
  const count = Math.min(list.fnArray.length, MAX_OPERATORS);
  for (let i = 0; i < count && length < MAX_DRAWN_CHARS; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null | undefined;
    if (fn === ops.save) {
      if (saved.length < MAX_SAVED_STATES) saved.push([size, charSpacing, wordSpacing, hScale, leading]);
    } else if (fn === ops.restore) [size, charSpacing, wordSpacing, hScale, leading] = saved.pop() ?? [size, charSpacing, wordSpacing, hScale, leading];
    else if (fn === ops.beginText) line = matrix = [1, 0, 0, 1, 0, 0];
    else if (fn === ops.setFont) size = Math.abs(numbersOf([args?.[1]])[0] ?? 0);
    else if (fn === ops.setTextMatrix) {
      const m = numbersOf(args?.[0] ?? args);
      if (m.length >= 6) line = matrix = m.slice(0, 6);
    } else if (fn === ops.moveText || fn === ops.setLeadingMoveText) {
      const [tx = 0, ty = 0] = numbersOf(args);
      if (fn === ops.setLeadingMoveText) leading = -ty;
      moveTo(tx, ty);
    } else if (fn === ops.setLeading) leading = numbersOf(args)[0] ?? 0;
    else if (fn === ops.nextLine) moveTo(0, -leading);
    else if (fn === ops.setCharSpacing) charSpacing = numbersOf(args)[0] ?? 0;
    else if (fn === ops.setWordSpacing) wordSpacing = numbersOf(args)[0] ?? 0;
    else if (fn === ops.setHScale) hScale = (numbersOf(args)[0] ?? 100) / 100;
    else if (fn === ops.showText || fn === ops.showSpacedText || fn === ops.nextLineShowText || fn === ops.nextLineSetSpacingShowText) {
      if (fn !== ops.showText && fn !== ops.showSpacedText) moveTo(0, -leading);
      const glyphs = args?.[0];
      if (!Array.isArray(glyphs)) continue;
      // Positions along the baseline in user space: the text matrix's horizontal scale times text-space advances.
      const scale = Math.hypot(matrix[0]!, matrix[1]!) || 1;
      const fontSize = size * (Math.hypot(matrix[2]!, matrix[3]!) || 1);
      const start = matrix[4]!;
      const y = matrix[5]!;
      let x = 0;
      let text = '';
      for (const glyph of glyphs.slice(0, MAX_DRAWN_CHARS)) {
        if (typeof glyph === 'number') {
          x -= (glyph / 1000) * size * hScale;
          continue;
        }
        if (glyph === null || typeof glyph !== 'object') continue;
        const g = glyph as { width?: unknown; unicode?: unknown; isSpace?: unknown };
        const width = typeof g.width === 'number' && Number.isFinite(g.width) ? g.width : 0;
        const char = glyphText(g);
        text += char;
        x += ((width * size) / 1000 + charSpacing + (char === ' ' ? wordSpacing : 0)) * hScale;
      }
      length += text.length;
      matrix = [matrix[0]!, matrix[1]!, matrix[2]!, matrix[3]!, matrix[4]! + x * scale, matrix[5]!];
      if (text) groups.push({ text, start, end: matrix[4]!, y, size: fontSize });
    }
  }
  return groups;
}

/**
 * Each item's text as drawn: its pieces found in order in the drawn text (whitespace aside), and the drawn text's own
 * spaces kept between them. An item not found there keeps its text.
 */
export function withDrawnWords(items: readonly string[], drawn: string): string[] {
  // The drawn text without whitespace, and where each of its characters sits in the drawn text.
  const bare: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < drawn.length; i++) {
    if (/\s/.test(drawn[i]!)) continue;
    bare.push(drawn[i]!);
    at.push(i);
  }
  const compact = bare.join('');
  let cursor = 0;
  return items.map((item) => {
    const key = item.replace(/\s+/g, '');
    if (!key) return item;
    const found = compact.indexOf(key, cursor);
    if (found < 0) return item;
    cursor = found + key.length;
    const text = drawn.slice(at[found], at[found + key.length - 1]! + 1).replace(/\s+/g, ' ').trim();
    return text || item;
  });
}
