/** The shapes progress() returns: shared by the engine, its next-step rules, the popup and the CLI. */
import type { CategoryCheck, YearCheck } from './credit-tally';
import type { ExamRequirement } from './programs/definition';
import type { Certification, CourseRecord, CreditUnit, Exam, Settings } from './schema';

export type { CategoryCheck, YearCheck } from './credit-tally';

export type NextStep =
  | { kind: 'add-certification' }
  | { kind: 'set-expiry' }
  /** Whether it expires at all depends on the day it was earned (CCST), which is not given. */
  | { kind: 'set-earned' }
  | { kind: 'no-rules' }
  | { kind: 'never-expires' }
  | { kind: 'retired' }
  | { kind: 'expired' }
  /** The period has ended; days remain to submit its credits, or (suspended) to earn what it lacks. */
  | { kind: 'grace'; daysLeft: number; suspended?: boolean }
  | { kind: 'renewed'; newExpiresOn: string }
  | { kind: 'renews-with'; certificationId: string; name: string }
  | { kind: 'submit'; recordId: string; title: string; credits: number; unit: CreditUnit; daysLeftInWindow: number }
  | { kind: 'category'; ruleId: string; label: string; remaining: number; unit: CreditUnit }
  | { kind: 'year-minimum'; year: number; remaining: number; unit: CreditUnit; daysLeft: number }
  | { kind: 'year-missed'; year: number; counted: number; required: number; unit: CreditUnit }
  | { kind: 'earn'; remaining: number; unit: CreditUnit; perMonth: number; daysLeft: number }
  /** Renewed by exam alone (CCST, CCT, Customer Success Manager): the exams of its nearest path, by its expiry. */
  | { kind: 'pass-exam'; requirements: ExamRequirement[]; expiresOn: string }
  | { kind: 'claim-pending'; pending: number; unit: CreditUnit }
  | { kind: 'done' };

/** 'retired': the program retired it; it stays active until its expiry and cannot be renewed. */
export type CertificationState = 'renewed' | 'on-track' | 'at-risk' | 'retired' | 'expired';

export interface PathProgress {
  id: string;
  label: string;
  creditsRequired: number;
  examsRequired: number;
  /** Which exams: each requirement is `count` distinct exams of one of `kinds`. */
  examRequirements: ExamRequirement[];
  creditsCounted: number;
  examsCounted: number;
  /** Credits still needed on this path (0 when its credit part is met). */
  remaining: number;
  examsRemaining: number;
  /** Every requirement met, counting pending claims (they count once validated, even after expiry). */
  complete: boolean;
}

export interface CreditSummary {
  earned: number;
  /** Submitted or pending at the certification body. */
  pending: number;
  /** Captured here, not yet submitted. */
  captured: number;
  /** What counts toward the requirement: earned + pending, less excess over category maximums, plus rollover. */
  counted: number;
}

export interface CertificationProgress {
  certificationId: string;
  program: Certification['program'];
  certification: string;
  code?: string;
  level: Certification['level'];
  unit: CreditUnit;
  periodStart?: string;
  expiresOn?: string;
  daysLeft?: number;
  state: CertificationState;
  neverExpires: boolean;
  /** False for retired certifications, expired ones, and those whose program rules are unknown. */
  renewable: boolean;
  credits: CreditSummary;
  /** Group A credits rolled over from the previous period (ISC2). */
  rollover: number;
  paths: PathProgress[];
  /** The path closest to done: the one the popup's bar shows. */
  bestPathId?: string;
  categories: CategoryCheck[];
  years: YearCheck[];
  /** The certification whose renewal carries this one. */
  renewedBy?: string;
  /** Certifications this one's renewal carries. */
  renews: string[];
  /** Set when renewed: the day the last requirement was met, and the new expiry (that day + the period). */
  renewal?: { completedOn: string; newExpiresOn: string };
  newExpiryIfCompletedToday?: string;
  nextSteps: NextStep[];
}

export interface ProgressReport {
  today: string;
  /** The setting the report was made with, so a page can show each captured record's days left to submit. */
  submissionWindowDays: number;
  /** The certification that matters most now: the most urgent of those not carried by another. */
  primaryId?: string;
  certifications: CertificationProgress[];
  /** The primary certification's first next step, or adding a certification. */
  nextStep: NextStep;
}

export interface ProgressInput {
  records: readonly CourseRecord[];
  certifications: readonly Certification[];
  exams?: readonly Exam[];
  settings: Pick<Settings, 'submissionWindowDays'> & Partial<Pick<Settings, 'graceActivitiesCount'>>;
  today: string;
}

