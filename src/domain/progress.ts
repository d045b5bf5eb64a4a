/**
 * (records, certifications, exams, today) -> where each held certification stands.
 * Pure and JSON-serialisable: the popup renders it, the CLI prints it.
 *
 * Cisco keeps one credit pool per person, counted toward the highest active certification; when that one
 * renews, every held certification at that level and below renews with it. Only activities completed
 * within the current period (period start through expiry) count.
 */
import { addDays, addYears, daysBetween } from './dates';
import { CISCO_CE_ONLY_CREDITS, CISCO_PERIOD_YEARS, LEVEL_RANK } from './programs/cisco';
import type { Certification, CourseRecord, CreditUnit, Exam, Settings } from './schema';

export type CertificationState = 'on-track' | 'at-risk' | 'renewed' | 'expired' | 'no-expiry' | 'unknown';

export interface PathProgress {
  id: 'ce-only';
  unit: CreditUnit;
  required: number;
  earned: number;
  /** Submitted to the certification body, not yet validated. */
  pending: number;
  /** Captured here, not yet submitted. */
  captured: number;
  /** required minus everything counted (earned + pending + captured), never below 0. */
  remaining: number;
  complete: boolean;
}

export interface CertificationProgress {
  certificationId: string;
  name: string;
  program: Certification['program'];
  level: Certification['level'];
  expiresOn?: string;
  periodStart?: string;
  daysLeft?: number;
  state: CertificationState;
  /** Set on a lower certification that renews when the named (highest) one does. */
  renewsWith?: string;
  paths: PathProgress[];
}

export type NextStep =
  | { kind: 'add-certification' }
  | { kind: 'set-expiry'; certificationId: string }
  | { kind: 'expired'; certificationId: string }
  | { kind: 'submit'; recordId: string; title: string; daysLeftInWindow: number }
  | { kind: 'earn'; remaining: number; unit: CreditUnit; perMonth: number; daysLeft: number }
  | { kind: 'claim-pending'; pending: number; unit: CreditUnit }
  | { kind: 'done' };

export interface ProgressReport {
  today: string;
  /** The certification that matters most now: the highest active one, earliest expiry first among equals. */
  primaryId?: string;
  certifications: CertificationProgress[];
  nextStep: NextStep;
}

export interface ProgressInput {
  records: readonly CourseRecord[];
  certifications: readonly Certification[];
  exams?: readonly Exam[];
  settings: Pick<Settings, 'submissionWindowDays'>;
  today: string;
}

/** Within the last 90 days an unfinished renewal is at risk whatever the pace. */
const AT_RISK_DAYS = 90;

function periodOf(cert: Certification): { start: string; end: string } | undefined {
  if (!cert.expiresOn) return undefined;
  return { start: cert.earnedOn ?? addYears(cert.expiresOn, -CISCO_PERIOD_YEARS), end: cert.expiresOn };
}

function ciscoPool(records: readonly CourseRecord[], start: string, end: string): Omit<PathProgress, 'id' | 'unit' | 'required' | 'remaining' | 'complete'> {
  let earned = 0;
  let pending = 0;
  let captured = 0;
  for (const r of records) {
    if (r.program !== 'cisco' || !r.endDate || r.credits === undefined) continue;
    if (r.endDate < start || r.endDate > end) continue;
    if (r.status === 'earned') earned += r.credits;
    else if (r.status === 'pending' || r.status === 'submitted') pending += r.credits;
    else if (r.status === 'captured') captured += r.credits;
  }
  return { earned, pending, captured };
}

function ceOnlyPath(required: number, pool: ReturnType<typeof ciscoPool>): PathProgress {
  const counted = pool.earned + pool.pending + pool.captured;
  return {
    id: 'ce-only',
    unit: 'CE',
    required,
    ...pool,
    remaining: Math.max(0, required - counted),
    complete: pool.earned >= required,
  };
}

function stateOf(cert: Certification, path: PathProgress | undefined, today: string): CertificationState {
  const period = periodOf(cert);
  if (CISCO_CE_ONLY_CREDITS[cert.level] === null) return 'no-expiry';
  if (!period || !path) return 'unknown';
  if (today > period.end) return 'expired';
  if (path.complete) return 'renewed';
  const daysLeft = daysBetween(today, period.end);
  if (path.remaining === 0) return 'on-track';
  if (daysLeft <= AT_RISK_DAYS) return 'at-risk';
  const elapsed = Math.max(0, daysBetween(period.start, today)) / Math.max(1, daysBetween(period.start, period.end));
  const counted = path.required - path.remaining;
  return counted >= path.required * elapsed ? 'on-track' : 'at-risk';
}

function isActive(cert: Certification, today: string): boolean {
  return cert.expiresOn !== undefined && today <= cert.expiresOn && CISCO_CE_ONLY_CREDITS[cert.level] !== null;
}

export function choosePrimary(certifications: readonly Certification[], today: string): Certification | undefined {
  const byImportance = (a: Certification, b: Certification) =>
    LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999');
  const active = certifications.filter((c) => isActive(c, today)).sort(byImportance);
  if (active[0]) return active[0];
  return [...certifications].sort(byImportance)[0];
}

function nextStepFor(input: ProgressInput, primary: CertificationProgress | undefined): NextStep {
  if (!primary) return { kind: 'add-certification' };
  if (primary.state === 'unknown') return { kind: 'set-expiry', certificationId: primary.certificationId };
  if (primary.state === 'expired') return { kind: 'expired', certificationId: primary.certificationId };
  const path = primary.paths[0];
  if (!path || primary.state === 'renewed' || primary.state === 'no-expiry') return { kind: 'done' };

  const windowDays = input.settings.submissionWindowDays;
  const submittable = input.records
    .filter((r) => r.status === 'captured' && r.program === 'cisco' && r.endDate)
    .map((r) => ({ r, daysLeftInWindow: daysBetween(input.today, addDays(r.endDate!, windowDays)) }))
    .filter((x) => x.daysLeftInWindow >= 0)
    .sort((a, b) => a.daysLeftInWindow - b.daysLeftInWindow)[0];
  if (submittable) {
    return { kind: 'submit', recordId: submittable.r.id, title: submittable.r.title, daysLeftInWindow: submittable.daysLeftInWindow };
  }
  if (path.remaining > 0) {
    const daysLeft = primary.daysLeft ?? 0;
    const months = Math.max(1, daysLeft / 30.44);
    return { kind: 'earn', remaining: path.remaining, unit: path.unit, perMonth: Math.ceil(Math.round((path.remaining / months) * 10) / 10), daysLeft };
  }
  return { kind: 'claim-pending', pending: path.pending, unit: path.unit };
}

export function progress(input: ProgressInput): ProgressReport {
  const { today } = input;
  const cisco = input.certifications.filter((c) => c.program === 'cisco');
  const primary = choosePrimary(cisco, today);
  const primaryPeriod = primary && periodOf(primary);

  const certifications = input.certifications.map((cert): CertificationProgress => {
    const period = periodOf(cert);
    const required = CISCO_CE_ONLY_CREDITS[cert.level];
    const sharesPrimaryPool =
      primary !== undefined &&
      cert.id !== primary.id &&
      isActive(primary, today) &&
      isActive(cert, today) &&
      LEVEL_RANK[cert.level] <= LEVEL_RANK[primary.level];
    // A lower certification renews with the highest one, so it shows the pool against the highest's target.
    const source = sharesPrimaryPool ? primary : cert;
    const sourcePeriod = sharesPrimaryPool ? primaryPeriod : period;
    const sourceRequired = CISCO_CE_ONLY_CREDITS[source.level];
    const paths =
      cert.program === 'cisco' && required !== null && sourceRequired !== null && sourcePeriod
        ? [ceOnlyPath(sourceRequired, ciscoPool(input.records, sourcePeriod.start, sourcePeriod.end))]
        : [];
    return {
      certificationId: cert.id,
      name: cert.name,
      program: cert.program,
      level: cert.level,
      expiresOn: cert.expiresOn,
      periodStart: period?.start,
      daysLeft: cert.expiresOn ? daysBetween(today, cert.expiresOn) : undefined,
      state: stateOf(source, paths[0], today),
      renewsWith: sharesPrimaryPool ? primary.id : undefined,
      paths,
    };
  });

  const primaryProgress = certifications.find((c) => c.certificationId === primary?.id);
  return { today, primaryId: primary?.id, certifications, nextStep: nextStepFor(input, primaryProgress) };
}
