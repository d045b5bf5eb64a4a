/**
 * The bench's page bundle: built by content-script.ts with vite (IIFE, minified, production mode, as the
 * extension ships) and run in headless Chromium on the page under measurement. It does what the content
 * scripts do, minus messaging and toasts, and times it inside the page, where no round trip to Node blurs a
 * figure of a few milliseconds.
 *
 * Kept faithful to src/content/capture.ts (the one adapter whose script the manifest runs on the URL: detect,
 * extract) and manual capture (the page's snapshot, taken in the page, then read by every adapter and the generic
 * reader as the confirmation form reads it; here both halves run in the page). If either changes how it scans,
 * this file must follow, or the bench measures something the user never runs.
 */
import type { Adapter } from '../../src/capture/adapter';
import { adapters as registry } from '../../src/capture/adapters';
import { genericAdapter } from '../../src/capture/generic/detector';
import { matchesAny } from '../../src/capture/match-pattern';
import { readSnapshot } from '../../src/capture/page-scan';
import { SNAPSHOT_LIMITS, snapshotPage } from '../../src/capture/page-snapshot';
import type { Capture } from '../../src/domain/schema';
import { CAPTURE_BENCH_GLOBAL, type CaptureBench, type CaptureScript } from './capture-page-api';
import { timeAgainstBaseline } from './figures';

/**
 * The adapters whose capture scripts run on the page: the build gives each adapter its own script on exactly the
 * adapter's matches (vite.config.ts's captureContentScripts; test/scripts/content-script-files.test.ts).
 */
function routedAdapters(href: string, available: readonly Adapter[]): Adapter[] {
  return available.filter((adapter) => matchesAny(adapter.matches, href));
}

/** capture.ts scan(), without sending or de-duplicating: what each routed adapter detects and extracts. */
function scan(doc: Document, href: string, adapters: readonly Adapter[]): Capture[] {
  const url = new URL(href);
  const captures: Capture[] = [];
  for (const adapter of adapters) {
    if (adapter.detect(doc, url)) captures.push(...adapter.extract(doc, url));
  }
  return captures;
}

/** The page's capture script holds its one adapter from the start (the build picked it): nothing is routed per scan. */
const PAGE_ADAPTERS = routedAdapters(location.href, registry);

const SCRIPTS: Record<CaptureScript, () => Capture[]> = {
  portal: () => scan(document, location.href, PAGE_ADAPTERS),
  manual: () => readSnapshot(snapshotPage(...SNAPSHOT_LIMITS), { adapters: registry, fallback: genericAdapter }).captures,
};

/** The least any extraction does: read every text node of the page once. */
function walkText(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) length += (node as Text).data.length;
  return length;
}

interface WorkCounts {
  detect: number;
  extract: number;
  documentReads: number;
}

/** The registry with each adapter's detect and extract counted, so "nothing else ran" is observed, not assumed. */
function countingAdapters(counts: WorkCounts): Adapter[] {
  return registry.map((adapter) => ({
    ...adapter,
    detect: (doc: Document, url: URL) => {
      counts.detect += 1;
      return adapter.detect(doc, url);
    },
    extract: (doc: Document, url: URL) => {
      counts.extract += 1;
      return adapter.extract(doc, url);
    },
  }));
}

/** The document as adapters see it, counting every property they read (querySelector, body, title, ...). */
function countingDocument(doc: Document, counts: WorkCounts): Document {
  return new Proxy(doc, {
    get(target, key) {
      counts.documentReads += 1;
      const value: unknown = Reflect.get(target, key, target);
      // DOM methods check their receiver: call them on the document itself, not on the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
    has(target, key) {
      counts.documentReads += 1;
      return Reflect.has(target, key);
    },
  });
}

const bench: CaptureBench = {
  measureFirstRun(script, what) {
    const start = performance.now();
    const result = what === 'work' ? SCRIPTS[script]().length : walkText();
    const ms = performance.now() - start;
    return { ms, result, crossOriginIsolated: self.crossOriginIsolated };
  },

  measureCapture(script, timing) {
    const run = SCRIPTS[script];
    const captures = run();
    const { workMs, baselineMs } = timeAgainstBaseline(run, walkText, timing);
    return {
      captures,
      elements: document.getElementsByTagName('*').length,
      textLength: walkText(),
      workMs,
      baselineMs,
      crossOriginIsolated: self.crossOriginIsolated,
    };
  },

  measureNoMatch(timing) {
    const href = location.href;
    const counts: WorkCounts = { detect: 0, extract: 0, documentReads: 0 };
    const counted = routedAdapters(href, countingAdapters(counts));
    const captures = scan(countingDocument(document, counts), href, counted);

    const { workMs, baselineMs } = timeAgainstBaseline(
      () => scan(document, href, PAGE_ADAPTERS),
      // The least a URL check does: parse the address once.
      () => new URL(href),
      timing,
    );
    return {
      href,
      routes: counted.map((adapter) => adapter.id),
      detectCalls: counts.detect,
      extractCalls: counts.extract,
      documentReads: counts.documentReads,
      captures: captures.length,
      workMs,
      baselineMs,
    };
  },
};

(window as unknown as Record<string, CaptureBench>)[CAPTURE_BENCH_GLOBAL] = bench;
