/**
 * A certificate PDF's text runs -> lines and cells, and a PageReader over them, so the label vocabulary that
 * reads web pages (generic/labels.ts) reads PDFs too. pdf.js reports runs in drawing order, which on generated
 * certificates is any order, with words split across runs; positions are all there is to go by.
 */
import type { PageReader } from './dom';
import type { PdfPageText, PdfTextRun } from './pdf-text';

/** Text on one line separated by a gap this wide (in font sizes) is another cell or column, not another word. */
const CELL_GAP = 1.2;
/** A gap narrower than this (in font sizes) is kerning or a split word, not a space. */
const SPACE_GAP = 0.15;
/** Runs whose baselines differ by less than this (in font sizes) share a line. */
const BASELINE_TOLERANCE = 0.35;
/** A value under its label sits at most this many font sizes lower (award style: label over value). */
const MAX_DROP_TO_VALUE = 2.5;
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
const SEPARATORS = /^[\s:：\-–—|]+/;

/** Runs of one line that belong together: a table cell, one column's part of the line, or the whole line. */
export interface PdfCell {
  text: string;
  left: number;
  right: number;
  fontSize: number;
}

export interface PdfLine {
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
    const text = run.text.slice(0, MAX_RUN_LENGTH).replace(/\s+/g, ' ');
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

/** The pages' text as lines, top to bottom and page by page. */
export function pdfLines(pages: readonly PdfPageText[]): PdfLine[] {
  const lines: PdfLine[] = [];
  pages.slice(0, MAX_PAGES).forEach((page, pageIndex) => {
    const runs = cleanRuns(Array.isArray(page?.runs) ? page.runs : []).sort((a, b) => b.y - a.y);
    let group: CleanRun[] = [];
    const flush = () => {
      const cells = cellsOf(group);
      if (cells.length > 0) {
        lines.push({ page: pageIndex, y: group[0]!.y, fontSize: Math.max(...cells.map((c) => c.fontSize)), cells, text: cells.map((c) => c.text).join(' ') });
      }
      group = [];
    };
    for (const run of runs) {
      const head = group[0];
      if (head && head.y - run.y > BASELINE_TOLERANCE * Math.max(head.fontSize, run.fontSize)) flush();
      group.push(run);
    }
    flush();
  });
  return lines;
}

/**
 * The text after a label leading `text`, or undefined when the label does not lead it (as in dom.ts, which
 * keeps this private): ": " or " – " between label and value is dropped, but a lone dash is the value "none".
 */
function afterLeadingLabel(text: string, label: RegExp): string | undefined {
  label.lastIndex = 0;
  const m = label.exec(text);
  if (!m || m[0] === '' || text.slice(0, m.index).replace(SEPARATORS, '') !== '') return undefined;
  const afterColon = text.slice(m.index + m[0].length).replace(/^[\s:：]+/, '');
  return (afterColon.replace(/^[-–—|]+\s*/, '') || afterColon).trim();
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
      }
    }
  };

  const cellBelow = (index: number, cell: PdfCell): PdfCell | undefined => {
    const line = lines[index]!;
    const next = lines[index + 1];
    if (!next || next.page !== line.page || line.y - next.y > MAX_DROP_TO_VALUE * Math.max(line.fontSize, next.fontSize)) return undefined;
    let best: PdfCell | undefined;
    for (const candidate of next.cells) {
      if (overlap(cell, candidate) > 0 && (!best || overlap(cell, candidate) > overlap(cell, best))) best = candidate;
    }
    return best;
  };

  let phrases: string[] | undefined;
  const phraseList = (): string[] => {
    phrases ??= lines.flatMap((line, i) => {
      const next = lines[i + 1];
      const joined = line.cells.length === 1 && next?.cells.length === 1 && next.page === line.page
        && line.y - next.y <= MAX_DROP_TO_VALUE * Math.max(line.fontSize, next.fontSize)
        ? [`${line.text} ${next.text}`] : [];
      return [...line.cells.map((c) => c.text), ...joined].filter((p) => p.length <= MAX_PHRASE_LENGTH);
    }).slice(0, MAX_PHRASES);
    return phrases;
  };

  const reader: PageReader = {
    value: (labels) => reader.valueAs(labels, (v) => v),
    valueAs(labels, parse) {
      for (const label of labels) {
        for (const candidate of valueCandidates(label)) {
          const parsed = parse(candidate);
          if (parsed !== undefined) return parsed;
        }
      }
      return undefined;
    },
    find(pattern) {
      for (const phrase of phraseList()) {
        pattern.lastIndex = 0;
        const m = pattern.exec(phrase);
        if (m) return m;
      }
      return undefined;
    },
    hasPhrase(wanted) {
      const lower = new Set(wanted.map((w) => w.toLowerCase()));
      return lines.some((line) => lower.has(line.text.toLowerCase()) || line.cells.some((c) => lower.has(c.text.toLowerCase())));
    },
  };
  return reader;
}
