/**
 * What the content script adds to loading a page, in real headless Chromium with the built extension, against the
 * floor: the same page in a Chromium whose only extension has an empty classic content script on the same matches
 * (extension-browser.ts). Alternately, a fresh tab each time, warm (the service worker running) and cold (stopped
 * just before, as after 30 idle seconds: then the save wakes it):
 *  (a) a page on a host the content script matches that is not a completion page (u.cisco.com search);
 *  (b) the 5,000-element Cisco U. completion page: detect, extract, the message to the service worker, the toast.
 * Budgets (architecture.md): (a) within 5 ms of the floor, (b) within 40 ms.
 *
 * Each load is watched for a fixed time after `load` (SETTLE_MS), long enough for everything the script does there.
 * Measured with the DevTools protocol's Performance.getMetrics, TaskDuration in threadTicks: the main thread's CPU
 * time in tasks, summed by the renderer itself. It covers the script's injection, compilation, its run, style and
 * layout of the toast, and excludes time the thread sat descheduled by a busy machine. The page is left alone for a
 * fixed settle time after `load` with no protocol commands in flight. The toast is checked for afterwards, to be
 * sure the capture path ran; the isolated world the content script runs in is checked for on both browsers.
 */
import type { CDPSession } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';
import { InvalidMeasurement, addedFigure, median, middleHalf, round, type Figure } from './figures';
import { padToElements, readFixture } from './padded-page';
import type { ServedPage } from './page-server';

const PAGE_ELEMENTS = 5_000;
/**
 * How long a load is watched after `load`. On a completion page: the scan starts when the page is idle, then the
 * save wakes the service worker (cold: starts it) and the toast shows. On a page the adapter declines: the script
 * looks once more, 1.5 s after its scan, for a completion its adapter could not read (the "Finish capture" offer),
 * and that look is part of what the page pays.
 */
const SETTLE_MS = { completion: 900, declined: 2_500 } as const;
const WARMUP_RUNS = 2;
/** Each sample is two loads (ours, the floor's) of about a second with the settle time, per page and temperature. */
const MAX_SAMPLES = 9;
const TOAST = 'recert-companion-toast';

type Temperature = 'warm' | 'cold';

interface LoadCase {
  id: string;
  label: string;
  href: string;
  /** A completion page: the capture path must have run, which its toast proves. */
  completion: boolean;
  /** The most ours may add to the floor's main-thread time. */
  maxAddedMs: number;
}

/**
 * The renderer's own split of main-thread time: where the added time goes (script, or layout and paint the
 * script causes) is what tells a fix from a non-fix. Paint and scheduling fall under TaskOtherDuration.
 */
const PARTS = { taskMs: 'TaskDuration', scriptMs: 'ScriptDuration', layoutMs: 'LayoutDuration', styleMs: 'RecalcStyleDuration', otherMs: 'TaskOtherDuration' } as const;
type Part = keyof typeof PARTS;
type MainThread = Record<Part, number>;
const PART_NAMES = Object.keys(PARTS) as Part[];

interface LoadSample extends MainThread {
  contentScriptInjected: boolean;
  toast: boolean;
}

async function metrics(cdp: CDPSession): Promise<MainThread> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const ms = (part: Part) => (list.find((m) => m.name === PARTS[part])?.value ?? 0) * 1000;
  return Object.fromEntries(PART_NAMES.map((part) => [part, ms(part)])) as MainThread;
}

async function loadOnce(browser: ExtensionBrowser, test: LoadCase, temperature: Temperature): Promise<LoadSample> {
  const { href } = test;
  if (temperature === 'cold') await browser.stopWorkers();
  const page = await browser.browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    let contentScriptInjected = false;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string } | undefined;
      if (aux?.type === 'isolated' && context.name === browser.name) contentScriptInjected = true;
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    await page.goto(href, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, settleMs(test)));
    const after = await metrics(cdp);
    const toast = (await page.evaluate(`document.querySelector(${JSON.stringify(TOAST)}) !== null`)) as boolean;
    const spent = Object.fromEntries(PART_NAMES.map((part) => [part, after[part] - before[part]])) as MainThread;
    return { ...spent, contentScriptInjected, toast };
  } finally {
    await page.close();
  }
}

const settleMs = (test: LoadCase) => (test.completion ? SETTLE_MS.completion : SETTLE_MS.declined);

function check(test: LoadCase, ours: LoadSample, floor: LoadSample): void {
  if (!ours.contentScriptInjected) throw new InvalidMeasurement(`${test.href}: the content script was not injected with the extension loaded`);
  if (!floor.contentScriptInjected) throw new InvalidMeasurement(`${test.href}: the floor's empty content script was not injected`);
  if (test.completion && !ours.toast) throw new InvalidMeasurement(`${test.href}: no toast within ${settleMs(test)} ms of load: the capture did not happen, or took longer than the settle time`);
  if (!test.completion && ours.toast) throw new InvalidMeasurement(`${test.href}: a toast on a page that is not a completion page`);
}

export function loadCostPages(): { cases: LoadCase[]; pages: Map<string, ServedPage> } {
  const fixture = readFixture('cisco-u', 'completed-course.html');
  const completion = padToElements(fixture.html, PAGE_ELEMENTS);
  // A course page not yet started, at a search address: no adapter reads it, and since a page its adapter declines is
  // looked at for a completion to offer ("Finish capture"), it must show none, or the offer's toast is right to appear.
  const notStarted = padToElements(readFixture('cisco-u', 'not-started-course.html').html, PAGE_ELEMENTS);
  const search = 'https://u.cisco.com/search?q=bgp';
  const cases: LoadCase[] = [
    { id: 'content.load-cost.matched-host', label: 'content script load cost, u.cisco.com search', href: search, completion: false, maxAddedMs: 5 },
    { id: 'content.load-cost.completion', label: 'content script load cost, completion, 5,000 el.', href: fixture.url, completion: true, maxAddedMs: 40 },
  ];
  return { cases, pages: new Map([[search, { html: notStarted }], [fixture.url, { html: completion }]]) };
}

export async function measureLoadCost(ours: ExtensionBrowser, floor: ExtensionBrowser, runs: number): Promise<Figure[]> {
  const { cases } = loadCostPages();
  const figures: Figure[] = [];
  const samples = Math.max(5, Math.min(runs, MAX_SAMPLES));
  for (const test of cases) {
    for (const temperature of ['warm', 'cold'] as const) {
      for (let i = 0; i < WARMUP_RUNS; i++) check(test, await loadOnce(ours, test, temperature), await loadOnce(floor, test, temperature));
      const loaded: LoadSample[] = [];
      const floors: LoadSample[] = [];
      for (let i = 0; i < samples; i++) {
        const a = await loadOnce(ours, test, temperature);
        const b = await loadOnce(floor, test, temperature);
        check(test, a, b);
        loaded.push(a);
        floors.push(b);
      }
      // Each part's median difference, for where the time goes; not a partition of the figure, and under load a
      // part can come out slightly negative.
      const addedByPart = Object.fromEntries(PART_NAMES.map((part) => [part, round(median(loaded.map((s) => s[part])) - median(floors.map((s) => s[part])), 2)]));
      figures.push(
        addedFigure(
          {
            id: `${test.id}.${temperature}`,
            label: `${test.label}, ${temperature}`,
            value: median(loaded.map((s) => s.taskMs)),
            baseline: median(floors.map((s) => s.taskMs)),
            detail: {
              url: test.href,
              worker: temperature === 'cold' ? 'stopped before each load' : 'running',
              samples,
              addedByPart,
              // How far the samples spread, ours and the floor's: the figure is a difference of two medians.
              middleHalfMs: middleHalf(loaded.map((s) => round(s.taskMs, 1))),
              floorMiddleHalfMs: middleHalf(floors.map((s) => round(s.taskMs, 1))),
              settleMs: settleMs(test),
              floor: 'an empty classic content script on the same matches',
            },
          },
          test.maxAddedMs,
        ),
      );
    }
  }
  return figures;
}
