/**
 * Following the Item Catalog's own pagination: the generated pages run their inline scripts in happy-dom (the
 * table's Next button, the list that grows when scrolled), and small pages whose paging the test drives cover
 * repeats, skipped rows, a Next that does nothing, and the bounds. Bounds are set through options (a fake clock,
 * short step timeouts), so nothing here asserts how long anything took.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemCatalogEntry } from '../../src/domain/item-catalog';
import { readWholeItemCatalog, type ItemCatalogReadOptions } from '../../src/content/item-catalog-read';
import { openPortalPage, type PortalPage } from '../fill/ce-portal-page';

const expectedItems = JSON.parse(readFileSync(new URL('../fixtures/portal/item-catalog-expected.json', import.meta.url), 'utf8')) as ItemCatalogEntry[];
type PageWindow = globalThis.Window & typeof globalThis;
/**
 * The generated pages answer in tens of milliseconds; a short quiet time keeps 20 pages quick. happy-dom reads a
 * 500-card list far slower than a browser, hence the long test timeouts: they bound a hang, not a speed.
 */
const QUICK: ItemCatalogReadOptions = { settleMs: 10 };

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((p) => p.close()));
});

async function fixture(name: string): Promise<PortalPage> {
  const page = await openPortalPage(name);
  opened.push(page);
  return page;
}

const readAll = (page: { doc: Document; window: unknown }, options: ItemCatalogReadOptions = QUICK) =>
  readWholeItemCatalog(page.doc, page.window as unknown as PageWindow, { ...QUICK, ...options });

/** A page without scripts of its own, at the catalogue's address; the test wires its controls. */
function simplePage(main: string): { doc: Document; window: Window } {
  const window = new Window({ url: 'https://ce.cisco.com/item-catalog' });
  window.document.write(`<!DOCTYPE html><html lang="en"><head><title>Item Catalog</title></head><body><main><h1>Item Catalog</h1>${main}</main></body></html>`);
  opened.push({ close: () => window.happyDOM.close() });
  return { doc: window.document as unknown as Document, window };
}

const HEAD = '<thead><tr><th>Item Name</th><th>Item ID</th><th>Credits</th></tr></thead>';
const rowsHtml = (rows: readonly (readonly [string, string, string])[]) => rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');

/** A table whose Next button shows `screens` one after another, synchronously, as a client-side pager may. */
function pagedTable(screens: readonly (readonly (readonly [string, string, string])[])[], status = ''): { doc: Document; window: Window } {
  const page = simplePage(`<table>${HEAD}<tbody id="rows">${rowsHtml(screens[0]!)}</tbody></table>${status}<button type="button" id="next">Next</button>`);
  let current = 0;
  const next = page.doc.getElementById('next') as HTMLButtonElement;
  next.addEventListener('click', () => {
    current += 1;
    const rows = screens[current]!.map((cells) => {
      const tr = page.doc.createElement('tr');
      for (const text of cells) tr.appendChild(page.doc.createElement('td')).textContent = text;
      return tr;
    });
    page.doc.getElementById('rows')!.replaceChildren(...rows);
    if (current === screens.length - 1) next.disabled = true;
  });
  return page;
}

describe('the generated catalogue pages, with their own scripts', () => {
  it('follows the table’s Next button through all 20 pages and reads the 500 items in order', async () => {
    const page = await fixture('item-catalog-table.html');
    const result = await readAll(page);
    expect(result).toStrictEqual({ items: expectedItems, skipped: 0, complete: true, pages: 20 });
    expect(page.doc.getElementById('catalog-range')?.textContent).toBe('Showing 476–500 of 500');
  }, 60_000);

  it('scrolls the growing list until all 500 items have loaded', async () => {
    const page = await fixture('item-catalog-list.html');
    const result = await readAll(page);
    expect(result).toStrictEqual({ items: expectedItems, skipped: 0, complete: true, pages: 13 });
    expect(page.doc.querySelectorAll('article')).toHaveLength(500);
  }, 60_000);

  it('stops at the page bound with what it read, and says the catalogue may be partial', async () => {
    const page = await fixture('item-catalog-table.html');
    const result = await readAll(page, { maxPages: 3 });
    expect(result.items).toStrictEqual(expectedItems.slice(0, 75));
    expect(result).toMatchObject({ complete: false, pages: 3, reason: { code: 'max-pages', pages: 3 } });
  }, 60_000);

  it('stops at the time bound, by its own clock', async () => {
    const page = await fixture('item-catalog-list.html');
    let calls = 0;
    // Each look at the clock finds 12 s gone: the third is past the 30 s bound.
    const result = await readAll(page, { maxTimeMs: 30_000, now: () => 12_000 * calls++ });
    expect(result.items).toStrictEqual(expectedItems.slice(0, 120));
    expect(result).toMatchObject({ complete: false, pages: 3, reason: { code: 'max-time', seconds: 30 } });
  }, 60_000);

  it('reads nothing from the unrecognised page and says why', async () => {
    const page = await fixture('item-catalog-unrecognised.html');
    const result = await readAll(page);
    expect(result).toMatchObject({ items: [], skipped: 0, complete: false, pages: 0 });
    expect(result.reason).toEqual({ code: 'no-list' });
  });
});

/** What the blind round's writer says each copied page holds (test/fixtures/blind/portal-round-1/NAME.expect.json). */
function blindEntries(name: string): ItemCatalogEntry[] {
  return (JSON.parse(readFileSync(new URL(`../fixtures/blind/portal-round-1/${name}.expect.json`, import.meta.url), 'utf8')) as { entries: ItemCatalogEntry[] }).entries;
}

describe('copies of the blind round\'s catalogues, with their own scripts', () => {
  it('scrolls a virtualised grid\'s own container a screen at a time and reads its 300 rows by number', async () => {
    const page = await fixture('item-catalog-virtual.html');
    // happy-dom lays nothing out: the grid's viewport is given the size a browser would give it (500 px of 12,600).
    const viewport = page.doc.getElementById('catalogViewport')!;
    Object.defineProperty(viewport, 'clientHeight', { value: 500 });
    Object.defineProperty(viewport, 'scrollHeight', { value: 12_600 });
    const scrolledTo: number[] = [];
    viewport.addEventListener('scroll', () => scrolledTo.push(viewport.scrollTop));
    const result = await readAll(page);
    expect(result).toStrictEqual({ items: blindEntries('catalog-f-virtual'), skipped: 0, complete: true, pages: result.pages });
    // Never more than a screen at a time, so no row is scrolled past unread; and the rows in the page stay a window.
    expect(scrolledTo.every((top, i) => top - (scrolledTo[i - 1] ?? 0) <= 500)).toBe(true);
    expect(page.doc.querySelectorAll('#catalogRows [role="row"]').length).toBeLessThan(30);
  }, 60_000);

  it('waits for a first page that comes late while the page says it is loading, then follows its four pages', async () => {
    const page = await fixture('item-catalog-late.html');
    const result = await readAll(page);
    expect(result).toStrictEqual({ items: blindEntries('catalog-g-late-paginated'), skipped: 0, complete: true, pages: 4 });
  }, 60_000);

  it('waits no longer than its step bound for a page that keeps saying it is loading', async () => {
    const page = simplePage('<div role="status"><span role="progressbar" aria-label="Loading"></span>Loading catalog…</div>');
    const result = await readAll(page, { stepTimeoutMs: 50 });
    expect(result).toStrictEqual({ items: [], skipped: 0, complete: false, reason: { code: 'no-list' }, pages: 0 });
  });

  it('stops scrolling a virtualised grid whose rows stop coming before its stated count, and says so', async () => {
    const rows = (from: number) =>
      [0, 1].map((i) => `<div role="row" aria-rowindex="${from + i}"><span role="gridcell">Item ${from + i}</span><span role="gridcell">4</span></div>`).join('');
    const page = simplePage(`<div role="grid" aria-rowcount="11"><div role="row"><span role="columnheader">Item</span><span role="columnheader">Credits</span></div>
      <div role="presentation" id="viewport" style="overflow-y:auto"><div role="rowgroup" id="rows">${rows(2)}</div></div></div>`);
    const viewport = page.doc.getElementById('viewport')!;
    Object.defineProperty(viewport, 'clientHeight', { value: 100 });
    Object.defineProperty(viewport, 'scrollHeight', { value: 300 });
    // Each scroll shows the next two rows, until row 7: then nothing more comes, ten items short of the stated ones.
    viewport.addEventListener('scroll', () => {
      const first = 2 + 2 * Math.round(viewport.scrollTop / 90);
      if (first <= 6) page.doc.getElementById('rows')!.replaceChildren(...Array.from(page.doc.createRange().createContextualFragment(rows(first)).children));
    });
    const result = await readAll(page, { stepTimeoutMs: 50 });
    expect(result.items.map((i) => i.name)).toEqual(['Item 2', 'Item 3', 'Item 4', 'Item 5', 'Item 6', 'Item 7']);
    expect(result).toMatchObject({ complete: false, reason: { code: 'fewer-than-stated', stated: 10, found: 6 } });
  });
});

describe('following pages the test drives', () => {
  it('keeps one of each item seen on two pages: by code, else by name', async () => {
    const page = pagedTable([
      [['Alpha (ALP) v1.0', 'CE-10001', '16'], ['No code, same name', '—', '8']],
      [['Alpha (ALP) v1.0', 'CE-10001', '16'], ['NO CODE, same  name', '—', '8'], ['Alpha (ALP) v1.0', 'CE-10002', '24']],
    ]);
    const result = await readAll(page);
    expect(result).toStrictEqual({
      items: [
        { name: 'Alpha (ALP) v1.0', code: 'CE-10001', credits: 16 },
        { name: 'No code, same name', credits: 8 },
        { name: 'Alpha (ALP) v1.0', code: 'CE-10002', credits: 24 },
      ],
      skipped: 0,
      complete: true,
      pages: 2,
    });
  });

  it('counts the unreadable rows of every page', async () => {
    const page = pagedTable([
      [['One', 'CE-1001', '4'], ['', 'CE-1002', '4']],
      [['Two', 'CE-2001', '4'], ['No credits', 'CE-2002', 'TBC']],
    ]);
    const result = await readAll(page);
    expect(result.items.map((i) => i.name)).toEqual(['One', 'Two']);
    expect(result).toMatchObject({ skipped: 2, complete: true });
  });

  it('gives up on a Next button that shows nothing new, without waiting longer than its step bound', async () => {
    const page = simplePage(`<table>${HEAD}<tbody>${rowsHtml([['Only', 'CE-1001', '4']])}</tbody></table><p>Showing 1–1 of 30</p><button type="button">Next</button>`);
    const result = await readAll(page, { stepTimeoutMs: 50 });
    expect(result).toMatchObject({ items: [{ name: 'Only', code: 'CE-1001', credits: 4 }], complete: false, pages: 1 });
    expect(result.reason).toMatchObject({ code: 'next-page-timeout' });
  });

  it('finishes a list that stops growing, and says so when it shows fewer items than it states', async () => {
    const feed = `<div role="feed"><article><h3>Only</h3><dl><dt>Credits</dt><dd>4</dd></dl></article></div>`;
    expect(await readAll(simplePage(feed), { stepTimeoutMs: 50 })).toStrictEqual({ items: [{ name: 'Only', credits: 4 }], skipped: 0, complete: true, pages: 1 });
    const short = await readAll(simplePage(`${feed}<p>Showing 1 of 3 items</p>`), { stepTimeoutMs: 50 });
    expect(short).toMatchObject({ complete: false, reason: { code: 'fewer-than-stated', stated: 3, found: 1 } });
  });

  it('reads a single page as complete, and stops when aborted', async () => {
    const single = simplePage(`<table>${HEAD}<tbody>${rowsHtml([['Only', 'CE-1001', '4']])}</tbody></table>`);
    expect(await readAll(single)).toStrictEqual({ items: [{ name: 'Only', code: 'CE-1001', credits: 4 }], skipped: 0, complete: true, pages: 1 });
    const paged = pagedTable([[['One', 'CE-1001', '4']], [['Two', 'CE-2001', '4']]]);
    const aborted = await readAll(paged, { signal: AbortSignal.abort() });
    expect(aborted).toMatchObject({ items: [{ name: 'One', code: 'CE-1001', credits: 4 }], complete: false, reason: { code: 'stopped' } });
  });
});
