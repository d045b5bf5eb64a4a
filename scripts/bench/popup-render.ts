/**
 * Popup: time from navigation start to the first frame showing the progress, with 5,000 records stored (budget:
 * within 1.5x the time an empty extension page takes to its first frame, architecture.md). Both pages are
 * opened as tabs of the loaded extension, alternately, each a fresh page; the popup's time includes what the
 * user waits for: its bundle, the message to the service worker, reading the records, progress(), rendering.
 *
 * Timed inside the page, from its own time origin (navigation start): an init script watches the DOM for the
 * marker (the progress line; the empty page's body) and takes the next animation frame's time, the frame that
 * paints it. Nothing polls from outside until that time is taken, so the driver cannot slow what it times.
 */
import type { Page } from 'playwright-core';
import { DB_NAME } from '../../src/store/db';
import { EMPTY_PAGE, type ExtensionBrowser } from './extension-browser';
import { InvalidMeasurement, median, relativeFigure, round, type Figure } from './figures';
import { certifications, makeRecords } from './progress';

const POPUP_PAGE = 'src/ui/popup/index.html';
const STORED_RECORDS = 5_000;
const POPUP_MAX_RATIO = 1.5;
/** Either the progress bar's total or, for a path without credits, its standing: the popup's first answer. */
const PROGRESS_SELECTOR = 'main.popup .progress-total';
const RENDERED_GLOBAL = '__recertBenchRenderedAt';
/**
 * The popup's first frame of any kind (its "Loading" state): the time up to it is the page and its bundle, the
 * time after it is waiting for the service worker's answer and rendering it. Recorded to say where time goes.
 */
const SHELL_GLOBAL = '__recertBenchShellAt';
const WARMUP_RUNS = 2;
/** Each sample is two tab loads (popup, empty page) with the browser's own overhead: more would not fit 5 minutes. */
const MAX_SAMPLES = 15;
const VIEWPORT = { width: 380, height: 600 };

/*
 * Passed as a string so that the page runs exactly this (tsx would otherwise rewrite named functions). It runs
 * before any of the page's scripts, in every page of the context; only the two measured pages act on it.
 */
const MARK_FIRST_RENDER = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const empty = location.pathname.endsWith(${JSON.stringify(`/${EMPTY_PAGE}`)});
  const marks = { [${JSON.stringify(RENDERED_GLOBAL)}]: empty ? 'body' : ${JSON.stringify(PROGRESS_SELECTOR)}, [${JSON.stringify(SHELL_GLOBAL)}]: empty ? 'body' : 'main.popup' };
  const observer = new MutationObserver(() => {
    for (const [name, selector] of Object.entries(marks)) {
      if (!document.querySelector(selector)) continue;
      delete marks[name];
      requestAnimationFrame((frameTime) => { window[name] = frameTime; });
    }
    if (Object.keys(marks).length === 0) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Writes the records and certifications straight into the extension's database, as an import would leave them. */
function seedScript(records: unknown[], certs: unknown[]): string {
  return `new Promise((resolve, reject) => {
  const open = indexedDB.open(${JSON.stringify(DB_NAME)});
  open.onerror = () => reject(new Error('indexedDB.open: ' + open.error));
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['records', 'certifications'], 'readwrite');
    tx.objectStore('records').clear();
    tx.objectStore('certifications').clear();
    for (const r of ${JSON.stringify(records)}) tx.objectStore('records').put(r);
    for (const c of ${JSON.stringify(certs)}) tx.objectStore('certifications').put(c);
    tx.oncomplete = () => {
      const count = db.transaction('records').objectStore('records').count();
      count.onsuccess = () => { db.close(); resolve(count.result); };
    };
    tx.onerror = () => reject(new Error('seeding: ' + tx.error));
  };
})`;
}

const POLL_MS = 20;
const RENDER_TIMEOUT_MS = 15_000;

/** Polled from Node: the extension's CSP forbids the string evaluation page.waitForFunction does in the page. */
async function renderedAt(page: Page): Promise<number> {
  const deadline = Date.now() + RENDER_TIMEOUT_MS;
  for (;;) {
    const at = (await page.evaluate(`window.${RENDERED_GLOBAL}`)) as number | undefined;
    if (typeof at === 'number') return at;
    if (Date.now() > deadline) throw new Error(`nothing rendered within ${RENDER_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

interface Load {
  ms: number;
  shellMs: number;
  /** Rows in the popup's latest-records list: proof the records were read, not an empty state. */
  recordRows: number;
}

async function timeLoad(browser: ExtensionBrowser, path: string): Promise<Load> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize(VIEWPORT);
    await page.goto(browser.extensionUrl(path), { waitUntil: 'commit' });
    const ms = await renderedAt(page);
    const shellMs = (await page.evaluate(`window.${SHELL_GLOBAL}`)) as number;
    const recordRows = (await page.evaluate(`document.querySelectorAll('li.record').length`)) as number;
    return { ms, shellMs, recordRows };
  } catch (error) {
    throw new InvalidMeasurement(`${path}: no first render to time (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await page.close();
  }
}

export async function measurePopupRender(browser: ExtensionBrowser, runs: number): Promise<Figure> {
  await browser.context.addInitScript({ content: MARK_FIRST_RENDER });
  const seeder = await browser.context.newPage();
  try {
    // The service worker creates the database's stores when the popup first asks it for something; then seed.
    await seeder.goto(browser.extensionUrl(POPUP_PAGE));
    await seeder.waitForSelector('main.popup:not([aria-busy])');
    const stored = await seeder.evaluate(seedScript(makeRecords(STORED_RECORDS), certifications));
    if (stored !== STORED_RECORDS) throw new InvalidMeasurement(`the extension's database holds ${String(stored)} records after seeding, not ${STORED_RECORDS}`);
  } finally {
    await seeder.close();
  }

  for (let i = 0; i < WARMUP_RUNS; i++) {
    await timeLoad(browser, POPUP_PAGE);
    await timeLoad(browser, EMPTY_PAGE);
  }
  const samples = Math.max(5, Math.min(runs, MAX_SAMPLES));
  const popup: number[] = [];
  const popupShell: number[] = [];
  const empty: number[] = [];
  let recordRows = 0;
  for (let i = 0; i < samples; i++) {
    const load = await timeLoad(browser, POPUP_PAGE);
    popup.push(load.ms);
    popupShell.push(load.shellMs);
    recordRows = load.recordRows;
    empty.push((await timeLoad(browser, EMPTY_PAGE)).ms);
  }
  if (recordRows === 0) throw new InvalidMeasurement('the popup rendered progress but listed no records: it did not read the seeded ones');
  return relativeFigure(
    {
      id: 'popup.first-progress-5k-records',
      label: `popup to first progress, ${STORED_RECORDS.toLocaleString('en')} records`,
      value: median(popup),
      baseline: median(empty),
      detail: { records: STORED_RECORDS, certifications: certifications.length, samples, recordRows, firstFrameMs: round(median(popupShell)), baselinePage: EMPTY_PAGE },
    },
    POPUP_MAX_RATIO,
  );
}
