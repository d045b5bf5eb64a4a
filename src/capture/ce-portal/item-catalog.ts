/**
 * The CE portal's Item Catalog (https://ce.cisco.com): the items Cisco grants credits for, each with its official
 * name, code, credit value, type, provider and the last day it can be claimed, read from one screen as a pure
 * function of (document, url). The markup is not public, so the reader goes by visible labels: a <table> or ARIA
 * grid whose header names an item and its credits, or cards of <dl> label/value pairs (named by an "Item" entry
 * or the heading just before them). A grid of claims (dates completed, submitted, claim IDs) is the dashboard's.
 * Following the pages is the content script's work (content/item-catalog-read.ts); this reads what is shown.
 */
import type { ItemCatalogEntry } from '../../domain/item-catalog';
import { parseDate } from '../../domain/dates';
import { guarded, parseCode } from '../adapter-helpers';
import { visibleText } from '../dom';
import { findNextControl, saysLazy, statedTotal, type NextControlKind } from './item-catalog-pagination';
import {
  CATALOGUE_HEADING,
  ITEM_CATALOG_LABELS,
  CLAIM_LABELS,
  cleanCell,
  fieldsOf,
  pageDateOrder,
  parseItemCredits,
  parseName,
  type ItemCatalogField,
} from './labels';
import { cardsOf, gridsOf, isHiddenWithin, landmarksIn, nameCellText, type Card, type RowBudget } from './structures';

import { isCePortalUrl } from './item-catalog-page';

export type { ItemCatalogEntry } from '../../domain/item-catalog';
export { isItemCatalogPage } from './item-catalog-page';

const READER_ID = 'ce-portal-catalogue';
/** Rows (table rows and cards together) read from one screen; a screen of the catalogue shows far fewer. */
const MAX_ROWS = 5000;
/** Mirrors CE_ITEM_MAX_CREDITS in domain/item-catalog.ts, which brings zod along: content scripts import no value from it. */
export const MAX_ITEM_CREDITS = 200;
/** Columns only a claims list has: the catalogue lists what can be claimed, never when someone completed it. */
const CLAIM_ONLY: ReadonlySet<string> = new Set(['startDate', 'endDate', 'submittedOn', 'claimId']);

export interface ItemCatalogPagination {
  /** The page's own control for more items, if one can still be used. */
  next: NextControlKind | 'none';
  /** How many items the page says the catalogue holds ("Showing 1–25 of 500"). */
  total?: number;
  /** The list grows as it is scrolled (an ARIA feed, "Loading more…", or fewer rows than the stated total and no control). */
  lazy: boolean;
  /**
   * A virtualised grid: its rows are numbered (aria-rowindex) and it has more (aria-rowcount) than are in the page;
   * the others are rendered as its own scroll container is scrolled, and the ones scrolled past are taken away.
   */
  virtual?: boolean;
}

/**
 * Why the catalogue could not be read, or may be incomplete: a code and its numbers, put in words by the page
 * that shows it (content/item-catalog-problem.ts, through _locales).
 */
export type ItemCatalogProblem =
  | { code: 'not-portal' | 'empty' | 'no-list' | 'failed' | 'stopped' }
  | { code: 'rows-unreadable'; rows: number }
  | { code: 'max-pages'; pages: number }
  | { code: 'max-time' | 'next-page-timeout'; seconds: number }
  | { code: 'fewer-than-stated'; stated: number; found: number };

export type ItemCatalogPage =
  | {
      kind: 'catalogue';
      items: ItemCatalogEntry[];
      skipped: number;
      pagination: ItemCatalogPagination;
      /** Each item's row number in a virtualised grid (aria-rowindex), in the order of `items`. */
      rowIndexes?: number[];
    }
  | { kind: 'unrecognised'; reason: ItemCatalogProblem };

type Found = Map<ItemCatalogField, string>;

interface Scan {
  rows: Found[];
  /** Each row's aria-rowindex, where the rows are numbered. */
  indexes: Array<number | undefined>;
  /** The items an ARIA grid says it has (aria-rowcount less its header rows), when it says so. */
  rowCount?: number;
  /** A catalogue grid or card list was found, whether or not it had rows yet. */
  framed: boolean;
  lastRow?: Element;
}

function hasClaimColumns(labels: readonly string[]): boolean {
  return [...fieldsOf(labels, CLAIM_LABELS).keys()].some((field) => CLAIM_ONLY.has(field));
}

function rowValues(columns: Map<ItemCatalogField, number>, cells: readonly Element[]): Found {
  const found: Found = new Map();
  for (const [field, index] of columns) {
    const cell = cells[index];
    const text = field === 'name' ? nameCellText(cell) : cleanCell(visibleText(cell));
    if (text) found.set(field, text);
  }
  return found;
}

function cardRow(card: Card): Found | undefined {
  const columns = fieldsOf(card.labels, ITEM_CATALOG_LABELS);
  if (!columns.has('credits') || hasClaimColumns(card.labels)) return undefined;
  const found: Found = new Map();
  for (const [field, index] of columns) {
    const value = card.values[index];
    if (value) found.set(field, value);
  }
  // The heading over the whole list ("Item Catalog") is no item's name.
  if (!found.has('name') && card.heading && !CATALOGUE_HEADING.test(card.heading)) found.set('name', card.heading);
  return found;
}

const roleOf = (el: Element) => (el.getAttribute('role') ?? '').toLowerCase();
const CELL_ROLES: ReadonlySet<string> = new Set(['cell', 'gridcell', 'rowheader', 'columnheader']);

/**
 * An ARIA grid's rows wherever they sit under it, as their cells: a virtualised grid keeps them in a scrolling
 * viewport (role=presentation) between the grid and its rowgroup. Rows of a grid nested inside are that grid's.
 */
function deepAriaRows(grid: Element): Element[][] {
  return Array.from(grid.querySelectorAll('[role="row"]'))
    .filter((row) => row.parentElement?.closest('[role="grid"], [role="table"], [role="treegrid"]') === grid && !isHiddenWithin(row, grid))
    .map((row) => Array.from(row.children).filter((cell) => CELL_ROLES.has(roleOf(cell))));
}

function scan(body: Element): Scan {
  const result: Scan = { rows: [], indexes: [], framed: false };
  const budget: RowBudget = { left: MAX_ROWS };
  const landmarks = landmarksIn(body);
  for (const grid of gridsOf(landmarks.grids, body)) {
    const columns = fieldsOf(grid.headers, ITEM_CATALOG_LABELS);
    if (!columns.has('name') || !columns.has('credits') || hasClaimColumns(grid.headers)) continue;
    result.framed = true;
    const before = result.rows.length;
    const add = (cells: Element[]) => {
      // A single cell across the table is a notice ("Loading…", "No items match"), not an item.
      if (cells.length < 2) return;
      const row = cells[0]!.parentElement ?? undefined;
      const index = Number(row?.getAttribute('aria-rowindex'));
      result.rows.push(rowValues(columns, cells));
      result.indexes.push(Number.isInteger(index) && index > 0 ? index : undefined);
      result.lastRow = row;
    };
    for (const cells of grid.rows(budget)) add(cells);
    if (result.rows.length === before && grid.element.tagName !== 'TABLE') {
      const rows = deepAriaRows(grid.element);
      const body = rows.filter((cells) => !cells.every((cell) => roleOf(cell) === 'columnheader'));
      body.slice(0, Math.max(0, budget.left)).forEach(add);
      budget.left -= body.length;
      // aria-rowcount counts every row of the grid, its header rows too, whether rendered or not.
      const count = Number(grid.element.getAttribute('aria-rowcount'));
      if (body.length > 0 && count > 0) result.rowCount = count - (rows.length - body.length);
    }
  }
  // A screen shows its items one way; with a grid, a <dl> is help text or a detail panel, not more items.
  if (result.framed) return result;
  for (const card of cardsOf(landmarks.lists, body, budget)) {
    const found = cardRow(card);
    if (!found) continue;
    result.framed = true;
    result.rows.push(found);
    result.indexes.push(undefined);
    result.lastRow = card.element;
  }
  return result;
}

function toItem(found: Found, date: (text: string) => string | undefined): ItemCatalogEntry | undefined {
  const name = parseName(found.get('name') ?? '');
  const credits = parseItemCredits(found.get('credits') ?? '', MAX_ITEM_CREDITS);
  if (!name || credits === undefined) return undefined;
  const code = parseCode(cleanCell(found.get('code') ?? '').replace(/^(?:id|code)\s*[:#]?\s*/i, ''));
  const type = parseName(found.get('type') ?? '');
  const provider = parseName(found.get('provider') ?? '');
  const availableUntil = date(found.get('availableUntil') ?? '');
  // Absent fields are left out, not undefined: the items go into a message as they are.
  return {
    name,
    ...(code ? { code } : {}),
    credits,
    ...(type ? { type } : {}),
    ...(provider ? { provider } : {}),
    ...(availableUntil ? { availableUntil } : {}),
  };
}

/** The key two readings of one item share: its code, else its name (case and spacing aside). */
export function itemCatalogEntryKey(item: Pick<ItemCatalogEntry, 'name' | 'code'>): string {
  return item.code ? `code:${item.code.toUpperCase()}` : `name:${item.name.toLowerCase()}`;
}

function read(doc: Document, url: URL): ItemCatalogPage {
  if (!isCePortalUrl(url)) return { kind: 'unrecognised', reason: { code: 'not-portal' } };
  const body = doc.body ?? doc.documentElement;
  if (!body) return { kind: 'unrecognised', reason: { code: 'empty' } };
  const found = scan(body);
  if (!found.framed) {
    return { kind: 'unrecognised', reason: { code: 'no-list' } };
  }
  const order = pageDateOrder(doc, found.rows.map((row) => row.get('availableUntil') ?? ''));
  const date = (text: string) => (text ? parseDate(text, order) : undefined);
  const items: ItemCatalogEntry[] = [];
  const rowIndexes: number[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  found.rows.forEach((row, i) => {
    const item = toItem(row, date);
    if (!item) skipped += 1;
    // Responsive pages render one list twice (a table, and cards for small screens): keep the first.
    else if (!seen.has(itemCatalogEntryKey(item))) {
      seen.add(itemCatalogEntryKey(item));
      items.push(item);
      const index = found.indexes[i];
      if (index !== undefined) rowIndexes.push(index);
    }
  });
  if (items.length === 0 && skipped > 0) {
    return { kind: 'unrecognised', reason: { code: 'rows-unreadable', rows: skipped } };
  }
  const next = findNextControl(body);
  const total = statedTotal(body) ?? found.rowCount;
  const numbered = items.length > 0 && rowIndexes.length === items.length;
  const virtual = numbered && found.rowCount !== undefined && items.length + skipped < found.rowCount;
  const lazy = saysLazy(body) || (!next && total !== undefined && items.length + skipped < total);
  const pagination: ItemCatalogPagination = { next: next?.kind ?? 'none', ...(total !== undefined ? { total } : {}), lazy, ...(virtual ? { virtual } : {}) };
  return { kind: 'catalogue', items, skipped, pagination, ...(numbered ? { rowIndexes } : {}) };
}

/** What one screen of the Item Catalog shows, or why it could not be read. Never throws. */
export function readItemCatalogPage(doc: Document, url: URL): ItemCatalogPage {
  return guarded(READER_ID, () => read(doc, url), { kind: 'unrecognised', reason: { code: 'failed' } });
}

/**
 * The last item row or card on the screen: what the content script scrolls to, so a list that grows on
 * scrolling loads its next items.
 */
export function lastItemCatalogRow(doc: Document): Element | undefined {
  const body = doc.body ?? doc.documentElement;
  return body ? guarded(READER_ID, () => scan(body).lastRow, undefined) : undefined;
}

