/**
 * progress() over 10,000 records across five programs and seven held certifications (budget: 5 ms). The
 * baseline is one plain pass over the same records summing credits: the least any progress computation must do.
 */
import { progress } from '../../src/domain/progress';
import type { Certification, CourseRecord } from '../../src/domain/schema';
import { RECORD_STATUSES } from '../../src/domain/vocabulary';
import { timeAgainstBaseline, timedFigure, type Figure } from './figures';

const TODAY = '2026-11-29';
const RECORDS = 10_000;
const PROGRESS_BUDGET_MS = 5;
const WARMUP_RUNS = 5;

/** A small deterministic generator, so every run measures the same data. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}

/** Seven held certifications across five programs: also what the popup bench stores beside its records. */
export const certifications: Certification[] = [
  { id: 'ccna', program: 'cisco', name: 'CCNA', level: 'associate', expiresOn: '2027-02-01' },
  { id: 'ccnp', program: 'cisco', name: 'CCNP Enterprise', level: 'professional', expiresOn: '2027-06-01' },
  { id: 'sec', program: 'comptia', code: 'security-plus', name: 'Security+', level: 'associate', expiresOn: '2027-09-01' },
  { id: 'aplus', program: 'comptia', code: 'a-plus', name: 'A+', level: 'associate', expiresOn: '2027-03-01' },
  { id: 'cissp', program: 'isc2', code: 'cissp', name: 'CISSP', level: 'professional', expiresOn: '2028-01-01' },
  { id: 'cisa', program: 'isaca', code: 'cisa', name: 'CISA', level: 'professional', expiresOn: '2027-12-31' },
  { id: 'pmp', program: 'pmi', code: 'pmp', name: 'PMP', level: 'professional', expiresOn: '2028-03-01' },
];

/** Deterministic records across the five programs; the popup and store benches use them too. */
export function makeRecords(count: number): CourseRecord[] {
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

export function measureProgress(runs: number): Figure {
  const records = makeRecords(RECORDS);
  const { workMs, baselineMs } = timeAgainstBaseline(
    () => progress({ records, certifications, settings: { submissionWindowDays: 90 }, today: TODAY }),
    () => {
      let credits = 0;
      for (const r of records) if (r.status !== 'rejected' && r.endDate && r.endDate >= '2024-01-01') credits += r.credits ?? 0;
      return credits;
    },
    { runs, warmup: WARMUP_RUNS },
  );
  return timedFigure(
    {
      id: 'progress.10k-records',
      label: `progress() over ${RECORDS.toLocaleString('en')} records`,
      value: workMs,
      baseline: baselineMs,
      detail: { records: RECORDS, certifications: certifications.length },
    },
    PROGRESS_BUDGET_MS,
  );
}
