/**
 * What every bench reports, and how it times things. Shared by the Node side (progress.ts, content-script.ts,
 * bench.ts) and by the page bundle (capture-page-entry.ts), so it uses only the global `performance` and no
 * Node or DOM API: the same timing loop runs in Node and inside Chromium.
 */

/** Times in milliseconds; bundle sizes in KB (1,024 bytes) gzipped; service worker starts counted. */
export type Unit = 'ms' | 'KB' | 'starts';

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: Unit;
  /** The most `value` may be; null when the budget is a rule about what runs rather than a time (see `rule`). */
  budget: number | null;
  /** When the budget is relative (architecture.md's "within 1.5x"): `budget` is then this times `baseline`. */
  maxRatio?: number;
  rule?: string;
  /** The budget in a table cell's few words, for a figure whose budget is a rule (`budget` null). */
  budgetText?: string;
  /** The same run's time for the least any such work must do, so a figure reads the same on a fast or slow machine. */
  baseline?: number;
  ratio?: number;
  pass: boolean;
  /** What was measured (page size, calls counted): enough to tell a real measurement from a no-op. */
  detail?: Record<string, unknown>;
}

export interface BenchReport {
  figures: Figure[];
  machine: Record<string, unknown>;
}

/**
 * The measurement itself is wrong (a capture that is not the fixture's, a browser that is missing): the bench
 * must stop with a non-zero exit rather than print a figure for work that did not happen. A figure over budget
 * is not this: it is reported, and the exit code stays 0.
 */
export class InvalidMeasurement extends Error {
  override name = 'InvalidMeasurement';
}

export interface TimingOptions {
  runs: number;
  /** Untimed runs first, so the JIT has compiled the hot paths before the first sample. */
  warmup: number;
  /** Calls per sample, for work far below the timer's resolution (5 µs in an isolated page, ~1 µs in Node). */
  batch?: number;
}

export interface PairTiming {
  workMs: number;
  baselineMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new InvalidMeasurement('median of no samples');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The middle half of the samples, [first quartile, third quartile]: how far a run's samples spread. A difference of
 * medians well inside both spreads says less than it seems.
 */
export function middleHalf(values: readonly number[]): [number, number] {
  if (values.length === 0) throw new InvalidMeasurement('spread of no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
  return [at(0.25), at(0.75)];
}

export function round(value: number, digits = 4): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Every timed call's result is stored here, so no engine can prove the call useless and drop it. */
export let sink: unknown;

function sample(work: () => unknown, batch: number): number {
  const start = performance.now();
  for (let i = 0; i < batch; i++) sink = work();
  return (performance.now() - start) / batch;
}

/**
 * Median time of `work` and of its `baseline`, sampled alternately: both see the same machine state (CPU
 * frequency, GC pressure, a noisy neighbour), which is what makes their ratio meaningful.
 */
export function timeAgainstBaseline(work: () => unknown, baseline: () => unknown, { runs, warmup, batch = 1 }: TimingOptions): PairTiming {
  for (let i = 0; i < warmup; i++) {
    sink = work();
    sink = baseline();
  }
  const workSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    workSamples.push(sample(work, batch));
    baselineSamples.push(sample(baseline, batch));
  }
  return { workMs: median(workSamples), baselineMs: median(baselineSamples) };
}

interface FigureFields {
  id: string;
  label: string;
  value: number;
  unit?: Unit;
  baseline?: number;
  detail?: Record<string, unknown>;
}

interface BudgetFields {
  budget: number | null;
  maxRatio?: number;
  rule?: string;
  budgetText?: string;
}

/** Keys in one order for every figure, so results.json diffs well from run to run. */
function figure({ id, label, value, unit = 'ms', baseline, detail }: FigureFields, { budget, maxRatio, rule, budgetText }: BudgetFields, pass: boolean): Figure {
  return {
    id,
    label,
    value: round(value),
    unit,
    budget: budget === null ? null : round(budget),
    ...(maxRatio !== undefined ? { maxRatio } : {}),
    ...(rule !== undefined ? { rule } : {}),
    ...(budgetText !== undefined ? { budgetText } : {}),
    ...(baseline !== undefined ? { baseline: round(baseline), ratio: round(value / Math.max(baseline, 1e-6), 2) } : {}),
    pass,
    ...(detail !== undefined ? { detail } : {}),
  };
}

/** A figure against an absolute budget in its own unit. */
export function timedFigure(fields: FigureFields, budget: number): Figure {
  return figure(fields, { budget }, fields.value <= budget);
}

/** A time whose budget is a multiple of its same-run baseline: what the machine's speed cannot move. */
export function relativeFigure(fields: FigureFields & { baseline: number }, maxRatio: number): Figure {
  const budget = fields.baseline * maxRatio;
  return figure(fields, { budget, maxRatio }, fields.value <= budget);
}

/**
 * A time whose budget is its same-run floor plus a fixed allowance ("within 5 ms of the floor"): the value is the
 * whole time with our code, the baseline the floor's, and the budget their allowed sum.
 */
export function addedFigure(fields: FigureFields & { baseline: number }, maxAddedMs: number): Figure {
  const budget = fields.baseline + maxAddedMs;
  const added = round(fields.value - fields.baseline, 2);
  return figure({ ...fields, detail: { addedMs: added, maxAddedMs, ...fields.detail } }, { budget, budgetText: `floor + ${maxAddedMs} ms` }, fields.value <= budget);
}

/**
 * A figure over its budget on purpose, for a reason the README gives: reported as OVER with the reason and the
 * ceiling it must stay under, so the table and results.json say the same as the README.
 */
export function documentedOverFigure(fields: FigureFields, budget: number, ceiling: number, reason: string): Figure {
  return figure(fields, { budget, rule: `documented exception, ceiling ${ceiling}: ${reason}` }, fields.value <= budget);
}

/** A time reported for the record, whose budget is a rule about what runs; `pass` says whether the rule held. */
export function ruleFigure(fields: FigureFields, rule: string, pass: boolean, budgetText: string): Figure {
  return figure(fields, { budget: null, rule, budgetText }, pass);
}
