/**
 * The cheapest way to finish: which activities to take so that their credits cover what is still
 * required, at the lowest total cost. Exact 0/1 minimum-cost cover by dynamic programming over credits
 * (a greedy by cost per credit can miss the optimum), deterministic, and explicit about ties.
 *
 * Tie-breaking among plans of equal minimum cost, in this order (TIE_BREAKERS):
 *   1. fewest-items        fewer activities to take;
 *   2. least-overshoot     fewer credits beyond what is required;
 *   3. earliest-offer-end  then 4. title, then 5. id: items are ranked by offer end date (open-ended offers
 *      last), then title (case-insensitive, then exact), then id; the plan whose ranked items come first,
 *      compared one by one, wins — offers about to end are used while they last.
 * `tie.brokenBy` names the first rule on which the chosen plan beats the next-best plan.
 */
import { MINOR_UNITS_PER_MAJOR, toMinorUnits, type Activity } from './activities';
import { isIsoDate } from './dates';
import type { CreditUnit, Program } from './schema';

export const TIE_BREAKERS = ['fewest-items', 'least-overshoot', 'earliest-offer-end', 'title', 'id'] as const;
export type TieBreaker = (typeof TIE_BREAKERS)[number];

export const EXCLUSION_REASONS = ['other-program', 'other-unit', 'expired-offer', 'other-currency', 'not-in-catalogue', 'already-taken'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface PlanRequest {
  items: readonly Activity[];
  program: Program;
  creditUnit: CreditUnit;
  /** Credits still required; 0 or less means nothing to plan. */
  remaining: number;
  /** YYYY-MM-DD: offers that ended before this day are unavailable. */
  today: string;
  /** YYYY-MM-DD: the day the certification expires. An offer may end after it; the item is still usable before. */
  deadline: string;
  /** ISO 4217 code of the plan's costs; priced items in another currency cannot be compared. */
  currency: string;
  /** Items known not to earn credits (by id): not in the certification body's catalogue, or already claimed. */
  unavailable?: ReadonlyMap<string, ExclusionReason>;
}

export interface ExcludedItem {
  item: Activity;
  reason: ExclusionReason;
}

export interface PlanTie {
  /** Other plans with the same minimum cost; a plan that only adds an unneeded free item is not counted. */
  alternatives: number;
  brokenBy: TieBreaker;
}

export interface CheapestPlan {
  /** In rank order: the offer that ends soonest first. */
  chosen: Activity[];
  totalCredits: number;
  /** In major units of `currency` (for display); totalCostMinor is the exact sum in minor units. */
  totalCost: number;
  totalCostMinor: number;
  currency: string;
  remaining: number;
  covered: boolean;
  /** Credits still missing after the plan (0 when covered). */
  shortfall: number;
  /** Credits beyond what was required (0 when not covered). */
  overshoot: number;
  /** null when the cheapest plan is the only one at its cost (or nothing had to be chosen). */
  tie: PlanTie | null;
  excluded: ExcludedItem[];
  /** The deadline is before today: nothing can be earned in time any more. */
  deadlinePassed: boolean;
}

const OPEN_ENDED_OFFER = '9999-12-31';
/** Finest credit grid the planner works on: credits with more decimals are rounded down, never up. */
const MAX_CREDIT_SCALE = 100;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareTitles(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

function offerEnd(item: Activity): string {
  return item.offerEndsOn ?? OPEN_ENDED_OFFER;
}

interface RankedItem {
  item: Activity;
  inputIndex: number;
}

function comparePreference(a: RankedItem, b: RankedItem): number {
  return (
    compareText(offerEnd(a.item), offerEnd(b.item)) ||
    compareTitles(a.item.title, b.item.title) ||
    compareText(a.item.id, b.item.id) ||
    a.inputIndex - b.inputIndex
  );
}

/** The rule that puts `preferred` ahead of `other` when they stand at the same position of two plans. */
function decidingRule(preferred: Activity, other: Activity): TieBreaker {
  if (offerEnd(preferred) !== offerEnd(other)) return 'earliest-offer-end';
  if (compareTitles(preferred.title, other.title) !== 0) return 'title';
  return 'id';
}

function exclusionReason(item: Activity, request: PlanRequest, currency: string): ExclusionReason | undefined {
  if (item.program !== request.program) return 'other-program';
  const unavailable = request.unavailable?.get(item.id);
  if (unavailable) return unavailable;
  if (item.creditUnit !== request.creditUnit) return 'other-unit';
  if (item.offerEndsOn !== undefined && item.offerEndsOn < request.today) return 'expired-offer';
  // A free item costs nothing in any currency, so it stays comparable.
  if (item.cost > 0 && item.currency?.toUpperCase() !== currency) return 'other-currency';
  return undefined;
}

/** Smallest multiplier that makes every item's credits whole, so the DP runs on integers (1 for real catalogues). */
function creditScale(credits: readonly number[]): number {
  for (let scale = 1; scale < MAX_CREDIT_SCALE; scale++) {
    if (credits.every((c) => Math.abs(c * scale - Math.round(c * scale)) < 1e-6)) return scale;
  }
  return MAX_CREDIT_SCALE;
}

function assertRequest(request: PlanRequest): void {
  if (!isIsoDate(request.today)) throw new RangeError(`today must be YYYY-MM-DD, got "${request.today}"`);
  if (!isIsoDate(request.deadline)) throw new RangeError(`deadline must be YYYY-MM-DD, got "${request.deadline}"`);
  if (!Number.isFinite(request.remaining)) throw new RangeError('remaining must be a finite number');
  if (!/^[A-Z]{3}$/i.test(request.currency.trim())) throw new RangeError(`currency must be an ISO 4217 code, got "${request.currency}"`);
}

export function planCheapest(request: PlanRequest): CheapestPlan {
  assertRequest(request);
  const currency = request.currency.trim().toUpperCase();
  const excluded: ExcludedItem[] = [];
  const usable: RankedItem[] = [];
  request.items.forEach((item, inputIndex) => {
    const reason = exclusionReason(item, request, currency);
    if (reason) excluded.push({ item, reason });
    else usable.push({ item, inputIndex });
  });
  usable.sort(comparePreference);

  const deadlinePassed = request.deadline < request.today;
  const scale = creditScale(usable.map((r) => r.item.credits));
  // Rounding the requirement up to the credit grid is exact: sums of grid values reach x exactly when they reach ceil(x).
  const required = Math.max(0, Math.ceil(request.remaining * scale - 1e-9));
  const weights = usable.map((r) => Math.floor(r.item.credits * scale + 1e-9));
  const costs = usable.map((r) => toMinorUnits(r.item.cost));

  const plan = (picked: readonly number[], tie: PlanTie | null): CheapestPlan => {
    const weight = picked.reduce((sum, i) => sum + weights[i]!, 0);
    const costMinor = picked.reduce((sum, i) => sum + costs[i]!, 0);
    return {
      chosen: picked.map((i) => usable[i]!.item),
      totalCredits: weight / scale,
      totalCost: costMinor / MINOR_UNITS_PER_MAJOR,
      totalCostMinor: costMinor,
      currency,
      remaining: request.remaining,
      covered: weight >= required,
      shortfall: Math.max(0, required - weight) / scale,
      overshoot: weight >= required ? (weight - required) / scale : 0,
      tie,
      excluded,
      deadlinePassed,
    };
  };

  if (required === 0 || deadlinePassed) return plan([], null);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  // Not coverable: the most credits come from taking every usable item, and that set is unique.
  if (totalWeight < required) return plan(usable.map((_, i) => i), null);
  const cover = cheapestCover(weights, costs, required, (preferred, other) => decidingRule(usable[preferred]!.item, usable[other]!.item));
  return plan(cover.picked, cover.tie);
}

/**
 * Exact minimum-cost cover of `required` by items used at most once, the items already in preference order.
 * A plan's score is cost * K + itemCount (K > item count): one additive number that orders by cost, then by
 * fewest items. bestFrom[i][t] = lowest score for picking exactly t credits among items i..n-1. The best plan
 * has no item it could do without (dropping it would save money or, if free, an item), so its credits stay
 * below required + the largest item's credits: sums stop there.
 */
function cheapestCover(
  weights: readonly number[],
  costs: readonly number[],
  required: number,
  ruleBetween: (preferred: number, other: number) => TieBreaker,
): { picked: number[]; tie: PlanTie | null } {
  const n = weights.length;
  const K = n + 1;
  const scoreOf = costs.map((cost) => cost * K + 1);
  if (costs.reduce((sum, c) => sum + c, 0) * K + n > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('The catalogue’s costs are too large to add up exactly');
  }
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const maxSum = Math.min(totalWeight, required + Math.max(...weights) - 1);
  const width = maxSum + 1;
  const bestFrom = new Float64Array((n + 1) * width).fill(Infinity);
  bestFrom[n * width] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const w = weights[i]!;
    for (let t = 0; t <= maxSum; t++) {
      const skip = bestFrom[(i + 1) * width + t]!;
      const take = t >= w ? bestFrom[(i + 1) * width + t - w]! + scoreOf[i]! : Infinity;
      bestFrom[i * width + t] = Math.min(skip, take);
    }
  }
  let bestScore = Infinity;
  let target = -1;
  for (let t = required; t <= maxSum; t++) {
    if (bestFrom[t]! < bestScore) [bestScore, target] = [bestFrom[t]!, t]; // strict: the least overshoot wins
  }

  // Walk the items in preference order and take each one that still allows an optimal plan: this yields the
  // plan whose ranked items come first (rules 3–5). Remember the last item that could also have been left out:
  // the next-best plan at the same cost, items and credits parts from the chosen one exactly there.
  const canFinish = (from: number, need: number, score: number) => need >= 0 && bestFrom[from * width + need] === score;
  const picked: number[] = [];
  let lastOptional: { index: number; need: number; score: number } | undefined;
  let need = target;
  let score = bestScore;
  for (let i = 0; i < n && need > 0; i++) {
    if (!canFinish(i + 1, need - weights[i]!, score - scoreOf[i]!)) continue;
    if (canFinish(i + 1, need, score)) lastOptional = { index: i, need, score };
    picked.push(i);
    need -= weights[i]!;
    score -= scoreOf[i]!;
  }

  const minCost = picked.reduce((sum, i) => sum + costs[i]!, 0);
  const minimalPlans = countMinimalCovers(weights, costs, required, minCost);
  if (minimalPlans <= 1) return { picked, tie: null };
  const alternatives = Math.min(minimalPlans - 1, Number.MAX_SAFE_INTEGER);
  const brokenBy = (rule: TieBreaker) => ({ picked, tie: { alternatives, brokenBy: rule } });
  const { fewestItems, atTarget } = countBestScorePlans(weights, scoreOf, maxSum, required, bestScore, target);
  if (fewestItems === 1) return brokenBy('fewest-items');
  if (atTarget === 1) return brokenBy('least-overshoot');
  if (!lastOptional) return brokenBy('id'); // unreachable: another plan at the same score means an optional item
  // The next-best plan leaves out `lastOptional` and takes the first item after it that still allows the optimum.
  const { index, need: needThere, score: scoreThere } = lastOptional;
  for (let k = index + 1; k < n; k++) {
    if (canFinish(k + 1, needThere - weights[k]!, scoreThere - scoreOf[k]!)) return brokenBy(ruleBetween(index, k));
  }
  return brokenBy('id'); // unreachable: leaving `index` out was feasible, so some later item completes the plan
}

/**
 * Plans at the best score (minimum cost, then fewest items): how many in all, and how many at the chosen
 * credit total. Counting optimal sub-plans suffices, since a plan at the best score is built from best sub-plans.
 */
function countBestScorePlans(
  weights: readonly number[],
  scoreOf: readonly number[],
  maxSum: number,
  required: number,
  bestScore: number,
  target: number,
): { fewestItems: number; atTarget: number } {
  const score = new Float64Array(maxSum + 1).fill(Infinity);
  const count = new Float64Array(maxSum + 1);
  score[0] = 0;
  count[0] = 1;
  weights.forEach((w, i) => {
    for (let t = maxSum; t >= w; t--) {
      const candidate = score[t - w]! + scoreOf[i]!;
      if (candidate < score[t]!) [score[t], count[t]] = [candidate, count[t - w]!];
      else if (candidate === score[t]) count[t] = count[t]! + count[t - w]!;
    }
  });
  let fewestItems = 0;
  for (let t = required; t <= maxSum; t++) if (score[t] === bestScore) fewestItems += count[t]!;
  return { fewestItems, atTarget: count[target]! };
}

/**
 * Covers at `minCost` from which no item can be dropped. Items go in order of decreasing credits; a cover is
 * minimal exactly when dropping its smallest (last) item leaves it short, so each is counted once, at its last
 * item, from cheapest sub-plans of the items before it summing to [required - w, required).
 */
function countMinimalCovers(weights: readonly number[], costs: readonly number[], required: number, minCost: number): number {
  const order = weights.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
  const cost = new Float64Array(required).fill(Infinity);
  const count = new Float64Array(required);
  cost[0] = 0;
  count[0] = 1;
  let covers = 0;
  for (const i of order) {
    const w = weights[i]!;
    for (let s = Math.max(0, required - w); s < required; s++) if (cost[s]! + costs[i]! === minCost) covers += count[s]!;
    if (w === 0) continue; // a zero-credit item never makes a cover minimal
    for (let s = required - 1; s >= w; s--) {
      const candidate = cost[s - w]! + costs[i]!;
      if (candidate < cost[s]!) [cost[s], count[s]] = [candidate, count[s - w]!];
      else if (candidate === cost[s]) count[s] = count[s]! + count[s - w]!;
    }
  }
  return covers;
}
