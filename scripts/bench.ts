/**
 * npm run bench: performance figures against the budgets in architecture.md, each beside a baseline taken in
 * the same run so the numbers mean the same on a fast or a slow machine. Never a timed unit test.
 *
 * stdout holds one JSON object ({ figures, machine }), also written to bench/results.json; a table for people
 * goes to stderr, so `npm run --silent bench | jq` keeps working. A figure over budget is reported (exit 0): the
 * bench is a report, not a gate. A measurement that cannot be trusted (a capture that is not the fixture's, no
 * Chromium) exits non-zero and leaves no results file.
 *
 * BENCH_RUNS sets the samples per figure (default 150).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureContentScript } from './bench/content-script';
import { InvalidMeasurement, type BenchReport, type Figure } from './bench/figures';
import { measurePdfParse } from './bench/pdf-parse';
import { measureProgress } from './bench/progress';

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
    runs: RUNS,
  };
}

const ms = (value: number) => `${value < 0.01 ? value.toFixed(4) : value.toFixed(3)} ms`;

function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    ms(f.value),
    f.budget === null ? 'URL check only' : ms(f.budget),
    f.baseline === undefined ? '' : ms(f.baseline),
    f.ratio === undefined ? '' : `${f.ratio}x`,
    f.pass ? 'PASS' : 'OVER',
  ]);
  const all = [['figure', 'median', 'budget', 'baseline', 'ratio', ''], ...rows];
  const widths = all[0]!.map((_, column) => Math.max(...all.map((row) => row[column]!.length)));
  const lines = all.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  const notes = figures.filter((f) => f.rule !== undefined && !f.pass).map((f) => `OVER ${f.id}: ${f.rule}; ${JSON.stringify(f.detail)}`);
  return `${[...lines, ...notes].join('\n')}\n`;
}

async function main(): Promise<void> {
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new InvalidMeasurement(`BENCH_RUNS must be a positive integer, not ${process.env.BENCH_RUNS}`);
  const progress = measureProgress(RUNS);
  const pdf = await measurePdfParse(RUNS);
  const content = await measureContentScript(RUNS);
  const report: BenchReport = { figures: [progress, pdf, ...content.figures], machine: machine(content.chromium) };
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
