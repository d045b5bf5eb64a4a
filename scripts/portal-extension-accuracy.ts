/**
 * npm run accuracy:portal-extension: the built extension (dist/chrome, `npm run build` first) on the blind portal
 * rounds' Item Catalogs and Submit Items forms (test/fixtures/blind/portal-round-N/catalog-*.html, submit-*.html), as
 * a user meets them. Chromium loads the extension unpacked; each page is served at its real address by request
 * interception, in a fresh profile, so its own scripts run (virtualised rows, late pages, dialogs).
 * - A catalogue: the page is opened and the extension left to do what it does on its own (read it, follow its pages,
 *   store it); each expected item's fields (name, code, credits, type, provider, last day to claim) are compared with
 *   the stored catalogue's item of the same code.
 * - A form: a record with its certificate PDF is stored (as the dashboard's PDF import does), the page is opened, the
 *   control that opens the form (NAME.expect.json's `opensWith`) is clicked, and the record is chosen for the tab as
 *   the popup's "Submit" does. Each expected field is scored by what it holds; a decoy that holds anything counts
 *   against it.
 * Prints JSON: fields right per page and overall, and every miss.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DIST, PDFS_DIR, POPUP_PATH, ROOT, readStoreJs, sendMessageJs } from '../test/e2e/helpers';
import { fixtureUrl } from '../test/helpers/fixtures';
import { same, type Miss } from './portal-scoring';

const BLIND = join(ROOT, 'test/fixtures/blind');
/** The follower's own bound is 30 s; past it, nothing more will be stored. */
const CATALOGUE_WAIT_MS = 45_000;
const FORM_WAIT_MS = 8_000;
const ITEM_FIELDS = ['name', 'code', 'credits', 'type', 'provider', 'availableUntil'] as const;

/** The record the forms are filled from: an item both forms' suggestion lists know. */
const RECORD = {
  title: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3',
  provider: 'Cisco',
  startDate: '2026-10-05',
  endDate: '2026-10-09',
  certificateCode: '8F3K-22QX',
  pdf: 'award-completion.pdf',
};
const FORM_EXPECTED: Record<string, string> = {
  itemName: RECORD.title,
  startDate: '10/05/2026',
  endDate: '10/09/2026',
  validationCode: RECORD.certificateCode,
  certificate: RECORD.pdf,
};

type Entry = Partial<Record<(typeof ITEM_FIELDS)[number], string | number>>;

/** "10/5/2026" and "10/05/2026" are the same day to the form. */
const sameDate = (want: string, got: unknown) => typeof got === 'string' && got.split('/').map(Number).join('/') === want.split('/').map(Number).join('/');

async function launch(): Promise<{ context: BrowserContext; extension: Page; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'recert-accuracy-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${DIST.chrome}`,
      `--load-extension=${DIST.chrome}`,
      // Nothing leaves the machine: the pages come from request interception.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  const extension = await context.newPage();
  await extension.goto(`chrome-extension://${new URL(worker.url()).host}/${POPUP_PATH}`);
  return { context, extension, dir };
}

async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  const address = url.replace(/[?#].*$/, '');
  await context.route('https://ce.cisco.com/**', (route) =>
    route.request().url().replace(/[?#].*$/, '') === address ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.fulfill({ status: 404, body: '' }),
  );
}

async function scoreCatalogue(name: string, html: string, expected: { entries: Entry[]; total: number }, url: string) {
  const { context, extension, dir } = await launch();
  const started = Date.now();
  try {
    await serve(context, url, html);
    const tab = await context.newPage();
    await tab.goto(url);
    let stored: { items: Entry[]; complete: boolean } | undefined;
    while (Date.now() - started < CATALOGUE_WAIT_MS) {
      [stored] = (await extension.evaluate(readStoreJs('itemCatalog'))) as Array<{ items: Entry[]; complete: boolean }>;
      if (stored) break;
      await tab.waitForTimeout(500);
    }
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const found = new Map((stored?.items ?? []).map((item) => [String(item.code ?? item.name).toUpperCase(), item]));
    let right = 0;
    let total = 0;
    const misses: Miss[] = [];
    for (const want of expected.entries) {
      const got = found.get(String(want.code).toUpperCase());
      found.delete(String(want.code).toUpperCase());
      for (const field of ITEM_FIELDS) {
        if (want[field] === undefined) continue;
        total += 1;
        if (same(want[field], got?.[field])) right += 1;
        else misses.push({ page: name, item: String(want.code), field, expected: want[field], found: got?.[field] });
      }
    }
    return { page: name, right, total, itemsStored: stored?.items.length ?? 0, itemsExpected: expected.total, storedComplete: stored?.complete ?? null, itemsNotThere: found.size, seconds, misses };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A record with its certificate, stored the way the dashboard's PDF import stores one; returns its id. */
async function storeRecord(extension: Page): Promise<string> {
  const pdf = [...readFileSync(join(PDFS_DIR, RECORD.pdf))];
  const transferId = await extension.evaluate(async ({ bytes }) => {
    const open = indexedDB.open('recert-companion');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const id = crypto.randomUUID();
    const tx = db.transaction('transfers', 'readwrite');
    tx.objectStore('transfers').put({ id, blob: new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), createdAt: new Date().toISOString() });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return id;
  }, { bytes: pdf });
  // The background opens (and creates) the database on its first message.
  const fields = {
    title: RECORD.title, provider: RECORD.provider, startDate: RECORD.startDate, endDate: RECORD.endDate, certificateCode: RECORD.certificateCode,
    credits: '64', creditUnit: 'CE', hours: '', program: 'cisco', category: '', sourceUrl: '',
  };
  const reply = (await extension.evaluate(sendMessageJs({ type: 'pdf.import', fields, file: { name: RECORD.pdf, type: 'application/pdf', transferId } }))) as { ok: boolean; data?: { record?: { id: string } }; error?: unknown };
  const id = reply.data?.record?.id;
  if (!reply.ok || !id) throw new Error(`The record was not stored: ${JSON.stringify(reply)}`);
  return id;
}

interface FormExpect {
  fields: Record<string, string>;
  opensWith: string | null;
  decoys: string[];
}

async function scoreForm(name: string, html: string, expected: FormExpect, url: string) {
  const { context, extension, dir } = await launch();
  try {
    await extension.evaluate(sendMessageJs({ type: 'settings.get' }));
    const recordId = await storeRecord(extension);
    await serve(context, url, html);
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForTimeout(1_000);
    // The user opens the form where the page asks for a click, then presses Submit on the record in the popup.
    if (expected.opensWith) await tab.click(expected.opensWith);
    await tab.waitForTimeout(1_000);
    const tabId = (await extension.evaluate(`chrome.tabs.query({ url: 'https://ce.cisco.com/*' }).then((tabs) => tabs[0]?.id)`)) as number | undefined;
    const submit = await extension.evaluate(sendMessageJs({ type: 'record.submit', recordId, tabId }));
    await tab.waitForTimeout(FORM_WAIT_MS);
    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    const shown = (await tab.evaluate(`(() => {
      const value = (selector) => {
        const el = document.querySelector(selector);
        if (!el) return null;
        return el.type === 'file' ? (el.files?.[0]?.name ?? '') : el.value;
      };
      const fields = ${JSON.stringify(expected.fields)};
      const decoys = ${JSON.stringify(expected.decoys)};
      return { fields: Object.fromEntries(Object.entries(fields).map(([k, s]) => [k, value(s)])), decoys: Object.fromEntries(decoys.map((s) => [s, value(s)])) };
    })()`)) as { fields: Record<string, string | null>; decoys: Record<string, string | null> };
    let right = 0;
    let total = 0;
    const misses: Miss[] = [];
    for (const [field, want] of Object.entries(FORM_EXPECTED)) {
      if (!(field in expected.fields)) continue;
      total += 1;
      const got = shown.fields[field];
      const ok = field.endsWith('Date') ? sameDate(want, got) : same(want, got);
      if (ok) right += 1;
      else misses.push({ page: name, item: expected.fields[field]!, field, expected: want, found: got });
    }
    const decoysTouched = Object.entries(shown.decoys).filter(([, v]) => v !== null && v !== '').map(([s]) => s);
    return { page: name, right, total, decoysTouched, submitReply: submit, misses };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
const rounds = readdirSync(BLIND).filter((n) => /^portal-round-\d+$/.test(n)).sort();
const report: Record<string, unknown> = {};
for (const round of rounds) {
  const dir = join(BLIND, round);
  const pages = readdirSync(dir).filter((n) => /^(?:catalog|submit)-.*\.html$/.test(n) && (only.length === 0 || only.some((o) => n.includes(o)))).sort();
  const catalogues = [];
  const forms = [];
  for (const name of pages) {
    const html = readFileSync(join(dir, name), 'utf8');
    const url = fixtureUrl(html)?.href;
    if (!url) throw new Error(`${round}/${name} has no leading <!-- url: … --> comment`);
    const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.html$/, '.expect.json')), 'utf8'));
    if (name.startsWith('catalog-')) catalogues.push(await scoreCatalogue(name, html, expected, url));
    else forms.push(await scoreForm(name, html, expected, url));
  }
  const sum = (list: Array<{ right: number; total: number }>) => {
    const right = list.reduce((n, r) => n + r.right, 0);
    const total = list.reduce((n, r) => n + r.total, 0);
    return { fieldsRight: right, fields: total, share: total ? Number((right / total).toFixed(3)) : null };
  };
  report[round] = {
    catalogues: { ...sum(catalogues), pages: catalogues.map(({ misses, ...rest }) => ({ ...rest, misses: misses.length })) },
    forms: { ...sum(forms), pages: forms.map(({ misses: _misses, ...rest }) => rest) },
    misses: [...catalogues, ...forms].flatMap((r) => r.misses.slice(0, 20)),
  };
}
console.log(JSON.stringify(report, null, 2));
