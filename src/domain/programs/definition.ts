/**
 * The shape every program's rules take, as a zod schema: each file in this folder exports one
 * ProgramDefinition as plain data, and index.ts validates them all. The engine (progress.ts) knows only this
 * shape, never a program by name.
 */
import { z } from 'zod';
import { CertLevel, CreditUnit, ExamKind, Program } from '../schema';

const Id = z.string().regex(/^[a-z0-9-]+$/).max(64);

/** Pass `count` distinct exams of these kinds within the period. */
export const ExamRequirement = z.object({
  count: z.number().int().min(1),
  kinds: z.array(ExamKind).min(1),
});
export type ExamRequirement = z.infer<typeof ExamRequirement>;

/** One way to renew: this many credits and these exams (all of them), within the period. */
export const PathRule = z.object({
  id: Id,
  label: z.string().min(1),
  credits: z.number().min(0),
  exams: z.array(ExamRequirement).default([]),
});
export type PathRule = z.infer<typeof PathRule>;

/** A minimum or maximum on the credits of some categories (ISC2 Group A, PMI Education and Giving Back). */
export const CategoryRule = z
  .object({
    id: Id,
    label: z.string().min(1),
    categories: z.array(Id).min(1),
    min: z.number().min(0).optional(),
    /** Credits above this do not count toward the total. */
    max: z.number().min(0).optional(),
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'A category rule needs a min or a max' });
export type CategoryRule = z.infer<typeof CategoryRule>;

const RuleBody = z.object({
  /** Never expires (Cisco CCST): no period, no paths. */
  neverExpires: z.boolean().default(false),
  paths: z.array(PathRule).default([]),
  categoryRules: z.array(CategoryRule).default([]),
  /** Group A credits that may roll over from the last months of the previous period (ISC2). */
  rolloverCap: z.number().min(0).optional(),
});

export const CertificationRule = RuleBody.extend({
  code: Id,
  name: z.string().min(1),
  level: CertLevel,
  /** Higher ranks renew lower ones where the program says so (see ProgramDefinition.carries). */
  rank: z.number().int().min(0),
  /** With carries: 'listed', the codes renewed along with this certification. */
  renews: z.array(Id).default([]),
});
export type CertificationRule = z.infer<typeof CertificationRule>;

export const ProgramDefinition = z.object({
  id: Program,
  name: z.string().min(1),
  unit: CreditUnit,
  periodYears: z.number().int().min(1).max(10),
  /**
   * 'highest': one pool per person, counted toward the certification that carries the others (Cisco, CompTIA).
   * 'each': every certification has its own requirement and every activity of the program counts for each.
   */
  pool: z.enum(['highest', 'each']),
  /** Which held certifications renew with the one the pool counts toward: same level and below, or a listed set. */
  carries: z.enum(['same-level-and-below', 'listed', 'none']),
  /** Minutes of activity per credit, when a record gives hours but no credits; absent: credits are assigned only. */
  minutesPerCredit: z.number().positive().optional(),
  /** The same item claimed twice counts once (Cisco: "no credit for a course already claimed unless it is a new version"). */
  itemCountsOnce: z.boolean().default(false),
  /** Days after expiry in which the period's credits may still be submitted (ISC2: 90). */
  graceDays: z.number().int().min(0).max(365).default(0),
  /** Activities whose titles match these (case-insensitive regular expressions) never count (Cisco: "lite", "NO LABS"). */
  ineligibleTitles: z.array(z.string().min(1)).default([]),
  /** At least this many credits in each year of the period (ISACA). */
  perYearMinimum: z.number().min(0).optional(),
  /** How far back from the period's start rolled-over credits may come from (ISC2: 6 months). */
  rolloverWindowMonths: z.number().int().min(1).max(36).optional(),
  categories: z.array(z.object({ id: Id, label: z.string().min(1) })).default([]),
  certifications: z.array(CertificationRule),
  /** Rules for a certification not in the list, by its level (Cisco's thresholds are by level). */
  byLevel: z.partialRecord(CertLevel, RuleBody).default({}),
  sources: z.array(z.string().min(1)).min(1),
});
export type ProgramDefinition = z.infer<typeof ProgramDefinition>;
export type ProgramDefinitionInput = z.input<typeof ProgramDefinition>;
