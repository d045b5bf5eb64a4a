/**
 * Popup: time from navigation start to the first frame showing the progress, with 5,000 records stored, warm (the
 * service worker running) and cold (stopped just before, as after 30 idle seconds). Budget (architecture.md): within
 * 1.5x an empty extension page warm and 2x cold. Both pages are opened as tabs of the loaded extension, alternately,
 * each a fresh page; the popup's time includes what the user waits for: its bundle, the summary the worker kept in
 * session storage at the last opening (which outlives a stopped worker: the popup draws it first, saying it is
 * updating), rendering. When the worker's own answer came (cold: the worker starting, opening the database and
 * reading the records) is reported beside it, as detail.workerAnswerMs.
 *
 * Timed inside the page, from its own time origin (navigation start): a script run before the page's own watches the
 * DOM for the marker (the progress line; the empty page's body) and takes the next animation frame's time, the
 * frame that paints it. Nothing polls from outside until that time is taken, so the driver cannot slow what it times.
 */
import type { Page } from 'puppeteer-core';
import { DB_NAME } from '../../src/store/db';
import { EMPTY_PAGE, ONE_MODULE_MARK, ONE_MODULE_PAGE, type ExtensionBrowser } from './extension-browser';
import { InvalidMeasurement, median, middleHalf, relativeFigure, round, type Figure } from './figures';
import { certifications, makeRecords } from './progress';

const POPUP_PAGE = 'src/ui/popup/index.html';
const STORED_RECORDS = 5_000;
const POPUP_MAX_RATIO = { warm: 1.5, cold: 2 } as const;
type Temperature = keyof typeof POPUP_MAX_RATIO;
/** Either the progress bar's total or, for a path without credits, its standing: the popup's first answer. */
const PROGRESS_SELECTOR = 'main.popup .progress-total';
const RENDERED_GLOBAL = '__recertBenchRenderedAt';
/**
 * The popup's first frame of any kind (its "Loading" state): the time up to it is the page and its bundle, the
 * time after it is waiting for the service worker's answer and rendering it. Recorded to say where time goes.
 */
const SHELL_GLOBAL = '__recertBenchShellAt';
/** The frame after the worker's answer replaced the stored summary (the popup is no longer busy). */
const ANSWERED_GLOBAL = '__recertBenchAnsweredAt';
const WARMUP_RUNS = 2;
/** Each sample is three tab loads (popup, empty page, one-module page) with the browser's own overhead: more would not fit 5 minutes. */
const MAX_SAMPLES = 15;
const VIEWPORT = { width: 380, height: 600 };

/*
 * Passed as a string so that the page runs exactly this (tsx would otherwise rewrite named functions). It runs
 * before any of the page's scripts, in every page of the context; only the two measured pages act on it.
 */
const MARK_FIRST_RENDER = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const floor = location.pathname.endsWith(${JSON.stringify(`/${EMPTY_PAGE}`)}) ? 'body'
    : location.pathname.endsWith(${JSON.stringify(`/${ONE_MODULE_PAGE}`)}) ? ${JSON.stringify(ONE_MODULE_MARK)} : undefined;
  const marks = {
    [${JSON.stringify(RENDERED_GLOBAL)}]: floor ?? ${JSON.stringify(PROGRESS_SELECTOR)},
    [${JSON.stringify(SHELL_GLOBAL)}]: floor ?? 'main.popup',
    [${JSON.stringify(ANSWERED_GLOBAL)}]: floor ?? 'main.popup:not([aria-busy]) .progress-total',
  };
  const observer = new MutationObserver(() => {
    for (const [name, selector] of Object.entries(marks)) {
      if (!document.querySelector(selector)) continue;
      delete marks[name];
      requestAnimationFrame((frameTime) => { window[name] = frameTime; });
    }
    if (Object.keys(marks).length === 0) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
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

/** Polled from Node: the extension's CSP forbids the string evaluation a driver's in-page waiting does. */
async function until<T>(page: Page, expression: string, accept: (value: unknown) => value is T = (value): value is T => value === true): Promise<T> {
  const deadline = Date.now() + RENDER_TIMEOUT_MS;
  for (;;) {
    const value: unknown = await page.evaluate(expression);
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${expression} did not come true within ${RENDER_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function renderedAt(page: Page, mark: string): Promise<number> {
  return until(page, `window.${mark}`, (value): value is number => typeof value === 'number');
}

interface Load {
  ms: number;
  shellMs: number;
  answeredMs: number;
  /** Rows in the popup's latest-records list: proof the records were read, not an empty state. */
  recordRows: number;
}

async function timeLoad(browser: ExtensionBrowser, path: string, temperature: Temperature): Promise<Load> {
  if (temperature === 'cold') await browser.stopWorkers();
  const page = await browser.browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(MARK_FIRST_RENDER);
    await page.goto(browser.extensionUrl(path), { waitUntil: 'domcontentloaded' });
    const ms = await renderedAt(page, RENDERED_GLOBAL);
    const answeredMs = await renderedAt(page, ANSWERED_GLOBAL);
    const shellMs = (await page.evaluate(`window.${SHELL_GLOBAL}`)) as number;
    const recordRows = (await page.evaluate(`document.querySelectorAll('li.record').length`)) as number;
    return { ms, shellMs, answeredMs, recordRows };
  } catch (error) {
    throw new InvalidMeasurement(`${path}: no first render to time (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await page.close();
  }
}

export async function measurePopupRender(browser: ExtensionBrowser, runs: number): Promise<Figure[]> {
  const seeder = await browser.browser.newPage();
  try {
    // The service worker creates the database's stores when the popup first asks it for something; then seed.
    await seeder.goto(browser.extensionUrl(POPUP_PAGE));
    await until(seeder, `document.querySelector('main.popup:not([aria-busy])') !== null`);
    const stored = await seeder.evaluate(seedScript(makeRecords(STORED_RECORDS), certifications));
    if (stored !== STORED_RECORDS) throw new InvalidMeasurement(`the extension's database holds ${String(stored)} records after seeding, not ${STORED_RECORDS}`);
  } finally {
    await seeder.close();
  }

  const samples = Math.max(5, Math.min(runs, MAX_SAMPLES));
  const figures: Figure[] = [];
  for (const temperature of ['warm', 'cold'] as const) {
    // The first opening after the seeding reads the records anew and keeps the summary the next openings start from.
    for (let i = 0; i < WARMUP_RUNS; i++) {
      await timeLoad(browser, POPUP_PAGE, temperature);
      await timeLoad(browser, EMPTY_PAGE, temperature);
      await timeLoad(browser, ONE_MODULE_PAGE, temperature);
    }
    const popup: Load[] = [];
    const empty: number[] = [];
    const oneModule: number[] = [];
    for (let i = 0; i < samples; i++) {
      popup.push(await timeLoad(browser, POPUP_PAGE, temperature));
      empty.push((await timeLoad(browser, EMPTY_PAGE, temperature)).ms);
      oneModule.push((await timeLoad(browser, ONE_MODULE_PAGE, temperature)).ms);
    }
    const popupMs = median(popup.map((load) => load.ms));
    const recordRows = Math.min(...popup.map((load) => load.recordRows));
    if (recordRows === 0) throw new InvalidMeasurement('the popup rendered progress but listed no records: it did not read the seeded ones');
    figures.push(
      relativeFigure(
        {
          id: `popup.first-progress-5k-records.${temperature}`,
          label: `popup to first progress, ${STORED_RECORDS.toLocaleString('en')} records, ${temperature}`,
          value: popupMs,
          baseline: median(empty),
          detail: {
            records: STORED_RECORDS,
            certifications: certifications.length,
            worker: temperature === 'cold' ? 'stopped before each opening' : 'running',
            samples,
            recordRows,
            firstFrameMs: round(median(popup.map((load) => load.shellMs))),
            // How far the samples spread: the empty page's time moves with the machine as much as the popup's.
            middleHalfMs: middleHalf(popup.map((load) => round(load.ms, 1))),
            baselineMiddleHalfMs: middleHalf(empty.map((ms) => round(ms, 1))),
            // When the worker's own answer replaced the stored summary: what the first frame saved the user.
            workerAnswerMs: round(median(popup.map((load) => load.answeredMs))),
            baselinePage: EMPTY_PAGE,
            // Any extension page that runs a script pays for one file through the extension's loader before its
            // first frame (README, Budgets): the popup against such a page, for the record; the budget is the above.
            oneModulePageMs: round(median(oneModule)),
            ratioToOneModulePage: round(popupMs / median(oneModule), 2),
            oneModulePageMiddleHalfMs: middleHalf(oneModule.map((ms) => round(ms, 1))),
          },
        },
        POPUP_MAX_RATIO[temperature],
      ),
    );
  }
  return figures;
}
