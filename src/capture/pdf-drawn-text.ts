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
/** Marks a word's gap inside one group (a TJ number) until drawnText decides whether it is a space. */
const GAP = '\u0000';
/** A gap this wide (in font sizes) parts words whatever else the line draws: another column, a label and its value. */
const COLUMN_GAP = 1;
const MAX_SAVED_STATES = 1000;
const MAX_DRAWN_CHARS = 200_000;
/** Words of one to three characters that are no words ("ju", "hta", "F3K"), the pieces of glyph-split text. */
const FRAGMENT = /^[\p{L}\d.,:-]{1,3}$/u;
const SHORT_WORDS = new Set('a an and as at be by de del des di du el en et in is it la le les of on or the to un und von zu da do em na op te'.split(' '));

const MAX_LOOKAHEAD = 2000;

/** A word piece: one to three characters, not a number, not a short word of the supported languages. */
function isPiece(token: string): boolean {
  return FRAGMENT.test(token) && !/^\d+$/.test(token) && !SHORT_WORDS.has(token.toLowerCase());
}

/** An item whose words are mostly pieces ("A r ju n Me hta"); "Introduction to Computer Networks CS 101" is not. */
function isFragmented(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  const pieces = tokens.filter(isPiece).length;
  return tokens.length >= MIN_ITEM_TOKENS && pieces / tokens.length >= MIN_ITEM_PIECE_SHARE;
}
const MIN_ITEM_TOKENS = 3;
const MIN_ITEM_PIECE_SHARE = 0.4;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Whether a page has items of word pieces ("A r ju n Me hta"), which only the operator list can give their words back. */
export function looksGlyphSplit(texts: readonly string[]): boolean {
  let fragmented = 0;
  let words = 0;
  let pieces = 0;
  for (const text of texts) {
    if (isFragmented(text)) fragmented += 1;
    for (const token of text.split(/\s+/)) {
      if (!token) continue;
      words += 1;
      if (isPiece(token)) pieces += 1;
    }
  }
  return fragmented >= MIN_FRAGMENTED_ITEMS || (pieces >= MIN_PIECES && pieces / Math.max(words, 1) >= MIN_PIECE_SHARE);
}
const MIN_FRAGMENTED_ITEMS = 1;
const MIN_PIECES = 6;
const MIN_PIECE_SHARE = 0.15;

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
 * on another line or back to the left. A gap the width of a word's space (between groups, or a TJ number inside one)
 * parts words on a line that draws no space glyph (each word its own object); on a line that does, only its space
 * glyphs and gaps as wide as a column part them, since its letters may be spaced wider than a word's gap
 * ("C O M P L E T E D  O N").
 */
export function drawnText(list: OperatorList, ops: TextOps): string {
  return linesOf(drawnGroups(list, ops))
    .map((line) => {
      const spaced = line.some((group) => group.text.includes(' '));
      const gapMark = spaced ? '' : ' ';
      const out: string[] = [];
      line.forEach((group, i) => {
        const last = line[i - 1];
        const gap = last ? group.start - last.end : 0;
        if (last && (gap >= COLUMN_GAP * group.size || (!spaced && gap >= WORD_GAP * group.size))) out.push(' ');
        out.push(group.text.split(GAP).join(gapMark));
      });
      return out.join('');
    })
    .join('\n');
}

/** Groups in drawing order, cut into lines where a group starts on another baseline or back to the left. */
function linesOf(groups: readonly DrawnGroup[]): DrawnGroup[][] {
  const lines: DrawnGroup[][] = [];
  let line: DrawnGroup[] = [];
  for (const group of groups) {
    const last = line[line.length - 1];
    const sameLine = last !== undefined && Math.abs(group.y - last.y) <= SAME_BASELINE * Math.max(group.size, last.size) && group.start - last.end >= -SAME_BASELINE * group.size;
    if (last && !sameLine) {
      lines.push(line);
      line = [];
    }
    line.push(group);
  }
  if (line.length > 0) lines.push(line);
  return lines;
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
          // "[(Introduction) -333 (to)] TJ": a word's gap written as a TJ number, marked for drawnText to weigh.
          if (-glyph >= WORD_GAP * 1000 && text && !text.endsWith(' ')) text += GAP;
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
    // Bounded: an item is looked for a little ahead of the last one found, never across the whole page each time.
    const window = compact.slice(cursor, cursor + key.length + MAX_LOOKAHEAD);
    const offset = window.indexOf(key);
    if (offset < 0) return item;
    const found = cursor + offset;
    cursor = found + key.length;

    const text = drawn.slice(at[found], at[found + key.length - 1]! + 1).replace(/\s+/g, ' ').trim();
    // The drawn words are taken only where they join pieces pdf.js reported apart ("A r ju n"): drawn text that parts
    // as many words as pdf.js did, or more, is not trusted over it.
    return text && wordCount(text) < wordCount(item) ? text : item;
  });
}
