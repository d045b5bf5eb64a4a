/**
 * The two shapes a dashboard lists things in, read without layout or class names:
 * - grids: a <table>, or an ARIA table/grid (role=row, role=columnheader/cell), with a header row of labels;
 * - cards: a <dl> of label/value pairs, named by its "Item"/"Name" entry or by the heading just before it.
 * Rows are pulled one at a time from a shared budget, so a page of 50,000 rows costs no more than the budget.
 */
import { visibleText } from '../dom';
import { cleanCell } from './labels';

const MAX_GRIDS = 100;
const MAX_CELLS_PER_ROW = 40;
const MAX_CARD_ENTRIES = 40;
const MAX_HEADINGS = 500;
const HEADING = /^H[1-6]$/;
const TEXT_NODE = 3;
const NOTE_TAGS = new Set(['BR', 'SMALL', 'DIV', 'P', 'UL']);

/** How many more rows (table rows, or cards) may be read from this page. */
export interface RowBudget {
  left: number;
}

export interface Grid {
  element: Element;
  headers: string[];
  /** The body rows after the header, each as its cells, skipping hidden rows; draws on the budget. */
  rows(budget: RowBudget): Generator<Element[]>;
  /** Only a header: a grid whose rows are in a table of their own (split header and body, as data grids draw). */
  bodyless: boolean;
}

/** Hidden by an attribute or an inline style (content scripts force no layout to ask the computed one). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Whether `el` or an ancestor (up to `root`) is hidden by an attribute or an inline style. */
export function isHiddenWithin(el: Element, root: Element): boolean {
  let current: Element | null = el;
  for (let depth = 0; current && current !== root && depth < 200; depth++, current = current.parentElement) {
    if (isHidden(current) || current.tagName === 'TEMPLATE') return true;
  }
  return false;
}

function children(el: Element, accept: (child: Element) => boolean, limit: number): Element[] {
  const out: Element[] = [];
  for (let child = el.firstElementChild; child && out.length < limit; child = child.nextElementSibling) {
    if (accept(child)) out.push(child);
  }
  return out;
}

const roleOf = (el: Element) => (el.getAttribute('role') ?? '').toLowerCase();
const isTableCell = (el: Element) => el.tagName === 'TD' || el.tagName === 'TH';
const isAriaCell = (el: Element) => ['cell', 'gridcell', 'columnheader', 'rowheader'].includes(roleOf(el));

/** Rows of a <table> in order (thead, tbody, tfoot, or rows directly under the table), one at a time. */
function* tableRows(table: Element): Generator<Element> {
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    if (part.tagName === 'TR') yield part;
    else if (part.tagName === 'THEAD' || part.tagName === 'TBODY' || part.tagName === 'TFOOT') {
      for (let row = part.firstElementChild; row; row = row.nextElementSibling) if (row.tagName === 'TR') yield row;
    }
  }
}

/** Rows of an ARIA table: role=row children, directly or inside role=rowgroup. */
function* ariaRows(table: Element): Generator<Element> {
  for (let part = table.firstElementChild; part; part = part.nextElementSibling) {
    const role = roleOf(part);
    if (role === 'row') yield part;
    else if (role === 'rowgroup') {
      for (let row = part.firstElementChild; row; row = row.nextElementSibling) if (roleOf(row) === 'row') yield row;
    }
  }
}

/** The grid of a <table> or ARIA table; `borrowed` are the headers of the table just before, for a body without its own. */
function gridOf(element: Element, borrowed?: string[]): Grid | undefined {
  const aria = element.tagName !== 'TABLE';
  const allRows = () => (aria ? ariaRows(element) : tableRows(element));
  const cellsOf = (row: Element) => children(row, aria ? isAriaCell : isTableCell, MAX_CELLS_PER_ROW);
  // The header: the first row in a <thead>, or made only of header cells; at most a few rows in.
  let header: Element | undefined;
  let seen = 0;
  for (const row of allRows()) {
    const cells = cellsOf(row);
    const inHead = row.parentElement?.tagName === 'THEAD';
    const allHeaders = cells.length > 0 && cells.every((c) => c.tagName === 'TH' || roleOf(c) === 'columnheader');
    if (inHead || allHeaders) {
      header = row;
      break;
    }
    if (++seen >= 3) break;
  }
  if (!header && !borrowed) return undefined;
  const headers = header ? cellsOf(header).map((cell) => cleanCell(visibleText(cell))) : borrowed!;
  let bodyless = true;
  for (const row of allRows()) {
    if (row === header || row.parentElement?.tagName === 'THEAD') continue;
    bodyless = false;
    break;
  }
  return {
    element,
    headers,
    bodyless,
    *rows(budget) {
      let passedHeader = !header;
      for (const row of allRows()) {
        if (!passedHeader) {
          passedHeader = row === header;
          continue;
        }
        if (budget.left <= 0) return;
        budget.left -= 1;
        if (row.parentElement?.tagName === 'THEAD' || isHidden(row)) continue;
        yield cellsOf(row);
      }
    },
  };
}

/**
 * A name cell's text: its link's when it holds one (the item's name, apart from notes under it); else the text that
 * leads the cell when a note follows it ("CCNA Automation<span>formerly DevNet Associate</span>", "<br><small>…"); else
 * the cell's.
 */
export function nameCellText(cell: Element | undefined): string {
  if (!cell) return '';
  const link = cell.querySelector('a');
  const linked = link && cleanCell(visibleText(link));
  if (linked) return linked;
  let lead = '';
  let node = cell.firstChild;
  for (; node && node.nodeType === TEXT_NODE; node = node.nextSibling) lead += node.nodeValue ?? '';
  // A note, not part of the name: a line of its own, small print, or words in brackets or "formerly …".
  const note = node && (NOTE_TAGS.has(node.nodeName) || /^\s*(?:\(|formerly\b)/i.test(node.textContent ?? ''));
  return (note && /\p{L}/u.test(lead) && cleanCell(lead)) || cleanCell(visibleText(cell));
}

/** What the readers look at on a page, found in one pass over it, in document order. */
export interface Landmarks {
  /** <table> and ARIA table/grid elements. */
  grids: Element[];
  lists: Element[];
  headings: Element[];
  /** List entries, options, articles and disclosures: each may be one listed item (listed-items.ts). */
  entries: Element[];
}

const GRID_ROLES = new Set(['table', 'grid', 'treegrid']);
const ENTRY_ROLES = new Set(['listitem', 'option']);
const ENTRY_TAGS = new Set(['LI', 'ARTICLE', 'DETAILS']);

export function landmarksIn(root: Element | ShadowRoot): Landmarks {
  const found = root.querySelectorAll('table, dl, li, article, details, h1, h2, h3, h4, h5, h6, [role]');
  const out: Landmarks = { grids: [], lists: [], headings: [], entries: [] };
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (el.tagName === 'DL') out.lists.push(el);
    else if (isHeading(el)) out.headings.push(el);
    else if (el.tagName === 'TABLE' || GRID_ROLES.has(roleOf(el))) out.grids.push(el);
    else if (ENTRY_TAGS.has(el.tagName) || ENTRY_ROLES.has(roleOf(el))) out.entries.push(el);
  }
  return out;
}

/** The visible grids among `elements` that have a header row. */
export function gridsOf(elements: readonly Element[], root: Element): Grid[] {
  const out: Grid[] = [];
  let headerOnly: Grid | undefined;
  for (const el of elements.slice(0, MAX_GRIDS)) {
    if (isHiddenWithin(el, root)) continue;
    const grid = gridOf(el) ?? (headerOnly && near(headerOnly.element, el) ? gridOf(el, headerOnly.headers) : undefined);
    if (!grid) continue;
    out.push(grid);
    headerOnly = grid.bodyless ? grid : undefined;
  }
  return out;
}

/** Whether `b` lies within a few levels above `a`: the body table of a grid whose header is `a`. */
function near(a: Element, b: Element): boolean {
  let up: Element | null = a;
  for (let level = 0; up && level < 4; level++) up = up.parentElement;
  return up !== null && up.contains(b);
}

export interface Card {
  element: Element;
  /** The heading just before the list, the card's title when no entry names it. */
  heading?: string;
  labels: string[];
  values: string[];
}

export function isHeading(el: Element): boolean {
  return HEADING.test(el.tagName) || roleOf(el) === 'heading';
}

/**
 * The heading that titles a <dl>: a heading before it among its siblings (or inside a sibling header),
 * climbing two levels; another <dl> on the way means the heading belongs to another card.
 */
function headingBefore(dl: Element): string | undefined {
  let current: Element | null = dl;
  for (let level = 0; current && level < 3; level++, current = current.parentElement) {
    for (let prev = current.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.tagName === 'DL') return undefined;
      if (isHidden(prev)) continue;
      if (isHeading(prev)) return cleanCell(visibleText(prev)) || undefined;
      const inner = prev.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
      if (inner) return prev.querySelector('dl') ? undefined : cleanCell(visibleText(inner)) || undefined;
    }
  }
  return undefined;
}

/** The <dl> lists among `lists`, each as a card of label/value pairs; one card per list, drawn from the budget. */
export function* cardsOf(lists: readonly Element[], root: Element, budget: RowBudget): Generator<Card> {
  for (let i = 0; i < lists.length && budget.left > 0; i++) {
    const dl = lists[i]!;
    budget.left -= 1;
    if (dl.closest('table') || isHiddenWithin(dl, root)) continue;
    const labels: string[] = [];
    const values: string[] = [];
    // <dt>/<dd> directly, or wrapped one pair per <div> as HTML allows.
    const entries = children(dl, (c) => c.tagName === 'DT' || c.tagName === 'DD' || c.tagName === 'DIV', MAX_CARD_ENTRIES * 2);
    const flat = entries.flatMap((e) => (e.tagName === 'DIV' ? children(e, (c) => c.tagName === 'DT' || c.tagName === 'DD', 4) : [e]));
    for (let j = 0; j < flat.length && labels.length < MAX_CARD_ENTRIES; j++) {
      const dt = flat[j]!;
      if (dt.tagName !== 'DT') continue;
      const dd = flat[j + 1];
      if (!dd || dd.tagName !== 'DD') continue;
      labels.push(cleanCell(visibleText(dt)));
      values.push(cleanCell(visibleText(dd)));
    }
    if (labels.length === 0) continue;
    const heading = headingBefore(dl);
    yield heading ? { element: dl, heading, labels, values } : { element: dl, labels, values };
  }
}

/** The region a heading titles: its section, article or region, else its parent; null when that is the whole page. */
export function regionOf(heading: Element): Element | null {
  const region = heading.closest('section, article, aside, [role="region"], [role="tabpanel"]') ?? heading.parentElement;
  // A heading straight under the page's body or main titles no region of its own.
  return region && !['BODY', 'MAIN', 'HTML'].includes(region.tagName) && region.getAttribute('role') !== 'main' ? region : null;
}

/** The headings among `headings` whose text matches `pattern`. */
export function headingsMatching(headings: readonly Element[], pattern: RegExp): Element[] {
  return headings.slice(0, MAX_HEADINGS).filter((el) => pattern.test(cleanCell(visibleText(el))));
}
