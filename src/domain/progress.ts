/**
 * (records, certifications, exams, settings, today) -> where each held certification stands, on every path
 * its program offers, and what to do next. Pure and deterministic; JSON-serialisable (the popup renders it,
 * the CLI prints it). The rules are data in programs/; this file knows no program by name.
 *
 * Pools: a 'highest' program (Cisco, CompTIA) keeps one pool per person, counted toward the certification that
 * carries the others; when it renews, those it carries renew with it. An 'each' program (ISC2, ISACA, PMI)
 * counts every activity toward every certification, each against its own requirement and period.
 */
import { addDays, addYears, daysBetween } from './dates';
import {
  CLAIMED,
  EARNED_ONLY,
  elapsedFraction,
  countingEntries,
  entriesWithin,
  examsTowards,
  rolloverInto,
  standing,
  sumBy,
  type CategoryCheck,
  type CountingEntry,
  type Period,
  type YearCheck,
} from './credit-tally';
import { nextStepsFor } from './next-steps';
import { programDefinition, ruleFor, type ResolvedRule } from './programs';
import type { ProgramDefinition } from './programs/definition';
import type { Certification, CourseRecord, CreditUnit, RecordStatus } from './schema';

import type { CertificationProgress, CertificationState, CreditSummary, PathProgress, ProgressInput, ProgressReport } from './progress-types';

export type * from './progress-types';

/** Within the last 90 days an unfinished renewal is at risk whatever the pace. */
const AT_RISK_DAYS = 90;
const EMPTY_CREDITS: CreditSummary = { earned: 0, pending: 0, captured: 0, counted: 0 };

function sum(entries: readonly CountingEntry[], statuses: ReadonlySet<RecordStatus>): number {
  return sumBy(entries, (e) => statuses.has(e.record.status));
}

interface Evaluation {
  paths: PathProgress[];
  completeOn: (statuses: ReadonlySet<RecordStatus>, until?: string) => boolean;
  credits: CreditSummary;
  rollover: number;
  categories: CategoryCheck[];
  years: YearCheck[];
}

function evaluate(program: ProgramDefinition, rule: ResolvedRule, period: Period, input: ProgressInput, programEntries: readonly CountingEntry[]): Evaluation {
  const exams = input.exams ?? [];
  const entries = entriesWithin(programEntries, period);
  const rollover = rolloverInto(programEntries, program, rule, period);
  const counted = standing(entries, CLAIMED, rule, program, period, rollover);

  /** Whether some path is met believing only these statuses, with what had happened by `until`. */
  // The renewal-day search asks this a dozen times with the same statuses: filter by status once per set.
  const believedBy = new Map<ReadonlySet<RecordStatus>, CountingEntry[]>();
  const completeOn = (statuses: ReadonlySet<RecordStatus>, until = period.end): boolean => {
    const upTo = { ...period, end: until };
    let believed = believedBy.get(statuses);
    if (!believed) believedBy.set(statuses, (believed = entries.filter((e) => statuses.has(e.record.status))));
    const s = standing(until === period.end ? believed : believed.filter((e) => e.date <= until), statuses, rule, program, period, rollover);
    if (!s.categories.every((c) => c.met) || !s.years.every((y) => y.met)) return false;
    return rule.paths.some((p) => {
      const e = examsTowards(p, exams, program, upTo);
      return s.credits >= p.credits && e.counted >= e.required;
    });
  };

  const paths = rule.paths.map((path): PathProgress => {
    const e = examsTowards(path, exams, program, period);
    const complete = counted.credits >= path.credits && e.counted >= e.required && counted.categories.every((c) => c.met) && counted.years.every((y) => y.met);
    return {
      id: path.id,
      label: path.label,
      creditsRequired: path.credits,
      examsRequired: e.required,
      examRequirements: path.exams,
      creditsCounted: counted.credits,
      examsCounted: e.counted,
      remaining: Math.max(0, path.credits - counted.credits),
      examsRemaining: Math.max(0, e.required - e.counted),
      complete,
    };
  });

  return {
    paths,
    completeOn,
    credits: {
      earned: sum(entries, EARNED_ONLY),
      pending: sum(entries, new Set<RecordStatus>(['pending', 'submitted'])),
      captured: sum(entries, new Set<RecordStatus>(['captured'])),
      counted: counted.credits,
    },
    rollover,
    categories: counted.categories,
    years: counted.years,
  };
}

/**
 * The first day on which the believed records and exams met some path: a binary search over the period's days
 * (completion only ever goes from false to true as days pass), about eleven checks for a 3-year period.
 */
function completionDay(evaluation: Evaluation, period: Period): string {
  let lo = 0;
  let hi = daysBetween(period.start, period.end);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (evaluation.completeOn(EARNED_ONLY, addDays(period.start, mid))) hi = mid;
    else lo = mid + 1;
  }
  return addDays(period.start, lo);
}

/** How far along the best credit path is, counting captures: the pace check compares it with time elapsed. */
function paceFraction(paths: readonly PathProgress[], credits: CreditSummary): number {
  const creditPaths = paths.filter((p) => p.examsRequired === 0 && p.creditsRequired > 0);
  return Math.max(0, ...creditPaths.map((p) => Math.min(1, (credits.counted + credits.captured) / p.creditsRequired)));
}

/**
 * The path closest to done. On a tie (typically nothing claimed yet), the credits captured but not yet submitted
 * decide: 24 captured CE put the CE path ahead of an exam not yet taken.
 */
function bestPath(paths: readonly PathProgress[], captured: number): PathProgress | undefined {
  const progressOf = (p: PathProgress, extra = 0) =>
    (p.creditsRequired === 0 ? 1 : Math.min(1, (p.creditsCounted + extra) / p.creditsRequired)) * (p.examsRequired === 0 ? 1 : p.examsCounted / p.examsRequired);
  return [...paths].sort(
    (a, b) =>
      progressOf(b) - progressOf(a) ||
      progressOf(b, captured) - progressOf(a, captured) ||
      a.remaining + a.examsRemaining - (b.remaining + b.examsRemaining),
  )[0];
}

function base(cert: Certification, unit: CreditUnit, today: string): CertificationProgress {
  return {
    certificationId: cert.id,
    program: cert.program,
    certification: cert.name,
    code: cert.code,
    level: cert.level,
    unit,
    expiresOn: cert.expiresOn,
    daysLeft: cert.expiresOn ? daysBetween(today, cert.expiresOn) : undefined,
    state: cert.expiresOn && today > cert.expiresOn ? 'expired' : 'on-track',
    neverExpires: false,
    renewable: false,
    credits: EMPTY_CREDITS,
    rollover: 0,
    paths: [],
    categories: [],
    years: [],
    renews: [],
    nextSteps: [],
  };
}

function certificationProgress(cert: Certification, input: ProgressInput, entriesOf: (program: ProgramDefinition) => readonly CountingEntry[]): CertificationProgress {
  const { today } = input;
  const program = programDefinition(cert.program);
  const rule = program && ruleFor(program, cert);
  const result = { ...base(cert, program?.unit ?? 'CE', today), ...(rule ? { certification: rule.name } : {}) };
  if (!program || !rule) return { ...result, nextSteps: [{ kind: 'no-rules' }] };
  if (neverExpires(rule, cert)) return { ...result, state: 'on-track', neverExpires: true, nextSteps: [{ kind: 'never-expires' }] };
  const years = rule.validityYears ?? program.periodYears;
  const period = periodOf(program, rule, cert, years);
  // Where the day earned decides whether it expires at all (CCST), that day is what is missing: nothing is at risk yet.
  if (!period && rule.neverExpiresIfEarnedBefore) return { ...result, state: 'on-track', nextSteps: [{ kind: 'set-earned' }] };
  if (!period) return { ...result, state: 'at-risk', nextSteps: [{ kind: 'set-expiry' }] };

  // Activities of a program's grace period count toward the period where the program says so (or the user does).
  const graceCounts = program.graceActivitiesCount === 'always' || (program.graceActivitiesCount === 'setting' && input.settings.graceActivitiesCount !== false);
  const counting: Period = graceCounts ? { ...period, end: addDays(period.end, program.graceDays) } : period;
  const evaluation = evaluate(program, rule, counting, input, entriesOf(program));
  const daysLeft = daysBetween(today, period.end);
  // A program's grace period (ISC2) keeps a certification renewable for a while after its expiry date.
  const expired = daysLeft < -program.graceDays;
  const inGrace = daysLeft < 0 && !expired;
  const renewedOnEarned = evaluation.completeOn(EARNED_ONLY);
  const completeCounted = evaluation.paths.some((p) => p.complete);

  let state: CertificationState;
  if (cert.retired) state = expired ? 'expired' : 'retired';
  else if (renewedOnEarned) state = 'renewed';
  else if (expired) state = completeCounted ? 'at-risk' : 'expired';
  else if (inGrace) state = 'at-risk';
  else if (completeCounted) state = 'on-track';
  else if (daysLeft <= AT_RISK_DAYS) state = 'at-risk';
  // Pace is a credit path's measure: a certification renewed by exam alone (CCST, CCT) is on track until its last 90 days.
  else if (!evaluation.paths.some((p) => p.creditsRequired > 0)) state = 'on-track';
  else state = paceFraction(evaluation.paths, evaluation.credits) >= elapsedFraction(period, today) ? 'on-track' : 'at-risk';

  const renewedOn = renewedOnEarned && !cert.retired ? completionDay(evaluation, counting) : undefined;
  // The next period follows the old one (ISACA's calendar cycles, ISC2, CompTIA, PMI), or starts on the day the last
  // requirement is met (Cisco: "not old expiry + 3 years"): the program's data says which.
  const newExpiry = (completedOn: string) => addYears(program.nextPeriodFrom === 'expiry' ? period.end : completedOn, years);
  const progressed: CertificationProgress = {
    ...result,
    periodStart: period.start,
    // The end of the period, also where it was worked out rather than entered (CCST from the day earned, ISACA's cycle).
    expiresOn: period.end,
    daysLeft,
    state,
    renewable: !cert.retired && !(expired && !completeCounted),
    credits: evaluation.credits,
    rollover: evaluation.rollover,
    paths: evaluation.paths,
    bestPathId: bestPath(evaluation.paths, evaluation.credits.captured)?.id,
    categories: evaluation.categories,
    years: evaluation.years,
    renewal: renewedOn ? { completedOn: renewedOn, newExpiresOn: newExpiry(renewedOn) } : undefined,
    newExpiryIfCompletedToday: !cert.retired && !expired && !renewedOn ? newExpiry(today) : undefined,
  };
  return { ...progressed, nextSteps: nextStepsFor(progressed, cert, input, period) };
}

/** Never expires: by its rule, or because it was earned before the day its program began to limit it (CCST). */
function neverExpires(rule: ResolvedRule, cert: Certification): boolean {
  if (rule.neverExpires) return true;
  return rule.neverExpiresIfEarnedBefore !== undefined && cert.earnedOn !== undefined && cert.earnedOn < rule.neverExpiresIfEarnedBefore;
}

/**
 * The current period: from the day earned (or renewed) to expiry. A calendar cycle (ISACA) ends on 31 December of
 * its last year and runs over the calendar years from 1 January after the day earned; the hours earned between that
 * day and the first 1 January count toward its first year. A certification whose validity depends on the day earned
 * (CCST) may give that day alone. Undefined when the dates given cannot place it.
 */
function periodOf(program: ProgramDefinition, rule: ResolvedRule, cert: Certification, years: number): Period | undefined {
  if (program.cycle === 'calendar-year') {
    const yearOf = (iso: string) => Number(iso.slice(0, 4));
    if (cert.expiresOn) {
      const end = `${yearOf(cert.expiresOn)}-12-31`;
      const firstYear = yearOf(end) - years + 1;
      // The day earned opens the period when it falls in the year before the cycle (or on its first day).
      const start = cert.earnedOn && yearOf(cert.earnedOn) >= firstYear - 1 && cert.earnedOn < `${firstYear}-01-01` ? cert.earnedOn : `${firstYear}-01-01`;
      return { start, end };
    }
    if (!cert.earnedOn) return undefined;
    const firstYear = cert.earnedOn.endsWith('-01-01') ? yearOf(cert.earnedOn) : yearOf(cert.earnedOn) + 1;
    return { start: cert.earnedOn, end: `${firstYear + years - 1}-12-31` };
  }
  if (cert.expiresOn) return { start: cert.earnedOn ?? addYears(cert.expiresOn, -years), end: cert.expiresOn };
  // A validity of its own (CCST: 5 years) places the period from the day earned alone.
  return cert.earnedOn && rule.validityYears ? { start: cert.earnedOn, end: addYears(cert.earnedOn, years) } : undefined;
}

/**
 * A held certification's name to show and its expiry, as progress() works them out: the current name after a
 * rename, and the end of the period also where it was derived (a CCST from the day earned, ISACA's cycle) rather than
 * entered. For those who need the two without a whole report (the expiry reminders).
 */
export function shownNameAndExpiry(cert: Certification): { name: string; expiresOn?: string } {
  const program = programDefinition(cert.program);
  const rule = program && ruleFor(program, cert);
  if (!program || !rule) return { name: cert.name, expiresOn: cert.expiresOn };
  if (neverExpires(rule, cert)) return { name: rule.name };
  return { name: rule.name, expiresOn: periodOf(program, rule, cert, rule.validityYears ?? program.periodYears)?.end ?? cert.expiresOn };
}

function isActive(p: CertificationProgress): boolean {
  return !p.neverExpires && p.state !== 'expired' && p.renewable && p.paths.length > 0;
}

/** Which certifications of a 'highest' program carry which: the highest active one first, then the rest. */
function assignCarriers(program: ProgramDefinition, held: CertificationProgress[], certs: readonly Certification[]): Map<string, CertificationProgress> {
  const carriedBy = new Map<string, CertificationProgress>();
  if (program.pool !== 'highest' || program.carries === 'none') return carriedBy;
  const rank = (p: CertificationProgress) => ruleFor(program, certs.find((c) => c.id === p.certificationId)!)?.rank ?? 0;
  // A standalone certification (CCST, CCT) neither carries nor is carried: CE credits do not apply to it.
  const standalone = (p: CertificationProgress) => ruleFor(program, certs.find((c) => c.id === p.certificationId)!)?.standalone === true;
  const candidates = held.filter((p) => isActive(p) && !standalone(p)).sort((a, b) => rank(b) - rank(a) || (a.expiresOn ?? '').localeCompare(b.expiresOn ?? ''));
  const heads: CertificationProgress[] = [];
  for (const p of candidates) {
    // Listed renewals go by the rule's code, so a certification typed by name ("Security+") is carried too.
    const codeOf = (x: CertificationProgress) => ruleFor(program, certs.find((c) => c.id === x.certificationId)!)?.code ?? x.code ?? '';
    const head = heads.find((h) =>
      program.carries === 'same-level-and-below' ? rank(p) <= rank(h) : (ruleFor(program, certs.find((c) => c.id === h.certificationId)!)?.renews ?? []).includes(codeOf(p)),
    );
    if (head) carriedBy.set(p.certificationId, head);
    else heads.push(p);
  }
  return carriedBy;
}

const URGENCY: Record<CertificationState, number> = { 'at-risk': 0, 'on-track': 1, retired: 2, renewed: 3, expired: 4 };

function recordsByProgram(records: ProgressInput['records']): Map<string, CourseRecord[]> {
  const groups = new Map<string, CourseRecord[]>();
  for (const r of records) {
    const group = groups.get(r.program);
    if (group) group.push(r);
    else groups.set(r.program, [r]);
  }
  return groups;
}

export function progress(input: ProgressInput): ProgressReport {
  // Each certification looks only at its own program's records, sorted once per program and sliced per period.
  const byProgram = recordsByProgram(input.records);
  const sortedEntries = new Map<string, readonly CountingEntry[]>();
  const entriesOf = (program: ProgramDefinition) => {
    let entries = sortedEntries.get(program.id);
    if (!entries) sortedEntries.set(program.id, (entries = countingEntries(byProgram.get(program.id) ?? [], program)));
    return entries;
  };
  let certifications = input.certifications.map((cert) =>
    certificationProgress(cert, { ...input, records: byProgram.get(cert.program) ?? [] }, entriesOf),
  );

  for (const program of new Set(input.certifications.map((c) => c.program))) {
    const definition = programDefinition(program);
    if (!definition) continue;
    const carriedBy = assignCarriers(definition, certifications.filter((c) => c.program === program), input.certifications);
    certifications = certifications.map((p) => {
      const head = carriedBy.get(p.certificationId);
      if (head) {
        // Carried: it renews when the head does, so it shows the head's pool against the head's target.
        const { credits, rollover, paths, bestPathId, categories, years, state, renewal } = head;
        return { ...p, credits, rollover, paths, bestPathId, categories, years, state, renewal, renewedBy: head.certificationId, nextSteps: [{ kind: 'renews-with', certificationId: head.certificationId, name: head.certification }] };
      }
      const carried = [...carriedBy].filter(([, h]) => h.certificationId === p.certificationId).map(([id]) => id);
      return carried.length > 0 ? { ...p, renews: carried } : p;
    });
  }

  const primary = certifications
    .filter((c) => !c.renewedBy)
    .sort((a, b) => URGENCY[a.state] - URGENCY[b.state] || (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999'))[0];
  return {
    today: input.today,
    submissionWindowDays: input.settings.submissionWindowDays,
    primaryId: primary?.certificationId,
    certifications,
    nextStep: primary?.nextSteps[0] ?? { kind: 'add-certification' },
  };
}
