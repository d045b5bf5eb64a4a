/**
 * The contract between the page bundle (capture-page-entry.ts, run inside Chromium) and the Node side that
 * drives it (content-script.ts). Types and one constant only: importing the entry itself into Node would run it.
 */
import type { Capture } from '../../src/domain/schema';
import type { TimingOptions } from './figures';

/** Where the bundle leaves its functions on `window`. */
export const CAPTURE_BENCH_GLOBAL = '__recertCaptureBench';

/**
 * Which capture's work to run: the always-on content script on the portals (src/content/capture.ts), or manual
 * capture (the page's snapshot, read by every adapter and the generic reader, as the confirmation form reads it).
 */
export type CaptureScript = 'portal' | 'manual';

export interface CaptureMeasurement {
  captures: Capture[];
  /** Elements on the page, as the browser parsed it. */
  elements: number;
  /** Characters the baseline's walk read. */
  textLength: number;
  workMs: number;
  baselineMs: number;
  /** performance.now() is coarsened to 100 µs unless the page is cross-origin isolated (then 5 µs). */
  crossOriginIsolated: boolean;
}

export interface NoMatchMeasurement {
  href: string;
  /** The adapters whose capture scripts (declared in the built manifest) run on the URL. */
  routes: string[];
  detectCalls: number;
  extractCalls: number;
  /** Property reads on the document by adapter code: a detect that returned on the URL alone reads none. */
  documentReads: number;
  captures: number;
  workMs: number;
  baselineMs: number;
}

/** One first run in a fresh page: nothing compiled, cached or warmed by an earlier run. */
export interface FirstRunMeasurement {
  ms: number;
  /** Captures found (work), or characters read (baseline): proof the run did its work. */
  result: number;
  crossOriginIsolated: boolean;
}

export interface CaptureBench {
  measureFirstRun(script: CaptureScript, what: 'work' | 'baseline'): FirstRunMeasurement;
  measureCapture(script: CaptureScript, timing: TimingOptions): CaptureMeasurement;
  measureNoMatch(timing: TimingOptions): NoMatchMeasurement;
}
