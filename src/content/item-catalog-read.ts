/**
 * Reads the whole CE Item Catalog by following the page's own pagination: click its Next (or "Load more")
 * control and wait for the rows to change, or scroll a list that grows to its end and wait for new rows until
 * none come. Bounded by total time and screens read, so a portal that never stops loading cannot hold the tab;
 * hitting a bound gives what was read with complete=false, for the caller to say the catalogue may be partial.
 */
import { itemCatalogEntryKey, lastItemCatalogRow, readItemCatalogPage, type ItemCatalogPage, type ItemCatalogProblem, type ItemCatalogEntry } from '../capture/ce-portal/item-catalog';
import { findNextControl, saysLoading } from '../capture/ce-portal/item-catalog-pagination';

export interface ItemCatalogReadOptions {
  /** The whole read stops after this long (default 30 s). */
  maxTimeMs?: number;
  /** Screens read, counting the first: pages followed, or loads of a growing list (default 200). */
  maxPages?: number;
  /**
   * How long one Next click or scroll may take to show new rows, and a first page the page says is loading (a
   * spinner, aria-busy) may take to come (default 10 s); a virtualised grid's scroll gets at most 2 s.
   */
  stepTimeoutMs?: number;
  /** Quiet time after rows change before they are read, so a screen rendered in parts is read whole (default 100 ms). */
  settleMs?: number;
  now?: () => number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  /** Aborted when the user leaves or cancels: the read stops with what it has. */
  signal?: AbortSignal;
}

export interface ItemCatalogReadResult {
  items: ItemCatalogEntry[];
  /** Rows that could not be read (no name, or no credit value). */
  skipped: number;
  /** False when a bound was hit, the page stopped answering, or fewer items were found than the page states. */
  complete: boolean;
  /** Why the catalogue may be partial (or could not be read), in plain words for the user. */
  reason?: ItemCatalogProblem;
  /** Screens read. */
  pages: number;
}

type Catalogue = Extract<ItemCatalogPage, { kind: 'catalogue' }>;
type Timers = Required<Pick<ItemCatalogReadOptions, 'setTimeout' | 'clearTimeout'>>;

const DEFAULTS = { maxTimeMs: 30_000, maxPages: 200, stepTimeoutMs: 10_000, settleMs: 100 } as const;
const SCROLL_STEP_MS = 2_000;
/** Scrolls of a virtualised grid in a row that show nothing new, away from its end, before it counts as ended. */
const MAX_IDLE_SCROLLS = 3;

/** What tells one screen from the next: how many rows, and which come first and last. */
function signature(page: Catalogue): string {
  const first = page.items[0];
  const last = page.items.at(-1);
  return `${page.items.length + page.skipped}|${first ? itemCatalogEntryKey(first) : ''}|${last ? itemCatalogEntryKey(last) : ''}`;
}

/** The element a growing list scrolls in: the nearest ancestor that scrolls, else none (the window does). */
function scrollerOf(el: Element, win: Window): Element | undefined {
  for (let current = el.parentElement; current && current !== el.ownerDocument.body; current = current.parentElement) {
    // Sizes first: they rule out most ancestors without computing a style.
    if (current.scrollHeight <= current.clientHeight + 1) continue;
    const overflow = win.getComputedStyle(current).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return current;
  }
  return undefined;
}

/**
 * Scrolls the list the way a user would: to its last row (a list that grows), or on by most of its container's
 * height (a virtualised grid, `step`), so that no row is jumped over. The extra scroll event reaches lists that listen
 * for scrolling but were already at their end (nothing scrolled, so the browser sent none). True when the list was
 * at its end already.
 */
function scrollList(doc: Document, win: Window & typeof globalThis, step: boolean): boolean {
  const last = lastItemCatalogRow(doc);
  if (!step && last && typeof (last as HTMLElement).scrollIntoView === 'function') last.scrollIntoView({ block: 'end' });
  const box = (last && scrollerOf(last, win)) ?? doc.documentElement;
  const end = box.scrollTop + box.clientHeight >= box.scrollHeight - 1;
  box.scrollTop = step ? box.scrollTop + Math.max(1, Math.floor(box.clientHeight * 0.9)) : box.scrollHeight;
  (box === doc.documentElement ? win : box).dispatchEvent(new win.Event('scroll'));
  return end;
}

/**
 * Does `act`, then resolves with the catalogue screen once it differs from `before` and the page has been quiet
 * for `settleMs`; undefined when it has not changed within `timeoutMs`. Watches the page with a MutationObserver,
 * not a poll, and reads it only when it goes quiet: reading a long list on every mutation would cost more than
 * the page's own rendering.
 */
function afterChange(doc: Document, win: Window & typeof globalThis, read: () => ItemCatalogPage, before: string, act: () => void, timeoutMs: number, settleMs: number, timers: Timers): Promise<Catalogue | undefined> {
  return new Promise((resolve) => {
    let settle: unknown;
    const changed = (): Catalogue | undefined => {
      const page = read();
      return page.kind === 'catalogue' && page.items.length > 0 && signature(page) !== before ? page : undefined;
    };
    const finish = (page: Catalogue | undefined) => {
      observer.disconnect();
      timers.clearTimeout(deadline);
      timers.clearTimeout(settle);
      resolve(page);
    };
    const readWhenQuiet = () => {
      timers.clearTimeout(settle);
      settle = timers.setTimeout(() => {
        const page = changed();
        if (page) finish(page);
      }, settleMs);
    };
    const observer = new win.MutationObserver(readWhenQuiet);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    // A page that never goes quiet (a ticking clock, a carousel) is read as it is when time runs out.
    const deadline = timers.setTimeout(() => finish(changed()), timeoutMs);
    act();
    // A page that re-renders synchronously on click has already changed: no mutation will come after this.
    readWhenQuiet();
  });
}

export async function readWholeItemCatalog(doc: Document, win: Window & typeof globalThis, options: ItemCatalogReadOptions = {}): Promise<ItemCatalogReadResult> {
  const { maxTimeMs, maxPages, stepTimeoutMs, settleMs } = { ...DEFAULTS, ...options };
  const now = options.now ?? (() => Date.now());
  const timers: Timers = {
    setTimeout: options.setTimeout ?? ((callback, ms) => win.setTimeout(callback, ms)),
    clearTimeout: options.clearTimeout ?? ((handle) => win.clearTimeout(handle as number)),
  };
  const read = () => readItemCatalogPage(doc, new URL(doc.URL));
  const started = now();

  let first = read();
  // A first page that comes late: waited for while the page says it is loading, within bounds.
  if ((first.kind === 'unrecognised' || first.items.length === 0) && saysLoading(doc.body ?? doc.documentElement)) {
    first = (await afterChange(doc, win, read, '', () => undefined, Math.min(stepTimeoutMs, maxTimeMs), settleMs, timers)) ?? read();
  }
  if (first.kind === 'unrecognised') return { items: [], skipped: 0, complete: false, reason: first.reason, pages: 0 };
  const collected = new Map<string, ItemCatalogEntry>();
  let page: Catalogue = first;
  let pages = 1;
  /** Skipped rows on screens that were replaced by the next page; the current screen's are added at the end. */
  let skippedBefore = 0;
  /** A virtualised grid's rows are told apart by their number; other screens' items by code, else name. */
  const take = (screen: Catalogue) => {
    screen.items.forEach((item, i) => {
      const index = screen.rowIndexes?.[i];
      const key = index !== undefined && screen.pagination.virtual ? `row:${index}` : itemCatalogEntryKey(item);
      if (!collected.has(key)) collected.set(key, item);
    });
  };
  const result = (complete: boolean, reason?: ItemCatalogProblem): ItemCatalogReadResult => ({
    items: [...collected.values()],
    skipped: skippedBefore + page.skipped,
    complete,
    ...(reason ? { reason } : {}),
    pages,
  });
  /** Done following: complete unless the page stated more items than were found. */
  const finished = () => {
    const total = page.pagination.total;
    const found = collected.size + skippedBefore + page.skipped;
    return total === undefined || found >= total ? result(true) : result(false, { code: 'fewer-than-stated', stated: total, found });
  };
  take(page);
  let idleScrolls = 0;

  for (;;) {
    if (options.signal?.aborted) return result(false, { code: 'stopped' });
    const { virtual, lazy, total } = page.pagination;
    const next = virtual ? undefined : findNextControl(doc.body ?? doc.documentElement);
    const allShown = total !== undefined && collected.size + skippedBefore + page.skipped >= total;
    if (!next && (!(lazy || virtual) || allShown)) return finished();
    // A virtualised grid's scrolls are bounded by time alone: each shows only a screenful of a long list.
    if (pages >= maxPages && !virtual) return result(false, { code: 'max-pages', pages: maxPages });
    const remaining = maxTimeMs - (now() - started);
    if (remaining <= 0) return result(false, { code: 'max-time', seconds: Math.round(maxTimeMs / 1000) });

    let atEnd = false;
    const act = next ? () => next.element.click() : () => (atEnd = scrollList(doc, win, !!virtual));
    const changed = await afterChange(doc, win, read, signature(page), act, Math.min(stepTimeoutMs, virtual ? SCROLL_STEP_MS : Infinity, remaining), settleMs, timers);
    if (!changed) {
      // Rows that stop coming at a virtualised grid's end, or after a few scrolls elsewhere, are all there is.
      if (virtual && !atEnd && ++idleScrolls < MAX_IDLE_SCROLLS) continue;
      // A list that stops growing has ended; a Next control that does nothing has not.
      if (!next || next.kind === 'load-more') return finished();
      return result(false, { code: 'next-page-timeout', seconds: Math.round(Math.min(stepTimeoutMs, remaining) / 1000) });
    }
    idleScrolls = 0;
    // Pages replace the rows on screen; a growing list keeps them, so its skipped rows are counted again there.
    if (next && next.kind !== 'load-more') skippedBefore += page.skipped;
    page = changed;
    pages += 1;
    take(page);
  }
}
