/**
 * A certification's credits over its current period, for the dashboard's timeline chart: running totals by
 * completion date against every path's credit threshold, with the period's end (the expiry) and today.
 * Pure; it counts exactly the entries progress() counts (same eligibility, same one-claim-per-item rule).
 */
import { countingEntries, entriesWithin, sumBy, type CountingEntry } from './credit-tally';
import { programDefinition } from './programs';
import type { CertificationProgress, ProgressReport } from './progress-types';
import type { CourseRecord, CreditUnit } from './schema';

/** Running totals after every completion on `date`; each includes the one before it: earned ≤ claimed ≤ all. */
export interface TimelineStep {
  date: string;
  earned: number;
  /** Earned plus submitted or pending at the certification body. */
  claimed: number;
  /** Claimed plus captured here and not yet submitted. */
  all: number;
}

export interface TimelineThreshold {
  credits: number;
  /** The paths that need this many credits (several paths can share one number). */
  pathIds: string[];
}

export interface CreditTimeline {
  certificationId: string;
  unit: CreditUnit;
  start: string;
  /** The expiry: the last day a completion counts. */
  end: string;
  today: string;
  /** Credits carried in from the previous period (ISC2), present from the first day. */
  rollover: number;
  /** The first step is the period's start, at the rollover; then one step per completion date, in order. */
  steps: TimelineStep[];
  /** Highest first. */
  thresholds: TimelineThreshold[];
}

const EARNED = (e: CountingEntry) => e.record.status === 'earned';
const CLAIMED = (e: CountingEntry) => e.record.status !== 'captured';

/**
 * The chart's data, or undefined when there is nothing to chart: no period (no expiry, never expires), no
 * credit threshold (exam-only paths), renewed through another certification (that one's card has the chart),
 * or retired (it cannot be renewed).
 */
export function creditTimeline(records: readonly CourseRecord[], standing: CertificationProgress, today: string): CreditTimeline | undefined {
  const { periodStart: start, expiresOn: end } = standing;
  const program = programDefinition(standing.program);
  if (!program || !start || !end || standing.renewedBy || !standing.renewable) return undefined;
  const thresholds = thresholdsOf(standing);
  if (thresholds.length === 0) return undefined;

  const entries = entriesWithin(countingEntries(records, program), { start, end }).sort((a, b) => a.date.localeCompare(b.date));
  const rollover = standing.rollover;
  const steps: TimelineStep[] = [{ date: start, earned: rollover, claimed: rollover, all: rollover }];
  for (let i = 0; i < entries.length; ) {
    const date = entries[i]!.date;
    let j = i;
    while (j < entries.length && entries[j]!.date === date) j++;
    const day = entries.slice(i, j);
    const before = steps[steps.length - 1]!;
    const step = {
      date,
      earned: add(before.earned, sumBy(day, EARNED)),
      claimed: add(before.claimed, sumBy(day, CLAIMED)),
      all: add(before.all, sumBy(day, () => true)),
    };
    if (date === before.date) steps[steps.length - 1] = step;
    else steps.push(step);
    i = j;
  }
  return { certificationId: standing.certificationId, unit: standing.unit, start, end, today, rollover, steps, thresholds };
}

/** Sums in millionths, as credit-tally does, so 22.8 + 8.4 reads 31.2 on the chart too. */
function add(a: number, b: number): number {
  return Math.round((a + b) * 1_000_000) / 1_000_000;
}

function thresholdsOf(standing: CertificationProgress): TimelineThreshold[] {
  const byCredits = new Map<number, string[]>();
  for (const path of standing.paths) {
    if (path.creditsRequired <= 0) continue;
    byCredits.set(path.creditsRequired, [...(byCredits.get(path.creditsRequired) ?? []), path.id]);
  }
  return [...byCredits].map(([credits, pathIds]) => ({ credits, pathIds })).sort((a, b) => b.credits - a.credits);
}

/** The report with each certification's credits over time: what the dashboard's cards draw. */
export interface ProgressWithTimelines {
  report: ProgressReport;
  /** One per certification that has something to chart (see creditTimeline). */
  timelines: CreditTimeline[];
}
