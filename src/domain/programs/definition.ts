/**
 * The shape every program's rules take, as a zod schema: each file in this folder exports one
 * ProgramDefinition as plain data, and index.ts validates them all. The engine (progress.ts) knows only this
 * shape, never a program by name.
 */
import { z } from 'zod';
import { CertLevel, CreditUnit, ExamKind, Program } from '../schema';

const Id = z.string().regex(/^[a-z0-9-]+$/).max(64);

/** Pass `count` distinct exams of these kinds, or with these codes (Customer Success Manager: 820-605), within the period. */
export const ExamRequirement = z
  .object({
    count: z.number().int().min(1),
    kinds: z.array(ExamKind).default([]),
    codes: z.array(z.string().regex(/^[A-Z0-9-]+$/)).default([]),
  })
  .refine((r) => r.kinds.length > 0 || r.codes.length > 0, { message: 'An exam requirement names kinds or codes' });
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

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const RuleBody = z.object({
  /** Never expires: no period, no paths. */
  neverExpires: z.boolean().default(false),
  /** Never expires when earned before this day; earned on or after it, it lasts `validityYears` (Cisco CCST). */
  neverExpiresIfEarnedBefore: IsoDay.optional(),
  /** How long it lasts, where it differs from the program's period (Cisco CCST earned from 15 July 2025: 5 years). */
  validityYears: z.number().int().min(1).max(10).optional(),
  /**
   * Renewed only by its own paths: it never renews along with another certification of the pool, nor carries one
   * (Cisco CCST, CCT, Customer Success Manager: CE credits do not apply to them).
   */
  standalone: z.boolean().default(false),
  paths: z.array(PathRule).default([]),
  categoryRules: z.array(CategoryRule).default([]),
  /** At most this many credits carried over from the previous period (ProgramDefinition.rollover says which). */
  rolloverCap: z.number().min(0).optional(),
});

export const CertificationRule = RuleBody.extend({
  code: Id,
  /** The official name today. */
  name: z.string().min(1),
  /** Other ways people write it (acronyms, the long form); matched, never shown (certification-names.ts). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Names it had before a rename: matched, and shown as the current name. */
  formerNames: z.array(z.string().min(1)).default([]),
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
  /** Categories whose activities recur under one title (a yearly conference): each day is another item. */
  recurringCategories: z.array(Id).default([]),
  /**
   * Where the next period starts once this one's requirements are met: on that day ('completion', Cisco: "not old
   * expiry + 3 years"), or where this one ends ('expiry': fixed cycles).
   */
  nextPeriodFrom: z.enum(['completion', 'expiry']).default('completion'),
  /** Days after expiry in which the period's credits may still be submitted (ISC2: 90). */
  graceDays: z.number().int().min(0).max(365).default(0),
  /**
   * Whether activities completed during those days count toward the period: 'setting' where the sources conflict
   * and the user decides (Settings.graceActivitiesCount, ISC2).
   */
  graceActivitiesCount: z.enum(['never', 'always', 'setting']).default('never'),
  /** What those days are: a grace period to submit the period's credits (ISC2), or a suspension in which credits
   * can still be earned to have it reinstated (PMI, EC-Council). */
  graceKind: z.enum(['grace', 'suspension']).default('grace'),
  /**
   * 'from-earned': the period runs from the day earned (or renewed) to expiry; 'calendar-year': it starts on 1
   * January after the certification was earned and its years are calendar years (ISACA).
   */
  cycle: z.enum(['from-earned', 'calendar-year']).default('from-earned'),
  /** Activities whose titles match these (case-insensitive regular expressions) never count (Cisco: "lite", "NO LABS"). */
  ineligibleTitles: z.array(z.string().min(1)).default([]),
  /** At least this many credits in each year of the period (ISACA). */
  perYearMinimum: z.number().min(0).optional(),
  /**
   * Credits above the previous period's requirement, earned in its last `windowMonths`, carry over into the next
   * (ISC2: Group A, 6 months; PMI: any, the last year), up to each certification's rolloverCap. `categories`, when
   * given, limits which credits carry over, and carried credits then count toward those categories' minimums.
   */
  rollover: z.object({ windowMonths: z.number().int().min(1).max(36), categories: z.array(Id).default([]) }).optional(),
  categories: z.array(z.object({ id: Id, label: z.string().min(1) })).default([]),
  /** Exam codes whose series says the kind (Cisco: 350-xxx is a technology core exam), so a code alone is enough. */
  examSeries: z.array(z.object({ prefix: z.string().regex(/^\d{3}-(?:\d{1,2})?$/), kind: ExamKind })).default([]),
  certifications: z.array(CertificationRule),
  /** Rules for a certification not in the list, by its level (Cisco's thresholds are by level). */
  byLevel: z.partialRecord(CertLevel, RuleBody).default({}),
  sources: z.array(z.string().min(1)).min(1),
});
export type ProgramDefinition = z.infer<typeof ProgramDefinition>;
export type ProgramDefinitionInput = z.input<typeof ProgramDefinition>;
