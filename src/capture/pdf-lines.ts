/**
 * A certificate PDF's text runs -> lines and cells, and a PageReader over them, so the label vocabulary that
 * reads web pages (generic/labels.ts) reads PDFs too. pdf.js reports runs in drawing order, which on generated
 * certificates is any order, with words split across runs; positions are all there is to go by.
 */
import { afterLeadingLabel, pageReaderOf, type PageReader } from './page-reader';
import type { PdfPageText, PdfTextRun } from './pdf-text';

/** Text on one line separated by a gap this wide (in font sizes) is another cell or column, not another word. */
const CELL_GAP = 1.2;
/** A gap narrower than this (in font sizes) is kerning or a split word, not a space. */
const SPACE_GAP = 0.15;
/** Runs whose baselines differ by less than this (in font sizes) share a line. */
const BASELINE_TOLERANCE = 0.35;
/** A value under its label sits at most this many font sizes lower (award style: label over value). */
const MAX_DROP_TO_VALUE = 2.5;
/** How much larger than its label a value of words printed above it may be set. */
const MAX_VALUE_ABOVE_SCALE = 1.6;
const MAX_PAGES = 20;
const MAX_RUNS_PER_PAGE = 20_000;
const MAX_RUN_LENGTH = 1000;
const MAX_CELL_LENGTH = 2000;
/** A certificate's line has a few cells; past this many it is noise, and label/value pairing would be quadratic. */
const MAX_CELLS_PER_LINE = 100;
/** As in dom.ts: a "value" longer than this is a paragraph, not a field; a longer phrase is prose. */
const MAX_VALUE_LENGTH = 200;
const MAX_PHRASE_LENGTH = 400;
/** Wording is searched with patterns that cost the square of a phrase's length; a certificate has far fewer. */
const MAX_PHRASES = 1000;

/** Runs of one line that belong together: a table cell, one column's part of the line, or the whole line. */
export interface PdfCell {
  text: string;
  left: number;
  right: number;
  fontSize: number;
}

export interface PdfLine {
  /** Which page, or which reading frame of a page (see pdfLines): lines of different pages never pair up. */
  page: number;
  /** Baseline, from the page's bottom. */
  y: number;
  /** The largest font size on the line. */
  fontSize: number;
  cells: PdfCell[];
  /** The cells joined with a space. */
  text: string;
}

interface CleanRun {
  text: string;
  left: number;
  right: number;
  y: number;
  fontSize: number;
}

/** Drops runs a hostile or broken file could use to confuse the layout: NaN positions, zero sizes, blanks. */
function cleanRuns(runs: readonly PdfTextRun[]): CleanRun[] {
  const out: CleanRun[] = [];
  for (const run of runs.slice(0, MAX_RUNS_PER_PAGE)) {
    if (typeof run?.text !== 'string' || !Number.isFinite(run.x) || !Number.isFinite(run.y) || !Number.isFinite(run.fontSize) || run.fontSize <= 0) continue;
    const text = joinLetterSpacing(run.text.slice(0, MAX_RUN_LENGTH).replace(/\s/g, ' '));
    if (!text.trim()) continue;
    const width = Number.isFinite(run.width) && run.width >= 0 ? run.width : text.length * run.fontSize * 0.5;
    out.push({ text, left: run.x, right: run.x + width, y: run.y, fontSize: run.fontSize });
  }
  return out;
}

/** Joins the runs of one line, left to right, into cells; a space only where the gap shows one. */
function cellsOf(runs: CleanRun[]): PdfCell[] {
  runs.sort((a, b) => a.left - b.left);
  const cells: PdfCell[] = [];
  let current: PdfCell | undefined;
  let previous: CleanRun | undefined;
  for (const run of runs) {
    const size = Math.max(run.fontSize, previous?.fontSize ?? 0);
    const gap = previous ? run.left - previous.right : Infinity;
    // The same text drawn twice on itself (a fake bold, a shadow) is read once.
    if (previous && current && run.text === previous.text && Math.abs(run.left - previous.left) < size * SPACE_GAP) continue;
    if (!current || gap > size * CELL_GAP) {
      current = { text: run.text, left: run.left, right: run.right, fontSize: run.fontSize };
      cells.push(current);
    } else {
      const space = gap > size * SPACE_GAP && !/\s$/.test(current.text) && !/^\s/.test(run.text) ? ' ' : '';
      // A cell longer than any field is prose or an attack; its tail cannot change what is read.
      if (current.text.length < MAX_CELL_LENGTH) current.text += space + run.text;
      current.right = Math.max(current.right, run.right);
      current.fontSize = Math.max(current.fontSize, run.fontSize);
    }
    previous = run;
  }
  for (const cell of cells) cell.text = cell.text.replace(/\s+/g, ' ').trim();
  return cells.filter((cell) => cell.text).slice(0, MAX_CELLS_PER_LINE);
}

/**
 * Letters set apart by character spacing ("C O M P L E T E D  O N", "H A S"): the generator spaced them, pdf.js
 * reported each gap as a space. A run whose words are mostly single letters is joined back; two or more spaces
 * (or a gap pdf.js made into a new run) still separate its words.
 */
const SPACED_TOKENS = 3;
const SPACED_SHARE = 0.7;
export function joinLetterSpacing(text: string): string {
  return text
    .split(/\s{2,}/)
    .map((part) => {
      const tokens = part.trim().split(' ');
      const singles = tokens.filter((t) => [...t].length === 1).length;
      const spaced = singles === tokens.length ? tokens.length >= 2 : tokens.length >= SPACED_TOKENS && singles / tokens.length >= SPACED_SHARE;
      return spaced ? tokens.join('') : part.trim();
    })
    .join(' ');
}

/**
 * Glyph-split text: some generators place every glyph or small group of glyphs on its own, and pdf.js reports the
 * small gaps between them as spaces ("A ug 3 0, 2 02 4", "Equ ations"). Such a document is recognised by how many
 * of its words are one or two letters that are no words, and then each line is mended:
 * - digits join the digits before them ("2 02 4" -> "2024");
 * - a lower-case fragment of one or two letters joins the letters before it ("A ug", "Ma ha ja n");
 * - in a line set in title case, any lower-case word that is not a short word of the supported languages is the
 *   tail of the word before it ("Equ ations" -> "Equations"), since a title's own words are capitalised.
 * Sentences keep their words apart otherwise: "has successfully completed" must not become one word.
 */
const SHORT_WORDS = new Set(
  ('a an and are as at be by de del des di du el en et für in im is it la las le les los mit of on or per se the to un une und von zu zum zur '
    + 'da do dos das em na no op te het een van voor with from for into via').split(' '),
);
const FRAGMENT = /^\p{L}{1,2}$/u;
const GLYPH_SPLIT_SHARE = 0.12;
const GLYPH_SPLIT_MIN = 6;
const TITLE_CASE_SHARE = 0.5;

function isGlyphSplit(texts: readonly string[]): boolean {
  let fragments = 0;
  let words = 0;
  for (const text of texts) {
    for (const token of text.split(' ')) {
      if (!token) continue;
      words += 1;
      if ((FRAGMENT.test(token) && !SHORT_WORDS.has(token.toLowerCase()) && token !== 'I') || /^\d[,.]?$/.test(token)) fragments += 1;
    }
  }
  return fragments >= GLYPH_SPLIT_MIN && fragments / Math.max(words, 1) >= GLYPH_SPLIT_SHARE;
}

const isWord = (token: string) => /^\p{L}{3,}/u.test(token) && !SHORT_WORDS.has(token.toLowerCase());

export function mendGlyphSplit(text: string): string {
  const tokens = text.split(' ');
  const words = tokens.filter(isWord);
  const titleCase = words.length >= 2 && words.filter((t) => /^\p{Lu}/u.test(t)).length / words.length >= TITLE_CASE_SHARE;
  const out: string[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    // Case-sensitive: a capital "A" may begin "A ug"; a lower-case "a" is the article.
    const afterLetters = previous !== undefined && /\p{L}$/u.test(previous) && !SHORT_WORDS.has(previous);
    const lowerTail = /^\p{Ll}/u.test(token) && !SHORT_WORDS.has(token);
    const joinsLetters = afterLetters && lowerTail && (/^\p{Ll}{1,2}(?!\p{L})/u.test(token) || titleCase);
    const joinsDigits = previous !== undefined && /\d$/.test(previous) && /^\d/.test(token);
    if (joinsLetters || joinsDigits) out[out.length - 1] = previous + token;
    else out.push(token);
  }
  return out.join(' ');
}

/** A page's runs by the frame they read in, the frame with the most text first (a turned page is mostly turned). */
function framesOf(runs: readonly PdfTextRun[]): PdfTextRun[][] {
  const frames = new Map<number, PdfTextRun[]>();
  for (const run of runs.slice(0, MAX_RUNS_PER_PAGE)) {
    const rotation = run?.rotation ?? 0;
    const frame = frames.get(rotation);
    if (frame) frame.push(run);
    else frames.set(rotation, [run]);
  }
  const size = (frame: PdfTextRun[]) => frame.reduce((sum, run) => sum + (typeof run?.text === 'string' ? run.text.length : 0), 0);
  return [...frames.values()].sort((a, b) => size(b) - size(a));
}

/**
 * The pages' text as lines, top to bottom and page by page. Each reading frame of a page (text turned by a quarter)
 * is laid out on its own and numbered as a page of its own, after the page's main frame.
 */
export function pdfLines(pages: readonly PdfPageText[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let section = 0;
  for (const page of pages.slice(0, MAX_PAGES)) {
    for (const frame of framesOf(Array.isArray(page?.runs) ? page.runs : [])) {
      const runs = cleanRuns(frame).sort((a, b) => b.y - a.y);
      let group: CleanRun[] = [];
      const flush = () => {
        const cells = cellsOf(group);
        if (cells.length > 0) {
          lines.push({ page: section, y: group[0]!.y, fontSize: Math.max(...cells.map((c) => c.fontSize)), cells, text: cells.map((c) => c.text).join(' ') });
        }
        group = [];
      };
      for (const run of runs) {
        const head = group[0];
        if (head && head.y - run.y > BASELINE_TOLERANCE * Math.max(head.fontSize, run.fontSize)) flush();
        group.push(run);
      }
      flush();
      section += 1;
    }
  }
  if (isGlyphSplit(lines.map((line) => line.text))) {
    for (const line of lines) {
      for (const cell of line.cells) cell.text = mendGlyphSplit(cell.text);
      line.text = line.cells.map((c) => c.text).join(' ');
    }
  }
  return lines;
}

/** Consecutive one-cell lines in one size and close together: a paragraph, or a title set over two lines. */
export interface PdfBlock {
  page: number;
  /** Baselines of the first and last line. */
  top: number;
  bottom: number;
  fontSize: number;
  /** Where its column starts. */
  left: number;
  lines: PdfLine[];
  /** The text each of its lines gave it: a whole line, or one cell of a line of several. */
  parts: string[];
  /** The lines joined with a space. */
  text: string;
}

/** Lines of one block are at most this far apart (in font sizes) and differ in size by at most this share. */
const BLOCK_LINE_GAP = 1.6;
const BLOCK_SIZE_TOLERANCE = 0.08;
const MAX_BLOCK_LINES = 4;
const MAX_OPEN_COLUMNS = 6;

/**
 * The lines grouped into blocks, in reading order. A line of one cell joins the block above it (a title set over two
 * centred lines); a line of several cells (columns side by side, a table row) gives a block per cell, and a cell joins
 * the column block above it only when it starts where that block does ("Fundamentos de la" | "Ciberseguridad" over
 * "ciberseguridad").
 */
export function pdfBlocks(lines: readonly PdfLine[]): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  /** The blocks the previous lines ended, each with where its column starts and ends. */
  let open: Array<{ block: PdfBlock; left: number; right: number }> = [];
  const fits = (block: PdfBlock, line: PdfLine, fontSize: number) => block.page === line.page && block.lines.length < MAX_BLOCK_LINES
    && Math.abs(block.fontSize - fontSize) <= BLOCK_SIZE_TOLERANCE * block.fontSize && block.bottom - line.y <= BLOCK_LINE_GAP * block.fontSize;
  const extend = (block: PdfBlock, line: PdfLine, text: string) => {
    block.lines.push(line);
    block.parts.push(text);
    block.bottom = line.y;
    block.text = `${block.text} ${text}`;
  };
  for (const line of lines) {
    const single = line.cells.length === 1;
    const latest = open[0];
    const only = line.cells[0]!;
    // A centred title's second line overlaps its first; a line of the other column does not.
    const above = latest && latest.block.lines[latest.block.lines.length - 1]!.cells.length === 1 && only.left < latest.right && only.right > latest.left ? latest : undefined;
    if (single && above && fits(above.block, line, line.fontSize)) {
      extend(above.block, line, line.text);
      above.left = Math.min(above.left, only.left);
      above.right = Math.max(above.right, only.right);
      continue;
    }
    const next: Array<{ block: PdfBlock; left: number; right: number }> = [];
    for (const cell of line.cells) {
      const column = open.find(({ block, left }) => Math.abs(left - cell.left) < cell.fontSize && fits(block, line, cell.fontSize));
      if (column) {
        extend(column.block, line, cell.text);
        next.push(column);
        continue;
      }
      const block = { page: line.page, top: line.y, bottom: line.y, fontSize: single ? line.fontSize : cell.fontSize, left: cell.left, lines: [line], parts: [single ? line.text : cell.text], text: single ? line.text : cell.text };
      blocks.push(block);
      next.push({ block, left: cell.left, right: cell.right });
    }
    // A column's block stays open past a line of the other column (a sidebar's line between a title's two lines).
    open = [...next, ...open.filter((entry) => !next.includes(entry))].slice(0, MAX_OPEN_COLUMNS);
  }
  return blocks;
}

/** A cell that is itself a label ("Certificate ID", "Provider:"), so it cannot be another label's value. */
function isLabelCell(text: string, labels: readonly RegExp[]): boolean {
  return labels.some((label) => {
    const rest = afterLeadingLabel(text, label);
    if (rest === undefined) return false;
    label.lastIndex = 0;
    const m = label.exec(text)!;
    return rest === '' || /^\s*[:：]/.test(text.slice(m.index + m[0].length));
  });
}

function overlap(a: PdfCell, b: PdfCell): number {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left);
}

/**
 * A PageReader over PDF lines. A label's value is, in order: the rest of its cell ("Label: value"), the next
 * cell to its right (tables, two columns), or the cell under it on the next line (award style, label over
 * value). Cells that are labels themselves (`knownLabels`) are never taken as values. Phrases for `find` are
 * the cells, and each single-cell line joined to the next, since award wording runs over lines.
 */
export function readPdfLines(lines: readonly PdfLine[], knownLabels: readonly RegExp[]): PageReader {
  const valueCandidates = function* (label: RegExp): Generator<string> {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      for (let j = 0; j < line.cells.length; j++) {
        const cell = line.cells[j]!;
        const rest = afterLeadingLabel(cell.text, label);
        if (rest === undefined) continue;
        if (rest) {
          if (rest.length <= MAX_VALUE_LENGTH) yield rest;
          continue;
        }
        const right = line.cells[j + 1];
        if (right && right.text.length <= MAX_VALUE_LENGTH && !isLabelCell(right.text, knownLabels)) yield right.text;
        const below = cellBelow(i, cell);
        if (below && below.text.length <= MAX_VALUE_LENGTH && !isLabelCell(below.text, knownLabels)) yield below.text;
        // Signature-style layouts print the value over a rule with its label under it ("24 Mar 2024" / "Date"), and
        // tiles a large figure over its label ("24" / "Continuing Education Credits"); a wordmark over its tagline
        // ("Google Cloud" / "Training") is no value: words set far larger than the label.
        const above = cellAbove(i, cell);
        const wordmark = above !== undefined && !/\d/.test(above.text) && above.fontSize > cell.fontSize * MAX_VALUE_ABOVE_SCALE;
        if (above && above.text.length <= MAX_VALUE_LENGTH && !wordmark && !isLabelCell(above.text, knownLabels)) yield above.text;
      }
    }
  };

  /** The cell most overlapping `cell` on the line `step` lines away (1 below, -1 above), if that line is close. */
  const cellBeside = (index: number, cell: PdfCell, step: 1 | -1): PdfCell | undefined => {
    const line = lines[index]!;
    const other = lines[index + step];
    if (!other || other.page !== line.page || Math.abs(line.y - other.y) > MAX_DROP_TO_VALUE * Math.max(line.fontSize, other.fontSize)) return undefined;
    let best: PdfCell | undefined;
    for (const candidate of other.cells) {
      if (overlap(cell, candidate) > 0 && (!best || overlap(cell, candidate) > overlap(cell, best))) best = candidate;
    }
    return best;
  };
  const cellBelow = (index: number, cell: PdfCell) => cellBeside(index, cell, 1);
  const cellAbove = (index: number, cell: PdfCell) => cellBeside(index, cell, -1);

  let phrases: string[] | undefined;
  const phraseList = (): string[] => {
    phrases ??= pdfBlocks(lines).flatMap((block, i, blocks) => {
      const next = blocks[i + 1];
      const own = block.lines.length > 1 ? [block.text] : [];
      // Award wording runs over lines: "has successfully completed" above the course, "Presented to" above a name.
      const joined = next && next.page === block.page && block.bottom - next.top <= MAX_DROP_TO_VALUE * Math.max(block.fontSize, next.fontSize)
        ? [`${block.text} ${next.text}`] : [];
      // Each cell once: a line of several cells gave each of its blocks one cell (block.parts), not the whole line.
      const cells = block.lines.some((line) => line.cells.length > 1) ? block.parts : block.lines.flatMap((line) => line.cells.map((c) => c.text));
      return [...cells, ...own, ...joined].filter((p) => p.length <= MAX_PHRASE_LENGTH);
    }).slice(0, MAX_PHRASES);
    return phrases;
  };

  return pageReaderOf({
    candidates: valueCandidates,
    phrases: phraseList,
    hasShortText(pattern, maxLength) {
      return lines.some((line) => line.cells.some((c) => c.text.length <= maxLength && pattern.test(c.text)));
    },
    hasPhrase(wanted) {
      const lower = new Set(wanted.map((w) => w.toLowerCase()));
      return lines.some((line) => lower.has(line.text.toLowerCase()) || line.cells.some((c) => lower.has(c.text.toLowerCase())));
    },
    mentions: (word) => lines.some((line) => line.text.toLowerCase().includes(word)),
  });
}
