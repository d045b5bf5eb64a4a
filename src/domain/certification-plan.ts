/**
 * The planner applied to a held certification: which of its renewal paths credits can finish, how many credits
 * that path still needs and by when, and the cheapest catalogue activities that cover them. Pure: the background
 * runs it on a fresh progress report, and tests run it on one of their own.
 */
import type { Activity } from './activities';
import { planCheapest, type CheapestPlan, type ExclusionReason } from './planner';
import type { CertificationProgress, PathProgress, ProgressReport } from './progress-types';
import type { CreditUnit, Program } from './schema';

/**
 * Why no plan can be made: the certification never expires; it has no expiry date yet; it cannot be renewed
 * (retired, expired, or its rules are unknown: its next step says which); or none of its paths takes credits.
 */
export type UnplannableReason = 'never-expires' | 'no-expiry' | 'not-renewable' | 'no-credit-path';

/** The certification and path a plan is for. */
export interface PlanTarget {
  /** The certification asked about; it differs from certificationId when another certification carries it. */
  requestedId: string;
  certificationId: string;
  certification: string;
  program: Program;
  unit: CreditUnit;
  pathId: string;
  pathLabel: string;
  /** The certification's expiry: credits must be earned by then. */
  deadline: string;
}

export type CertificationPlan =
  | ({ status: 'planned'; plan: CheapestPlan } & PlanTarget)
  | { status: 'unplannable'; requestedId: string; certificationId: string; certification: string; reason: UnplannableReason };

export interface CertificationPlanRequest {
  report: ProgressReport;
  certificationId: string;
  items: readonly Activity[];
  currency: string;
  /** See PlanRequest.unavailable. */
  unavailable?: ReadonlyMap<string, ExclusionReason>;
}

function fewestRemaining(paths: readonly PathProgress[]): PathProgress | undefined {
  // Strictly fewer: on a tie the program's own order (its main path first) decides.
  return paths.reduce<PathProgress | undefined>((best, p) => (!best || p.remaining < best.remaining ? p : best), undefined);
}

/**
 * The path buying activities can finish: of the paths that take credits, the one nearest done among those with
 * no exam left to pass (credits alone complete it). When every credit path still needs an exam, the best path if
 * it takes credits, else the credit path nearest done: the exam is then the user's part of the plan.
 */
export function pathToPlan(cert: Pick<CertificationProgress, 'paths' | 'bestPathId'>): PathProgress | undefined {
  const creditPaths = cert.paths.filter((p) => p.creditsRequired > 0);
  const creditsOnly = creditPaths.filter((p) => p.examsRemaining === 0);
  if (creditsOnly.length > 0) return fewestRemaining(creditsOnly);
  return creditPaths.find((p) => p.id === cert.bestPathId) ?? fewestRemaining(creditPaths);
}

function unplannableReason(cert: CertificationProgress): UnplannableReason | undefined {
  if (cert.neverExpires) return 'never-expires';
  if (!cert.expiresOn) return 'no-expiry';
  if (!cert.renewable) return 'not-renewable';
  return undefined;
}

/** The cheapest plan for a held certification; undefined when the report has no certification with that id. */
export function planForCertification({ report, certificationId, items, currency, unavailable }: CertificationPlanRequest): CertificationPlan | undefined {
  const requested = report.certifications.find((c) => c.certificationId === certificationId);
  if (!requested) return undefined;
  // A carried certification renews when its carrier does: the carrier's credits, path and expiry are what count.
  const cert = (requested.renewedBy && report.certifications.find((c) => c.certificationId === requested.renewedBy)) || requested;
  const who = { requestedId: certificationId, certificationId: cert.certificationId, certification: cert.certification };

  const reason = unplannableReason(cert);
  const path = reason ? undefined : pathToPlan(cert);
  if (reason || !path || !cert.expiresOn) return { status: 'unplannable', ...who, reason: reason ?? 'no-credit-path' };

  const plan = planCheapest({
    items,
    program: cert.program,
    creditUnit: cert.unit,
    remaining: path.remaining,
    today: report.today,
    deadline: cert.expiresOn,
    currency,
    unavailable,
  });
  return {
    status: 'planned',
    ...who,
    program: cert.program,
    unit: cert.unit,
    pathId: path.id,
    pathLabel: path.label,
    deadline: cert.expiresOn,
    plan,
  };
}
