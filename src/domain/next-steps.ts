/**
 * What to do next for one certification, most pressing first: claims whose submission window is closing,
 * category and yearly minimums, credits still to earn and the pace that finishes by expiry.
 */
import { addDays, daysBetween } from './dates';
import { creditsOf, isEligible, itemKey, type Period } from './credit-tally';
import type { CertificationProgress, NextStep, ProgressInput } from './progress-types';
import { programDefinition } from './programs';
import type { Certification, CreditUnit } from './schema';

export type { NextStep } from './progress-types';

const DAYS_PER_MONTH = 30.44;

/** Captured records that still fit in the submission window, the window closing soonest first. */
function submitSteps(cert: Certification, input: ProgressInput, period: Period, unit: CreditUnit): NextStep[] {
  const program = programDefinition(cert.program);
  if (!program) return [];
  // Completed on or after this day means the window is still open: a string comparison per record, no date maths.
  const windowOpenSince = addDays(input.today, -input.settings.submissionWindowDays);
  const from = windowOpenSince > period.start ? windowOpenSince : period.start;
  // Where an item counts once, a capture of something already claimed is nothing to submit.
  const claimed = program.itemCountsOnce
    ? new Set(input.records.filter((r) => r.program === cert.program && r.status !== 'captured' && r.status !== 'rejected').map((r) => itemKey(r, program)))
    : new Set<string>();
  return input.records
    .filter((r) => r.program === cert.program && r.status === 'captured' && r.endDate && r.endDate >= from && r.endDate <= period.end)
    .filter((r) => !claimed.has(itemKey(r, program)) && isEligible(r, program))
    .map((r) => ({ r, credits: creditsOf(r, program), daysLeftInWindow: daysBetween(input.today, addDays(r.endDate!, input.settings.submissionWindowDays)) }))
    .filter((x) => x.daysLeftInWindow >= 0 && x.credits !== undefined)
    .sort((a, b) => a.daysLeftInWindow - b.daysLeftInWindow || a.r.title.localeCompare(b.r.title) || (a.r.id < b.r.id ? -1 : 1))
    .map((x) => ({ kind: 'submit', recordId: x.r.id, title: x.r.title, credits: x.credits!, unit, daysLeftInWindow: x.daysLeftInWindow }));
}

/** About how many credits a month finish the job by expiry, rounded up to a whole credit. */
export function creditsPerMonth(remaining: number, daysLeft: number): number {
  const months = Math.max(1, daysLeft / DAYS_PER_MONTH);
  return Math.ceil(Math.round((remaining / months) * 10) / 10);
}

export function nextStepsFor(p: CertificationProgress, cert: Certification, input: ProgressInput, period: Period): NextStep[] {
  if (cert.retired) return [{ kind: 'retired' }];
  if (p.state === 'expired') return [{ kind: 'expired' }];
  const program = programDefinition(cert.program);
  const graceLeft = p.daysLeft !== undefined && p.daysLeft < 0 ? (program?.graceDays ?? 0) + p.daysLeft : undefined;
  if (graceLeft !== undefined && graceLeft >= 0 && !p.paths.some((path) => path.complete)) {
    return [program?.graceKind === 'suspension' ? { kind: 'grace', daysLeft: graceLeft, suspended: true } : { kind: 'grace', daysLeft: graceLeft }];
  }
  if (p.state === 'renewed' && p.renewal) return [{ kind: 'renewed', newExpiresOn: p.renewal.newExpiresOn }];

  const daysLeft = p.daysLeft ?? 0;
  const steps: NextStep[] = [];
  // A year that ended short breaks a per-year rule however much comes later: say it first.
  for (const y of p.years) {
    if (y.end < input.today && !y.met) steps.push({ kind: 'year-missed', year: y.year, counted: y.counted, required: y.required, unit: p.unit });
  }
  steps.push(...submitSteps(cert, input, period, p.unit));
  for (const c of p.categories) {
    if (!c.met) steps.push({ kind: 'category', ruleId: c.id, label: c.label, remaining: c.remaining, unit: p.unit });
  }
  const thisYear = p.years.find((y) => y.start <= input.today && input.today <= y.end);
  if (thisYear && !thisYear.met) {
    steps.push({ kind: 'year-minimum', year: thisYear.year, remaining: thisYear.remaining, unit: p.unit, daysLeft: daysBetween(input.today, thisYear.end) });
  }
  // Credits to earn on the credit path nearest done whose exams (if any) are already passed.
  const creditPaths = p.paths.filter((path) => path.creditsRequired > 0 && path.examsRemaining === 0 && path.remaining > 0);
  const nearest = creditPaths.sort((a, b) => a.remaining - b.remaining)[0];
  const anyComplete = p.paths.some((path) => path.complete);
  if (nearest && !anyComplete && daysLeft >= 0) {
    steps.push({ kind: 'earn', remaining: nearest.remaining, unit: p.unit, perMonth: creditsPerMonth(nearest.remaining, daysLeft), daysLeft });
  }
  // No credit path at all: say which exam renews it, or "done" would be said of a certification still to renew.
  const examOnly = p.paths.filter((path) => path.creditsRequired === 0 && path.examsRemaining > 0).sort((a, b) => a.examsRemaining - b.examsRemaining)[0];
  if (examOnly && !anyComplete && !p.paths.some((path) => path.creditsRequired > 0) && p.expiresOn && daysLeft >= 0) {
    steps.push({ kind: 'pass-exam', requirements: examOnly.examRequirements, expiresOn: p.expiresOn });
  }
  if (anyComplete && p.credits.pending > 0) steps.push({ kind: 'claim-pending', pending: p.credits.pending, unit: p.unit });
  return steps.length > 0 ? steps : [{ kind: 'done' }];
}
