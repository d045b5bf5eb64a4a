/**
 * npm run bench: builds the extension, then measures every budget in architecture.md (bundle sizes, content
 * script, popup, progress(), PDF parse, storing records), each time beside a baseline taken in the same run so
 * the numbers mean the same on a fast or a slow machine. Never a timed unit test.
 *
 * stdout holds one JSON object ({ figures, machine }), also written to bench/results.json; a table for people
 * goes to stderr, so `npm run --silent bench | jq` keeps working. A figure over budget is reported (exit 0): the
 * bench is a report, not a gate. A measurement that cannot be trusted (a capture that is not the fixture's, no
 * Chromium) exits non-zero and leaves no results file.
 *
 * BENCH_RUNS sets the samples per figure (default 150); figures whose every sample is a page load or a whole
 * database cap it lower (each module says at what). The idle service worker is watched for BENCH_IDLE_MINUTES
 * (default 5) after install settles, beside the rest, so a run takes about seven minutes.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildExtension, measureBundleSizes } from './bench/bundle-size';
import { measureItemCatalogMatch } from './bench/item-catalog-match';
import { measureContentScript } from './bench/content-script';
import { InvalidMeasurement, type BenchReport, type Figure, type Unit } from './bench/figures';
import { measureIdleWorker } from './bench/idle-worker';
import { measureInExtension } from './bench/in-extension';
import { measurePdfParse } from './bench/pdf-parse';
import { measureProgress } from './bench/progress';
import { measureStoreRecords } from './bench/store-records';

const RESULTS_DIR = fileURLToPath(new URL('../bench/', import.meta.url));
const RESULTS_FILE = `${RESULTS_DIR}results.json`;
const RUNS = Number(process.env.BENCH_RUNS ?? 150);

function machine(chromiumVersion: string): Record<string, unknown> {
  const cores = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion,
    platform: `${platform()} ${arch()}`,
    cpu: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    // Other work on the machine stretches every time figure; a figure over budget under load may not be one.
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
    runs: RUNS,
  };
}

function amount(value: number, unit: Unit): string {
  if (unit === 'KB') return `${value.toFixed(1)} KB`;
  if (unit === 'starts') return `${value} starts`;
  return `${Math.abs(value) < 0.01 ? value.toFixed(4) : value.toFixed(3)} ms`;
}

function budgetCell(f: Figure): string {
  if (f.budget === null) return f.budgetText ?? 'rule';
  if (f.budgetText !== undefined) return `${amount(f.budget, f.unit)} (${f.budgetText})`;
  return f.maxRatio === undefined ? amount(f.budget, f.unit) : `${amount(f.budget, f.unit)} (${f.maxRatio}x)`;
}

function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    amount(f.value, f.unit),
    budgetCell(f),
    f.baseline === undefined ? '' : amount(f.baseline, f.unit),
    f.ratio === undefined ? '' : `${f.ratio}x`,
    f.pass ? 'PASS' : 'OVER',
  ]);
  const all = [['figure', 'median', 'budget', 'baseline', 'ratio', ''], ...rows];
  const widths = all[0]!.map((_, column) => Math.max(...all.map((row) => row[column]!.length)));
  const lines = all.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  const notes = figures.filter((f) => f.rule !== undefined && !f.pass).map((f) => `OVER ${f.id}: ${f.rule}${f.unit === 'ms' ? `; ${JSON.stringify(f.detail)}` : ''}`);
  return `${[...lines, ...notes].join('\n')}\n`;
}

/** How long each part of the bench took, on stderr: the run must stay under five minutes, and this says where it goes. */
async function stage<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  process.stderr.write(`bench: ${name} took ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  return result;
}

async function main(): Promise<void> {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new InvalidMeasurement(`BENCH_RUNS must be a positive integer, not ${process.env.BENCH_RUNS}`);
  await stage('build', buildExtension);
  const sizes = measureBundleSizes();
  const progress = await stage('progress()', () => measureProgress(RUNS));
  const pdf = await stage('PDF parse', () => measurePdfParse(RUNS));
  const match = await stage('catalogue matching', () => measureItemCatalogMatch(RUNS));
  const store = await stage('storing records', () => measureStoreRecords(RUNS));
  // Minutes of waiting in a browser of its own, beside the browser figures (timed against a floor in the same
  // browser, which its start-up moves alike) rather than the Node ones; collected last.
  const idleStarted = performance.now();
  const idle = measureIdleWorker().finally(() => process.stderr.write(`bench: idle service worker took ${((performance.now() - idleStarted) / 1000).toFixed(1)} s\n`));
  idle.catch(() => undefined);
  const content = await stage('detect+extract in Chromium', () => measureContentScript(RUNS));
  const inExtension = await stage('extension in Chromium', () => measureInExtension(RUNS));
  const idleWorker = await stage('the rest of the idle-worker window', () => idle);
  const report: BenchReport = { figures: [...sizes, progress, pdf, match, store, ...content.figures, ...inExtension, idleWorker], machine: machine(content.chromium) };
  const json = `${JSON.stringify(report, null, 2)}\n`;
  process.stdout.write(json);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(RESULTS_FILE, json);
  process.stderr.write(table(report.figures));
}

main().catch((error: unknown) => {
  // Figures from an earlier run must not pass for this one's.
  rmSync(RESULTS_FILE, { force: true });
  const invalid = error instanceof InvalidMeasurement;
  process.stderr.write(`bench: ${invalid ? 'invalid measurement, no figures written: ' : ''}${invalid ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
