/**
 * npm run bench: performance figures as JSON, each measured against a baseline taken in the same run so the
 * numbers mean the same on a fast or a slow machine. Never a timed unit test.
 *
 * progress(): 10,000 records across five programs and seven held certifications (budget: 5 ms). The baseline is
 * one plain pass over the same records summing credits: the least any progress computation must do.
 */
import { performance } from 'node:perf_hooks';
import { progress } from '../src/domain/progress';
import type { Certification, CourseRecord } from '../src/domain/schema';
import { RECORD_STATUSES } from '../src/domain/vocabulary';

const TODAY = '2026-11-29';
const RECORDS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 150);
const PROGRESS_BUDGET_MS = 5;

/** A small deterministic generator, so every run measures the same data. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}

const certifications: Certification[] = [
  { id: 'ccna', program: 'cisco', name: 'CCNA', level: 'associate', expiresOn: '2027-02-01' },
  { id: 'ccnp', program: 'cisco', name: 'CCNP Enterprise', level: 'professional', expiresOn: '2027-06-01' },
  { id: 'sec', program: 'comptia', code: 'security-plus', name: 'Security+', level: 'associate', expiresOn: '2027-09-01' },
  { id: 'aplus', program: 'comptia', code: 'a-plus', name: 'A+', level: 'associate', expiresOn: '2027-03-01' },
  { id: 'cissp', program: 'isc2', code: 'cissp', name: 'CISSP', level: 'professional', expiresOn: '2028-01-01' },
  { id: 'cisa', program: 'isaca', code: 'cisa', name: 'CISA', level: 'professional', expiresOn: '2027-12-31' },
  { id: 'pmp', program: 'pmi', code: 'pmp', name: 'PMP', level: 'professional', expiresOn: '2028-03-01' },
];

function makeRecords(count: number): CourseRecord[] {
  const random = lcg(42);
  const programs = ['cisco', 'comptia', 'isc2', 'isaca', 'pmi'] as const;
  const categories: Record<string, Array<string | undefined>> = { isc2: ['group-a', 'group-b'], pmi: ['ways-of-working', 'power-skills', 'business-acumen', 'giving-back'] };
  return Array.from({ length: count }, (_, i): CourseRecord => {
    const program = programs[Math.floor(random() * programs.length)]!;
    const options = categories[program] ?? [undefined];
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 365 * 5) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `r${i}`,
      title: `Course ${i}`,
      provider: 'Provider',
      program,
      category: options[Math.floor(random() * options.length)],
      status: RECORD_STATUSES[Math.floor(random() * RECORD_STATUSES.length)]!,
      credits: 1 + Math.floor(random() * 64),
      creditUnit: 'CE',
      endDate: day,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      notes: '',
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => unknown, runs: number): number {
  for (let i = 0; i < 5; i++) work(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const records = makeRecords(RECORDS);
let sink = 0;
const baselineMs = time(() => {
  for (const r of records) if (r.status !== 'rejected' && r.endDate && r.endDate >= '2024-01-01') sink += r.credits ?? 0;
}, RUNS);
const progressMs = time(() => progress({ records, certifications, settings: { submissionWindowDays: 90 }, today: TODAY }), RUNS);

const round = (n: number) => Math.round(n * 1000) / 1000;
const report = {
  progress: {
    records: RECORDS,
    certifications: certifications.length,
    medianMs: round(progressMs),
    baselineMs: round(baselineMs),
    ratioToBaseline: round(progressMs / Math.max(baselineMs, 1e-6)),
    budgetMs: PROGRESS_BUDGET_MS,
    withinBudget: progressMs <= PROGRESS_BUDGET_MS,
  },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
if (sink < 0) process.stdout.write(''); // keeps the baseline loop from being optimised away
