/**
 * The CE portal's Item Catalog read one screen at a time from the generated pages (scripts/make-item-catalog-pages.ts,
 * what a reader must make of them in item-catalog-expected.json) and from small pages for what they do not cover:
 * other layouts, malformed rows, odd credits and dates, pagination cues, and pages that are not the catalogue.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_ITEM_CREDITS, isItemCatalogPage, readItemCatalogPage, type ItemCatalogPage, type ItemCatalogEntry } from '../../../src/capture/ce-portal/item-catalog';
import { readCePortalDashboard } from '../../../src/capture/ce-portal/dashboard';
import { CE_ITEM_MAX_CREDITS, ItemCatalogEntry as CeCatalogueItemSchema } from '../../../src/domain/item-catalog';
import { fixtureUrl, parseHtml } from '../../helpers/fixtures';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PORTAL_DIR = join(ROOT, 'test/fixtures/portal');
const COURSE_PAGE = join(ROOT, 'test/fixtures/pages/cisco-u/completed-course.html');
const expectedItems = JSON.parse(readFileSync(join(PORTAL_DIR, 'item-catalog-expected.json'), 'utf8')) as ItemCatalogEntry[];
const CATALOGUE_URL = new URL('https://ce.cisco.com/item-catalog');
const GENERATED = ['item-catalog-expected.json', 'item-catalog-list.html', 'item-catalog-table.html', 'item-catalog-unrecognised.html'];

function loadPortalPage(name: string): { doc: Document; url: URL } {
  const html = readFileSync(join(PORTAL_DIR, name), 'utf8');
  const url = fixtureUrl(html);
  if (!url) throw new Error(`${name} has no leading <!-- url: … --> comment`);
  return { doc: parseHtml(html), url };
}

function page(main: string, lang = 'en'): Document {
  return parseHtml(`<!DOCTYPE html><html lang="${lang}"><head><title>Item Catalog</title></head><body><main><h1>Item Catalog</h1>${main}</main></body></html>`);
}

const HEAD = '<thead><tr><th>Item Name</th><th>Item ID</th><th>Credits</th><th>Available until</th></tr></thead>';
const table = (rows: string, head = HEAD) => `<table>${head}<tbody>${rows}</tbody></table>`;
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const read = (doc: Document, url = CATALOGUE_URL) => readItemCatalogPage(doc, url);
const items = (result: ItemCatalogPage) => (result.kind === 'catalogue' ? result.items : []);

describe('the generated catalogue pages', () => {
  it('the table page: its first 25 rows exactly, a Next button and "Showing 1–25 of 500"', () => {
    const { doc, url } = loadPortalPage('item-catalog-table.html');
    expect(isItemCatalogPage(doc, url)).toBe(true);
    expect(read(doc, url)).toStrictEqual({
      kind: 'catalogue',
      items: expectedItems.slice(0, 25),
      skipped: 0,
      pagination: { next: 'button', total: 500, lazy: false },
    });
  });

  it('the list page: its first 40 cards exactly, as a feed that grows to 500', () => {
    const { doc, url } = loadPortalPage('item-catalog-list.html');
    expect(isItemCatalogPage(doc, url)).toBe(true);
    expect(read(doc, url)).toStrictEqual({
      kind: 'catalogue',
      items: expectedItems.slice(0, 40),
      skipped: 0,
      pagination: { next: 'none', total: 500, lazy: true },
    });
  });

  it('the unrecognised page is a catalogue page that says why it cannot be read', () => {
    const { doc, url } = loadPortalPage('item-catalog-unrecognised.html');
    expect(isItemCatalogPage(doc, url)).toBe(true);
    const result = read(doc, url);
    expect(result.kind).toBe('unrecognised');
    expect(result.kind === 'unrecognised' && result.reason).toEqual({ code: 'no-list' });
  });

  it('every expected item is valid for the store, and the 500 are distinct', () => {
    expect(expectedItems).toHaveLength(500);
    for (const item of expectedItems) expect(CeCatalogueItemSchema.parse(item)).toStrictEqual(item);
    expect(new Set(expectedItems.map((i) => i.code ?? i.name)).size).toBe(500);
    expect(expectedItems.some((i) => i.code === undefined)).toBe(true);
    expect(expectedItems.some((i) => i.availableUntil !== undefined)).toBe(true);
  });

  it('holds the official item for the Cisco U. course fixture: its name with acronym and version, and its credits', () => {
    const course = readFileSync(COURSE_PAGE, 'utf8');
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(course)![1]!.trim();
    const version = /Course version<\/th><td>(v[\d.]+)</.exec(course)![1]!;
    const credits = Number(/Continuing Education credits: (\d+)/.exec(course)![1]);
    const official = expectedItems.filter((i) => i.name.startsWith(`${title} (`) && i.name.endsWith(` ${version}`));
    expect(official).toEqual([{ name: 'Understanding Cisco Network Automation Essentials (DEVNAE) v2.1', code: 'CE-21107', credits, type: 'E-Learning', provider: 'Cisco U.' }]);
  });

  it('are not taken for the dashboard by the portal script', () => {
    for (const name of GENERATED.filter((n) => n.endsWith('.html'))) {
      const { doc, url } = loadPortalPage(name);
      expect(readCePortalDashboard(doc, url), name).toBeUndefined();
    }
  });

  it('are exactly what scripts/make-item-catalog-pages.ts writes (deterministic, and regenerated after changes)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'catalogue-pages-'));
    try {
      await promisify(execFile)('npx', ['tsx', 'scripts/make-item-catalog-pages.ts', out], { cwd: ROOT });
      expect(readdirSync(out).sort()).toEqual(GENERATED);
      for (const name of GENERATED) expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(PORTAL_DIR, name), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('other portal pages', () => {
  it('reads the search results of the older catalogue page, not its help table or example', () => {
    const { doc, url } = loadPortalPage('not-dashboard.html');
    expect(isItemCatalogPage(doc, url)).toBe(true);
    expect(read(doc, url)).toStrictEqual({
      kind: 'catalogue',
      items: [
        { name: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)', credits: 24, type: 'Online course', availableUntil: '2027-12-31' },
        { name: 'Understanding Cisco Network Automation Essentials', credits: 12, type: 'Online course', availableUntil: '2026-12-31' },
        { name: 'Rev Up to Recert: Python', credits: 15, type: 'Online videos', availableUntil: '2023-04-20' },
      ],
      skipped: 0,
      pagination: { next: 'none', lazy: false },
    });
  });

  it('does not take the dashboard for the catalogue, nor its claims for items', () => {
    const { doc, url } = loadPortalPage('dashboard.html');
    expect(isItemCatalogPage(doc, url)).toBe(false);
    // Only the dashboard's "Popular in the Item Catalog" excerpt has the catalogue's shape.
    expect(items(read(doc, url))).toStrictEqual([
      { name: 'Implementing Cisco SD-WAN Solutions (ENSDWI) v3.0', credits: 40 },
      { name: 'Designing Cisco Enterprise Networks (ENSLD) v1.1', credits: 40 },
    ]);
    const claims = page(table(row('Rev Up to Recert: Python', 'CE-1', '15', 'Nov 7, 2025'), '<thead><tr><th>Item</th><th>Claim ID</th><th>Credits</th><th>Completion Date</th></tr></thead>'));
    expect(read(claims).kind).toBe('unrecognised');
  });

  it('reads only on the portal itself, over https', () => {
    const { doc } = loadPortalPage('item-catalog-table.html');
    for (const href of ['https://ce.cisco.com.example.net/item-catalog', 'http://ce.cisco.com/item-catalog', 'https://u.cisco.com/item-catalog']) {
      expect(isItemCatalogPage(doc, new URL(href)), href).toBe(false);
      expect(read(doc, new URL(href))).toEqual({ kind: 'unrecognised', reason: { code: 'not-portal' } });
    }
  });

  it('knows the catalogue by its address, its title or its heading', () => {
    const blank = parseHtml('<html><head><title>Cisco CE</title></head><body><h1>Welcome</h1></body></html>');
    expect(isItemCatalogPage(blank, new URL('https://ce.cisco.com/#/item-catalog'))).toBe(true);
    expect(isItemCatalogPage(blank, new URL('https://ce.cisco.com/#/home'))).toBe(false);
    const titled = parseHtml('<html><head><title>Item Catalogue – Cisco Continuing Education</title></head><body></body></html>');
    expect(isItemCatalogPage(titled, new URL('https://ce.cisco.com/#/home'))).toBe(true);
    expect(isItemCatalogPage(page(''), new URL('https://ce.cisco.com/app'))).toBe(true);
  });
});

describe('catalogue layouts', () => {
  it('reads an ARIA grid with other words for the columns', () => {
    const doc = page(`<div role="grid" aria-label="Items">
      <div role="row"><span role="columnheader">Title</span><span role="columnheader">Code</span><span role="columnheader">Delivery</span><span role="columnheader">Offered by</span><span role="columnheader">CE Credits</span><span role="columnheader">Offer ends</span></div>
      <div role="row"><span role="gridcell">Cisco SD-WAN Operation and Deployment (SDWFND) v2.0</span><span role="gridcell">ID: SDWFND-20</span><span role="gridcell">Instructor-Led</span><span role="gridcell">Fast Lane</span><span role="gridcell">24</span><span role="gridcell">30 June 2026</span></div>
    </div>`);
    expect(items(read(doc))).toStrictEqual([{ name: 'Cisco SD-WAN Operation and Deployment (SDWFND) v2.0', code: 'SDWFND-20', credits: 24, type: 'Instructor-Led', provider: 'Fast Lane', availableUntil: '2026-06-30' }]);
  });

  it('reads cards named by an entry or by their heading, never by the catalogue’s own heading', () => {
    const doc = page(`<h2>Item Catalog</h2><ul>
      <li><dl><dt>Item Name</dt><dd>Rev Up to Recert: Python</dd><dt>CE Credits</dt><dd>15</dd><dt>Expires</dt><dd>April 20, 2027</dd></dl></li>
      <li><h3>Cisco DevNet Associate Fundamentals</h3><dl><dt>Credits</dt><dd>48 CE</dd><dt>Type</dt><dd>Online course</dd></dl></li>
    </ul><dl><dt>Credits</dt><dd>8</dd></dl>`);
    const result = read(doc);
    expect(items(result)).toStrictEqual([
      { name: 'Rev Up to Recert: Python', credits: 15, availableUntil: '2027-04-20' },
      { name: 'Cisco DevNet Associate Fundamentals', credits: 48, type: 'Online course' },
    ]);
    expect(result.kind === 'catalogue' && result.skipped).toBe(1);
  });

  it('reads an item once when the page shows it twice, and ignores hidden and notice rows', () => {
    const doc = page(table(
      row('Implementing Cisco SD-WAN Solutions (ENSDWI) v2.0', 'CE-40001', '40', '') +
        row('Implementing Cisco SD-WAN Solutions (ENSDWI) v2.0', 'CE-40001', '40', '') +
        row('Implementing Cisco SD-WAN Solutions (ENSDWI) v2.0', 'CE-40002', '40', '') +
        '<tr hidden><td>{{name}}</td><td></td><td>{{credits}}</td><td></td></tr><tr><td colspan="4">Loading…</td></tr>',
    ));
    const result = read(doc);
    expect(items(result).map((i) => i.code)).toEqual(['CE-40001', 'CE-40002']);
    expect(result.kind === 'catalogue' && result.skipped).toBe(0);
  });
});

describe('malformed rows, odd credits and dates', () => {
  it('skips and counts rows without a name or a single credit value', () => {
    const doc = page(table(
      row('', 'CE-1', '16', '') + row('No credits', 'CE-2', '—', '') + row('A range', 'CE-3', '8–16', '') + row('Thousands', 'CE-4', '1,250', '') +
        row('Words', 'CE-5', 'Varies', '') + row('Too many', 'CE-6', '250', '') + row('Fine', 'CE-7', '16', ''),
    ));
    const result = read(doc);
    expect(items(result)).toStrictEqual([{ name: 'Fine', code: 'CE-7', credits: 16 }]);
    expect(result.kind === 'catalogue' && result.skipped).toBe(6);
  });

  it('reads credits as "16", "16 CE", "16 credits", "CE: 8", "12.5 CE credits" and "0"', () => {
    const values = ['16', '16 CE', '16 credits', 'CE: 8', '12.5 CE credits', '0', `${MAX_ITEM_CREDITS}`];
    const doc = page(table(values.map((v, i) => row(`Item ${i}`, '', v, '')).join('')));
    expect(items(read(doc)).map((i) => i.credits)).toEqual([16, 16, 16, 8, 12.5, 0, 200]);
    expect(MAX_ITEM_CREDITS).toBe(CE_ITEM_MAX_CREDITS);
  });

  it('reads dates in the page’s order and leaves out what is not a calendar day', () => {
    const dates = ['12/31/2027', '03/04/2027', 'Ongoing', '2027-02-30', 'Offer ends 30 June 2026', '—'];
    const rows = dates.map((d, i) => row(`Item ${i}`, `CE-${1000 + i}`, '4', d)).join('');
    expect(items(read(page(table(rows), 'en-US'))).map((i) => i.availableUntil)).toEqual(['2027-12-31', '2027-03-04', undefined, undefined, '2026-06-30', undefined]);
    const british = dates.slice(1).map((d, i) => row(`Item ${i}`, '', '4', d)).join('');
    expect(items(read(page(table(british), 'en-GB'))).map((i) => i.availableUntil)).toEqual(['2027-04-03', undefined, undefined, '2026-06-30', undefined]);
  });

  it('says so when no row can be read', () => {
    const result = read(page(table(row('', '', '16', '') + row('No credits', '', 'TBC', ''))));
    expect(result).toEqual({ kind: 'unrecognised', reason: { code: 'rows-unreadable', rows: 2 } });
  });

  it('treats an empty catalogue grid as a catalogue with no items yet', () => {
    expect(read(page(table('')))).toEqual({ kind: 'catalogue', items: [], skipped: 0, pagination: { next: 'none', lazy: false } });
  });
});

describe('pagination cues', () => {
  const one = table(row('Item', '', '4', ''));
  const paginationOf = (extra: string) => {
    const result = read(page(one + extra));
    return result.kind === 'catalogue' ? result.pagination : undefined;
  };

  it('finds the Next control by its name, and not when it is disabled', () => {
    expect(paginationOf('<nav><a href="?page=2" aria-label="Next page">›</a></nav>')?.next).toBe('link');
    expect(paginationOf('<nav><button disabled>Next</button></nav>')?.next).toBe('none');
    expect(paginationOf('<nav><span role="button" aria-disabled="true">Next</span></nav>')?.next).toBe('none');
    expect(paginationOf('<button>Load more</button>')?.next).toBe('load-more');
    expect(paginationOf('<a href="/next-steps">Next steps</a>')?.next).toBe('none');
  });

  it('reads the stated total, not a page count', () => {
    expect(paginationOf('<p>1 - 25 of 1,250</p>')?.total).toBe(1250);
    expect(paginationOf('<p>Page 1 of 20</p>')?.total).toBeUndefined();
    // Fewer rows than stated and no control: the rest must come by scrolling.
    expect(paginationOf('<p>Showing 1 of 40 items</p>')).toEqual({ next: 'none', total: 40, lazy: true });
  });
});

/**
 * The blind round's catalogues (test/fixtures/blind/portal-round-1/, written by a helper that never saw this code),
 * one screen of each as its own script renders it: scripts run in happy-dom, which has no layout.
 */
describe('catalogues of the blind portal round, one screen', () => {
  const BLIND = join(ROOT, 'test/fixtures/blind/portal-round-1');
  type Expected = { entries: ItemCatalogEntry[]; total: number };
  const expected = (name: string) => JSON.parse(readFileSync(join(BLIND, `${name}.expect.json`), 'utf8')) as Expected;

  /** `settled`: its timers run out first (happy-dom waits for them); else read as soon as it is written. */
  async function scripted(name: string, settled = true) {
    const { scriptedWindow } = await import('../../fill/ce-portal-page');
    const html = readFileSync(join(BLIND, `${name}.html`), 'utf8');
    const url = fixtureUrl(html)!;
    const window = scriptedWindow(url.href);
    window.document.write(html);
    if (settled) await window.happyDOM.waitUntilComplete();
    return { window, doc: window.document as unknown as Document, url };
  }

  it('a virtualised grid: the rows it has rendered under its scrolling viewport, numbered, and the size it states', async () => {
    const { window, doc, url } = await scripted('catalog-f-virtual');
    try {
      const result = read(doc, url);
      const rendered = doc.querySelectorAll('#catalogRows [role="row"]').length;
      expect(rendered).toBeGreaterThan(10);
      expect(result).toStrictEqual({
        kind: 'catalogue',
        items: expected('catalog-f-virtual').entries.slice(0, rendered),
        skipped: 0,
        pagination: { next: 'none', total: 300, lazy: true, virtual: true },
        rowIndexes: Array.from({ length: rendered }, (_, i) => i + 2),
      });
    } finally {
      await window.happyDOM.close();
    }
  });

  it('a first page that comes late: not a list while the spinner shows, its 25 rows and "of 92" once it has come', async () => {
    const { window, doc, url } = await scripted('catalog-g-late-paginated', false);
    try {
      expect(read(doc, url)).toStrictEqual({ kind: 'unrecognised', reason: { code: 'no-list' } });
      await new Promise((resolve) => window.setTimeout(resolve, 2_100));
      expect(read(doc, url)).toStrictEqual({
        kind: 'catalogue',
        items: expected('catalog-g-late-paginated').entries.slice(0, 25),
        skipped: 0,
        pagination: { next: 'button', total: 92, lazy: false },
      });
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('ARIA grids whose rows sit deeper', () => {
  it('reads rows under a presentational wrapper, but not those of a grid nested in a cell', () => {
    const doc = page(`<div role="grid" aria-rowcount="4">
      <div role="row"><span role="columnheader">Item</span><span role="columnheader">Credits</span><span role="columnheader">Details</span></div>
      <div role="presentation"><div role="rowgroup">
        <div role="row" aria-rowindex="2"><span role="gridcell">Alpha</span><span role="gridcell">8</span><span role="gridcell"></span></div>
        <div role="row" aria-rowindex="3"><span role="gridcell">Beta</span><span role="gridcell">16</span><span role="gridcell">
          <div role="grid"><div role="row"><span role="gridcell">Nested</span><span role="gridcell">99</span></div></div></span></div>
      </div></div></div>`);
    const result = read(doc);
    expect(items(result).map((i) => i.name)).toEqual(['Alpha', 'Beta']);
    // Three of the four rows the grid states are items (one is its header); two are rendered: more come by scrolling.
    expect(result).toMatchObject({ rowIndexes: [2, 3], pagination: { total: 3, virtual: true } });
  });

  it('a grid whose rows are all there is no virtualised grid', () => {
    const doc = page(`<div role="grid" aria-rowcount="2"><div role="row" aria-rowindex="1"><span role="columnheader">Item</span><span role="columnheader">Credits</span></div>
      <div role="presentation"><div role="row" aria-rowindex="2"><span role="gridcell">Alpha</span><span role="gridcell">8</span></div></div></div>`);
    const result = read(doc);
    expect(items(result)).toEqual([{ name: 'Alpha', credits: 8 }]);
    expect(result.kind === 'catalogue' && result.pagination.virtual).toBeFalsy();
  });
});
