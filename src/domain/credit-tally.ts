/**
 * Counting credits for one certification's period: which records count, how many credits each is worth, and
 * where a program's category limits, per-year minimums, rollover and exams stand. Pure functions; progress.ts
 * puts them together.
 */
import { addDays, addYears, daysBetween } from './dates';
import type { CategoryRule, PathRule, ProgramDefinition } from './programs/definition';
import type { ResolvedRule } from './programs';
import type { CourseRecord, Exam, RecordStatus } from './schema';

/** Inclusive calendar window, ISO dates. */
export interface Period {
  start: string;
  end: string;
}

export interface CountingEntry {
  record: CourseRecord;
  credits: number;
  /** The completion date, within the period. */
  date: string;
}

/** What a record is worth: its assigned credits, or its hours converted where the program allows it. */
export function creditsOf(record: CourseRecord, program: ProgramDefinition): number | undefined {
  if (record.credits !== undefined) return record.credits;
  if (record.hours !== undefined && program.minutesPerCredit) return Math.round(((record.hours * 60) / program.minutesPerCredit) * 100) / 100;
  return undefined;
}

/**
 * The program's records that can count at all (not rejected, dated, worth something). Built once per program;
 * each certification then keeps those of its period. (Filtering is linear; sorting these would cost more than
 * everything else progress() does.)
 */
const ineligibleCache = new WeakMap<ProgramDefinition, RegExp | null>();

/** The program's ineligible-title patterns as one expression (one test per record), or null when it has none. */
function ineligiblePattern(program: ProgramDefinition): RegExp | null {
  let re = ineligibleCache.get(program);
  if (re === undefined) {
    re = program.ineligibleTitles.length > 0 ? new RegExp(program.ineligibleTitles.map((p) => `(?:${p})`).join('|'), 'i') : null;
    ineligibleCache.set(program, re);
  }
  return re;
}

/** Whether the program accepts this kind of activity at all (Cisco: no "lite" or "NO LABS" courses). */
export function isEligible(record: CourseRecord, program: ProgramDefinition): boolean {
  return !ineligiblePattern(program)?.test(record.title);
}

export function countingEntries(records: readonly CourseRecord[], program: ProgramDefinition): CountingEntry[] {
  const out: CountingEntry[] = [];
  const ineligible = ineligiblePattern(program);
  for (const record of records) {
    if (record.program !== program.id || record.status === 'rejected' || !record.endDate) continue;
    if (ineligible?.test(record.title)) continue;
    const credits = creditsOf(record, program);
    if (credits === undefined || credits <= 0) continue;
    out.push({ record, credits, date: record.endDate });
  }
  return program.itemCountsOnce ? oncePerItem(out, program) : out;
}

/**
 * The same item: same certificate code, else same provider and title (a new version has a new title). In a category
 * whose activities recur (CompTIA: a conference each year), the same title on another day is another item.
 */
export function itemKey(record: CourseRecord, program?: Pick<ProgramDefinition, 'recurringCategories'>): string {
  if (record.certificateCode) return `code:${record.certificateCode.toLowerCase()}`;
  const recurring = record.category !== undefined && program?.recurringCategories.includes(record.category);
  // Titles and providers are stored trimmed (schema.ts); case is all that varies between two captures of one page.
  return `title:${record.provider.toLowerCase()}|${record.title.toLowerCase()}${recurring ? `|${record.endDate ?? ''}` : ''}`;
}

const STATUS_STRENGTH: Record<CourseRecord['status'], number> = { earned: 4, pending: 3, submitted: 2, captured: 1, rejected: 0 };

function preferred(a: CountingEntry, b: CountingEntry): boolean {
  if (a.credits !== b.credits) return a.credits > b.credits;
  const strength = STATUS_STRENGTH[a.record.status] - STATUS_STRENGTH[b.record.status];
  if (strength !== 0) return strength > 0;
  if (a.date !== b.date) return a.date < b.date;
  return a.record.id < b.record.id;
}

/**
 * Keeps one entry per item: the one worth most (so a second claim never lowers the total), then the claim
 * furthest along, then the first completion.
 */
function oncePerItem(entries: CountingEntry[], program: ProgramDefinition): CountingEntry[] {
  const keep = new Array<boolean>(entries.length).fill(true);
  const keptAt = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const key = itemKey(entries[i]!.record, program);
    const j = keptAt.get(key);
    if (j === undefined) {
      keptAt.set(key, i);
    } else if (preferred(entries[i]!, entries[j]!)) {
      keep[j] = false;
      keptAt.set(key, i);
    } else {
      keep[i] = false;
    }
  }
  return entries.filter((_, i) => keep[i]);
}

/** The entries completed within the period (both ends included). */
export function entriesWithin(entries: readonly CountingEntry[], period: Period): CountingEntry[] {
  return entries.filter((e) => e.date >= period.start && e.date <= period.end);
}

export const CLAIMED: ReadonlySet<RecordStatus> = new Set(['earned', 'pending', 'submitted']);
export const EARNED_ONLY: ReadonlySet<RecordStatus> = new Set(['earned']);

export interface CategoryCheck {
  id: string;
  label: string;
  min?: number;
  max?: number;
  /** Credits in these categories (above a max, the excess is shown but does not count toward the total). */
  counted: number;
  met: boolean;
  remaining: number;
}

export interface YearCheck {
  year: number;
  start: string;
  end: string;
  required: number;
  counted: number;
  met: boolean;
  remaining: number;
}

/** Where a certification stands when only records of the given statuses are believed. */
export interface Standing {
  /** Credits toward the total: claimed credits, less any excess over a category maximum, plus rollover. */
  credits: number;
  categories: CategoryCheck[];
  years: YearCheck[];
}

/** Credits are summed in millionths, as whole numbers: floating-point sums depend on their order (22.8 + 8.4). */
const CREDIT_SCALE = 1_000_000;

export function sumBy(entries: readonly CountingEntry[], keep: (e: CountingEntry) => boolean): number {
  let total = 0;
  for (const e of entries) if (keep(e)) total += Math.round(e.credits * CREDIT_SCALE);
  return total / CREDIT_SCALE;
}

/**
 * The years of a period: anniversary years from its start, or, for a calendar cycle, the calendar years ending with
 * the period's (the first also holds the days before its 1 January, from the day earned).
 */
/** The entries' total and each category's sum, in one pass; category sums stay in millionths (CREDIT_SCALE). */
function categorySums(entries: readonly CountingEntry[]): { total: number; byCategory: Map<string, number> } {
  let total = 0;
  const byCategory = new Map<string, number>();
  for (const e of entries) {
    const scaled = Math.round(e.credits * CREDIT_SCALE);
    total += scaled;
    const k = e.record.category;
    if (k !== undefined) byCategory.set(k, (byCategory.get(k) ?? 0) + scaled);
  }
  return { total: total / CREDIT_SCALE, byCategory };
}

export function yearsOf(period: Period, program: Pick<ProgramDefinition, 'periodYears' | 'cycle'>): Period[] {
  const n = program.periodYears;
  if (program.cycle === 'calendar-year') {
    const last = Number(period.end.slice(0, 4));
    return Array.from({ length: n }, (_, i) => {
      const year = last - n + 1 + i;
      return { start: i === 0 ? period.start : `${year}-01-01`, end: i === n - 1 ? period.end : `${year}-12-31` };
    });
  }
  return Array.from({ length: n }, (_, i) => ({
    start: addYears(period.start, i),
    end: i === n - 1 ? period.end : addDays(addYears(period.start, i + 1), -1),
  }));
}

export function standing(
  entries: readonly CountingEntry[],
  statuses: ReadonlySet<RecordStatus>,
  rule: ResolvedRule,
  program: ProgramDefinition,
  period: Period,
  rollover: number,
): Standing {
  const believed = entries.filter((e) => statuses.has(e.record.status));
  // One pass for the total and every category's sum (in millionths, as sumBy): the renewal-day search asks often.
  const { total, byCategory } = categorySums(believed);
  const inCategories = (categories: readonly string[]) => categories.reduce((sum, k) => sum + (byCategory.get(k) ?? 0), 0) / CREDIT_SCALE;
  const credits = total + rollover - excessOverMaximums((k) => (byCategory.get(k) ?? 0) / CREDIT_SCALE, rule.categoryRules);
  // Carried-over credits belong to the categories the program carries over (ISC2: Group A), so they help those minimums.
  const carried = program.rollover?.categories ?? [];
  const categories = rule.categoryRules.map((c): CategoryCheck => {
    const counted = inCategories(c.categories) + (carried.some((k) => c.categories.includes(k)) ? rollover : 0);
    const met = c.min === undefined || counted >= c.min;
    return { id: c.id, label: c.label, min: c.min, max: c.max, counted, met, remaining: c.min === undefined ? 0 : Math.max(0, c.min - counted) };
  });
  const years =
    program.perYearMinimum === undefined
      ? []
      : yearsOf(period, program).map((y, i): YearCheck => {
          const counted = sumBy(believed, (e) => e.date >= y.start && e.date <= y.end);
          const required = program.perYearMinimum!;
          return { year: i + 1, ...y, required, counted, met: counted >= required, remaining: Math.max(0, required - counted) };
        });
  return { credits, categories, years };
}

/**
 * The credits over the categories' maximums, which do not count toward the total. A maximum inside another (PMI:
 * "Working as a practitioner" at most 8, within Giving Back at most 25) is applied first, and what it took off is
 * not taken off again by the outer one.
 */
function excessOverMaximums(sumOf: (category: string) => number, rules: readonly CategoryRule[]): number {
  const maximums = rules.filter((c) => c.max !== undefined).sort((a, b) => a.categories.length - b.categories.length);
  if (maximums.length === 0) return 0;
  const raw = new Map<string, number>();
  for (const c of maximums) for (const k of c.categories) if (!raw.has(k)) raw.set(k, sumOf(k));
  const takenOff = new Map<string, number>();
  let total = 0;
  for (const c of maximums) {
    const counted = c.categories.reduce((sum, k) => sum + raw.get(k)! - (takenOff.get(k) ?? 0), 0);
    let excess = Math.max(0, counted - c.max!);
    total += excess;
    // Booked against the rule's own categories, so an outer rule containing them sees what is left.
    for (const k of c.categories) {
      const take = Math.min(excess, raw.get(k)! - (takenOff.get(k) ?? 0));
      takenOff.set(k, (takenOff.get(k) ?? 0) + take);
      excess -= take;
    }
  }
  return total;
}

/**
 * Credits carried into this period (ISC2: Group A, PMI: any): earned in the last months of the previous period,
 * beyond what that period required, up to the certification's cap.
 */
export function rolloverInto(sorted: readonly CountingEntry[], program: ProgramDefinition, rule: ResolvedRule, period: Period): number {
  if (!rule.rolloverCap || !program.rollover) return 0;
  const { windowMonths, categories } = program.rollover;
  const required = Math.max(0, ...rule.paths.map((p) => p.credits));
  const previous: Period = { start: addYears(period.start, -(rule.validityYears ?? program.periodYears)), end: addDays(period.start, -1) };
  const earnedBefore = entriesWithin(sorted, previous).filter((e) => e.record.status === 'earned');
  // Only what counted toward the previous period is above its requirement: not PDUs over a category's maximum.
  const { total, byCategory } = categorySums(earnedBefore);
  const excess = total - excessOverMaximums((k) => (byCategory.get(k) ?? 0) / CREDIT_SCALE, rule.categoryRules) - required;
  const windowStart = addDays(period.start, -Math.round(windowMonths * 30.44));
  const carriable = (e: CountingEntry) => categories.length === 0 || (e.record.category !== undefined && categories.includes(e.record.category));
  const late = sumBy(earnedBefore, (e) => carriable(e) && e.date >= windowStart);
  return Math.max(0, Math.min(rule.rolloverCap, excess, late));
}

/** How many of each requirement's exams were passed in the period; an exam counts toward one requirement only. */
export function examsTowards(path: PathRule, exams: readonly Exam[], program: ProgramDefinition, period: Period): { required: number; counted: number } {
  const inPeriod = exams.filter((e) => e.program === program.id && e.passedOn >= period.start && e.passedOn <= period.end);
  // An exam passed twice is still one exam.
  const available = [...new Map([...inPeriod].sort((a, b) => b.passedOn.localeCompare(a.passedOn)).map((e) => [e.code, e])).values()];
  const used = new Set<string>();
  let required = 0;
  let counted = 0;
  for (const requirement of path.exams) {
    required += requirement.count;
    // A code is matched by its number: "820-605 CLCSM" is 820-605.
    const named = (e: Exam) => requirement.codes.some((c) => e.code === c || e.code.startsWith(`${c} `));
    const matching = available.filter((e) => !used.has(e.code) && (requirement.kinds.includes(e.kind) || named(e)));
    const take = matching.slice(0, requirement.count);
    for (const e of take) used.add(e.code);
    counted += take.length;
  }
  return { required, counted };
}

export function elapsedFraction(period: Period, today: string): number {
  const total = Math.max(1, daysBetween(period.start, period.end));
  return Math.min(1, Math.max(0, daysBetween(period.start, today) / total));
}
