/**
 * Writes the modelled CE Item Catalog pages into test/fixtures/portal/: a table of 500 items shown 25 at a time
 * behind the page's own Previous/Next buttons, a list that loads 40 more items whenever it is scrolled near its
 * end, and a catalogue whose markup no reader can make sense of; plus item-catalog-expected.json, what a reader
 * must make of the 500 items. The pages carry their items as inline JSON (as a portal's first API response would)
 * and render the first screen in the markup too, so they read the same with and without scripts. Deterministic:
 * run it twice and get identical files. Run: npx tsx scripts/make-item-catalog-pages.ts [output folder]
 * (a test writes to a temporary folder and compares with the committed files).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueEntries, type ShownItem } from './item-catalog-entries';

const OUT = process.argv[2] ?? fileURLToPath(new URL('../test/fixtures/portal/', import.meta.url));
const TABLE_PAGE_SIZE = 25;
const LIST_BATCH = 40;
/** How long the pages take to "fetch" the next items: long enough to be seen, short enough for tests. */
const FETCH_MS = 60;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside <script>: "</" must not close the element early. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const STYLE = `body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#1e2833;background:#f3f5f7}
    .ce-hdr_4k{display:flex;justify-content:space-between;padding:12px 28px;background:#0d274d;color:#fff}.ce-hdr_4k a{color:#fff;margin-right:18px}
    .ce-card_7x{background:#fff;border-radius:6px;padding:16px 20px;margin:20px 28px}
    .ce-tbl_1a{width:100%;border-collapse:collapse}.ce-tbl_1a th,.ce-tbl_1a td{text-align:left;padding:8px;border-bottom:1px solid #e5e8eb}
    .ce-pg_2m{display:flex;gap:12px;align-items:center;justify-content:space-between}
    .ce-feed_5t{max-height:70vh;overflow:auto}.ce-feed_5t article{border-bottom:1px solid #e5e8eb;padding:8px 0}
    .ce-feed_5t dl{display:grid;grid-template-columns:repeat(5,auto);gap:4px 16px;margin:0}.ce-feed_5t dt{color:#5a6270}.ce-feed_5t dd{margin:0}
    .ce-tiles_8r{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}.ce-tile_3w{background:#fff;padding:12px}`;

function page(url: string, lang: string, main: string, script = ''): string {
  return `<!-- url: ${url} -->
<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>Item Catalog | Cisco Continuing Education</title>
  <style>
    ${STYLE}
  </style>
</head>
<body>
  <header class="ce-hdr_4k">
    <nav aria-label="Portal"><a href="/dashboard">Dashboard</a><a href="/item-catalog" aria-current="page">Item Catalog</a><a href="/help">Help</a></nav>
    <a href="/submit-items">Submit Items</a>
  </header>
  <main>
    <h1>Item Catalog</h1>
${main}
  </main>
  <footer><span>© 2026 Cisco Systems, Inc.</span></footer>${script}
</body>
</html>
`;
}

const dataScript = (shown: readonly ShownItem[]) => `\n  <script type="application/json" id="catalog-data">${inlineJson(shown)}</script>`;

function tableRow(item: ShownItem): string {
  const cells = [`<a href="/item-catalog/items/${escapeHtml(item.code ?? 'detail')}">${escapeHtml(item.name)}</a>`, item.code ?? '—', item.type, item.provider, item.credits, item.until ?? '—'];
  return `<tr>${cells.map((cell, i) => `<td>${i === 0 ? cell : escapeHtml(cell)}</td>`).join('')}</tr>`;
}

function tablePage(shown: readonly ShownItem[]): string {
  const pages = Math.ceil(shown.length / TABLE_PAGE_SIZE);
  const main = `    <p>Items that earn Cisco Continuing Education credits. Claim a completed item from Submit Items.</p>
    <section class="ce-card_7x" aria-label="Catalog items">
      <table class="ce-tbl_1a" id="catalog-table">
        <thead><tr><th aria-sort="ascending">Item Name ▲</th><th>Item ID</th><th>Type</th><th>Provider</th><th>CE Credits</th><th>Available until</th></tr></thead>
        <tbody id="catalog-rows">
          ${shown.slice(0, TABLE_PAGE_SIZE).map(tableRow).join('\n          ')}
        </tbody>
      </table>
      <div class="ce-pg_2m">
        <p id="catalog-range" role="status">Showing 1–${TABLE_PAGE_SIZE} of ${shown.length}</p>
        <nav aria-label="Pagination">
          <button type="button" id="catalog-prev" disabled>Previous</button>
          <span id="catalog-page">Page 1 of ${pages}</span>
          <button type="button" id="catalog-next">Next</button>
        </nav>
      </div>
    </section>`;
  const script = `${dataScript(shown)}
  <script>
    (() => {
      const items = JSON.parse(document.getElementById('catalog-data').textContent);
      const size = ${TABLE_PAGE_SIZE};
      const pages = Math.ceil(items.length / size);
      const table = document.getElementById('catalog-table');
      const rows = document.getElementById('catalog-rows');
      const prev = document.getElementById('catalog-prev');
      const next = document.getElementById('catalog-next');
      let current = 0;
      const cell = (text) => { const td = document.createElement('td'); td.textContent = text; return td; };
      function row(item) {
        const tr = document.createElement('tr');
        const name = document.createElement('td');
        const link = document.createElement('a');
        link.href = '/item-catalog/items/' + (item.code || 'detail');
        link.textContent = item.name;
        name.append(link);
        tr.append(name, cell(item.code || '—'), cell(item.type), cell(item.provider), cell(item.credits), cell(item.until || '—'));
        return tr;
      }
      function render() {
        const first = current * size;
        rows.replaceChildren(...items.slice(first, first + size).map(row));
        document.getElementById('catalog-range').textContent = 'Showing ' + (first + 1) + '–' + Math.min(first + size, items.length) + ' of ' + items.length;
        document.getElementById('catalog-page').textContent = 'Page ' + (current + 1) + ' of ' + pages;
        prev.disabled = current === 0;
        next.disabled = current === pages - 1;
      }
      function go(step) {
        // As a portal fetching the next page: busy, then the rows change.
        table.setAttribute('aria-busy', 'true');
        prev.disabled = next.disabled = true;
        setTimeout(() => { current = Math.min(pages - 1, Math.max(0, current + step)); render(); table.removeAttribute('aria-busy'); }, ${FETCH_MS});
      }
      prev.addEventListener('click', () => go(-1));
      next.addEventListener('click', () => go(1));
    })();
  </script>`;
  return page('https://ce.cisco.com/item-catalog', 'en-US', main, script);
}

function card(item: ShownItem, i: number): string {
  const pairs: [string, string | undefined][] = [['Item ID', item.code], ['Credits', item.credits], ['Delivery', item.type], ['Provider', item.provider], ['Offer ends', item.until]];
  const entries = pairs.filter((p): p is [string, string] => p[1] !== undefined).map(([label, value]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`);
  return `<article aria-labelledby="item-${i}"><h3 id="item-${i}">${escapeHtml(item.name)}</h3><dl>${entries.join('')}</dl></article>`;
}

function listPage(shown: readonly ShownItem[]): string {
  const main = `    <p>Items that earn Cisco Continuing Education credits. Scroll to see more.</p>
    <section class="ce-card_7x" aria-label="Catalog items">
      <p id="catalog-count" role="status">Showing ${LIST_BATCH} of ${shown.length} items</p>
      <div class="ce-feed_5t" id="catalog-feed" role="feed" aria-busy="false" aria-label="Catalog items">
        ${shown.slice(0, LIST_BATCH).map(card).join('\n        ')}
      </div>
      <p id="catalog-loading" hidden>Loading more items…</p>
    </section>`;
  const script = `${dataScript(shown)}
  <script>
    (() => {
      const items = JSON.parse(document.getElementById('catalog-data').textContent);
      const feed = document.getElementById('catalog-feed');
      const loading = document.getElementById('catalog-loading');
      let shown = ${LIST_BATCH};
      let busy = false;
      function card(item, i) {
        const article = document.createElement('article');
        article.setAttribute('aria-labelledby', 'item-' + i);
        const heading = document.createElement('h3');
        heading.id = 'item-' + i;
        heading.textContent = item.name;
        const dl = document.createElement('dl');
        for (const [label, value] of [['Item ID', item.code], ['Credits', item.credits], ['Delivery', item.type], ['Provider', item.provider], ['Offer ends', item.until]]) {
          if (value === undefined) continue;
          const pair = document.createElement('div');
          const dt = document.createElement('dt');
          const dd = document.createElement('dd');
          dt.textContent = label;
          dd.textContent = value;
          pair.append(dt, dd);
          dl.append(pair);
        }
        article.append(heading, dl);
        return article;
      }
      const nearEnd = () =>
        feed.scrollTop + feed.clientHeight >= feed.scrollHeight - 200 ||
        window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 200;
      function more() {
        if (busy || shown >= items.length || !nearEnd()) return;
        busy = true;
        feed.setAttribute('aria-busy', 'true');
        loading.hidden = false;
        setTimeout(() => {
          feed.append(...items.slice(shown, shown + ${LIST_BATCH}).map((item, i) => card(item, shown + i)));
          shown = Math.min(items.length, shown + ${LIST_BATCH});
          document.getElementById('catalog-count').textContent = 'Showing ' + shown + ' of ' + items.length + ' items';
          feed.setAttribute('aria-busy', 'false');
          loading.hidden = true;
          busy = false;
        }, ${FETCH_MS});
      }
      feed.addEventListener('scroll', more, { passive: true });
      window.addEventListener('scroll', more, { passive: true });
    })();
  </script>`;
  return page('https://ce.cisco.com/item-catalog/all?view=list', 'en-GB', main, script);
}

/** Tiles of pictures and bare text, and a table of topics: a catalogue to the eye, nothing a reader can pair up. */
function unrecognisedPage(shown: readonly ShownItem[]): string {
  const tiles = shown.slice(0, 12).map(
    (item) => `<div class="ce-tile_3w"><canvas width="160" height="90" aria-hidden="true"></canvas><div>${escapeHtml(item.name)}</div><div>${escapeHtml(item.credits)} · ${escapeHtml(item.type)}</div></div>`,
  );
  const main = `    <section class="ce-card_7x" aria-label="Featured items">
      <h2>Featured this month</h2>
      <div class="ce-tiles_8r">
        ${tiles.join('\n        ')}
      </div>
    </section>
    <section class="ce-card_7x" aria-labelledby="topics-h">
      <h2 id="topics-h">Browse by topic</h2>
      <table class="ce-tbl_1a">
        <thead><tr><th>Topic</th><th>Items</th><th>Updated</th></tr></thead>
        <tbody>
          <tr><td>Enterprise networking</td><td>142</td><td>Mar 2, 2026</td></tr>
          <tr><td>Security</td><td>96</td><td>Feb 27, 2026</td></tr>
          <tr><td>Automation and programmability</td><td>58</td><td>Mar 9, 2026</td></tr>
        </tbody>
      </table>
    </section>`;
  return page('https://ce.cisco.com/item-catalog/featured', 'en', main);
}

const entries = catalogueEntries();
const shown = entries.map((entry) => entry.shown);
const files: Record<string, string> = {
  'item-catalog-table.html': tablePage(shown),
  'item-catalog-list.html': listPage(shown),
  'item-catalog-unrecognised.html': unrecognisedPage(shown),
  'item-catalog-expected.json': `${JSON.stringify(entries.map((entry) => entry.item), null, 1)}\n`,
};
mkdirSync(OUT, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(OUT, name), text);
process.stdout.write(`wrote ${Object.keys(files).length} files to ${OUT}\n`);
