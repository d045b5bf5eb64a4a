import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/activities';
import { planCheapest, type PlanRequest, type TieBreaker } from '../../src/domain/planner';

let nextId = 0;
function item(overrides: Partial<Activity> = {}): Activity {
  nextId += 1;
  return {
    id: `item-${String(nextId).padStart(3, '0')}`,
    title: `Course ${nextId}`,
    program: 'cisco',
    credits: 16,
    creditUnit: 'CE',
    cost: 100,
    currency: 'GBP',
    kind: 'online-course',
    source: 'user',
    ...overrides,
  };
}

function plan(items: Activity[], overrides: Partial<PlanRequest> = {}) {
  return planCheapest({
    items, program: 'cisco', creditUnit: 'CE', remaining: 30, today: '2026-11-29', deadline: '2027-03-14', currency: 'GBP',
    ...overrides,
  });
}

const titles = (items: readonly Activity[]) => items.map((i) => i.title);

describe('planner: which items are usable', () => {
  it('excludes expired offers and reports them; an offer ending today or after the deadline is usable', () => {
    const expired = item({ title: 'Ended yesterday', offerEndsOn: '2026-11-28', credits: 30, cost: 0 });
    const endsToday = item({ title: 'Ends today', offerEndsOn: '2026-11-29', credits: 10, cost: 10 });
    const endsLater = item({ title: 'Ends after the deadline', offerEndsOn: '2028-01-01', credits: 20, cost: 10 });
    const result = plan([expired, endsToday, endsLater]);
    expect(result.excluded).toEqual([{ item: expired, reason: 'expired-offer' }]);
    expect(titles(result.chosen)).toEqual(['Ends today', 'Ends after the deadline']);
    expect(result).toMatchObject({ covered: true, totalCredits: 30, totalCost: 20 });
  });

  it('excludes priced items in another currency, unless free', () => {
    const dollars = item({ title: 'Priced in dollars', credits: 30, cost: 1, currency: 'USD' });
    const freeDollars = item({ title: 'Free, listed in dollars', credits: 30, cost: 0, currency: 'USD' });
    const pounds = item({ title: 'Priced in pounds', credits: 30, cost: 50 });
    const result = plan([dollars, freeDollars, pounds], { currency: 'gbp' });
    expect(result.excluded).toEqual([{ item: dollars, reason: 'other-currency' }]);
    expect(titles(result.chosen)).toEqual(['Free, listed in dollars']);
    expect(result).toMatchObject({ currency: 'GBP', totalCost: 0 });
  });

  it('excludes other programs and other credit units', () => {
    const comptia = item({ program: 'comptia', creditUnit: 'CEU', cost: 0 });
    const ciscoInCpe = item({ creditUnit: 'CPE', cost: 0 });
    const result = plan([comptia, ciscoInCpe]);
    expect(result.excluded).toEqual([{ item: comptia, reason: 'other-program' }, { item: ciscoInCpe, reason: 'other-unit' }]);
    expect(result.chosen).toEqual([]);
  });
});

/** The heuristic the planner must beat: cheapest per credit first, until covered. */
function greedyByCostPerCredit(items: Activity[], remaining: number): Activity[] {
  const picked: Activity[] = [];
  let credits = 0;
  for (const candidate of [...items].sort((a, b) => a.cost / a.credits - b.cost / b.credits)) {
    if (credits >= remaining) break;
    picked.push(candidate);
    credits += candidate.credits;
  }
  return picked;
}
const costOf = (items: Activity[]) => items.reduce((sum, i) => sum + i.cost, 0);

describe('planner: exact minimum-cost cover', () => {
  it.each([
    {
      rule: 'two mid-value items beat the best value per credit',
      remaining: 30,
      items: [item({ title: 'Big', credits: 20, cost: 20 }), item({ title: 'Half A', credits: 15, cost: 18 }), item({ title: 'Half B', credits: 15, cost: 18 })],
      expected: ['Half A', 'Half B'],
      cost: 36,
    },
    {
      rule: 'one dear item beats topping up a cheap one',
      remaining: 40,
      items: [item({ title: 'Cheap per credit', credits: 30, cost: 30 }), item({ title: 'Top-up', credits: 12, cost: 60 }), item({ title: 'Exactly 40', credits: 40, cost: 70 })],
      expected: ['Exactly 40'],
      cost: 70,
    },
  ])('exact cover beats greedy: $rule', ({ remaining, items, expected, cost }) => {
    const greedyCost = costOf(greedyByCostPerCredit(items, remaining));
    const result = plan(items, { remaining });
    expect(titles(result.chosen).sort()).toEqual(expected);
    expect(result).toMatchObject({ covered: true, totalCost: cost });
    expect(greedyCost).toBeGreaterThan(cost);
  });

  it('takes each item at most once', () => {
    const result = plan([item({ title: 'Only one', credits: 16, cost: 5 })], { remaining: 30 });
    expect(result).toMatchObject({ covered: false, totalCredits: 16, shortfall: 14, totalCost: 5 });
    expect(titles(result.chosen)).toEqual(['Only one']);
  });

  it('returns an empty, covered plan when nothing remains', () => {
    for (const remaining of [0, -12]) {
      const result = plan([item({ cost: 0 })], { remaining });
      expect(result).toMatchObject({ chosen: [], covered: true, totalCredits: 0, totalCost: 0, shortfall: 0, tie: null });
    }
  });

  it('returns the best partial plan (every usable item) with the shortfall when the need cannot be covered', () => {
    const items = [item({ title: 'A', credits: 12, cost: 40 }), item({ title: 'B', credits: 8, cost: 0 }), item({ credits: 64, cost: 10, offerEndsOn: '2026-01-01' })];
    const result = plan(items, { remaining: 30 });
    expect(titles(result.chosen).sort()).toEqual(['A', 'B']);
    expect(result).toMatchObject({ covered: false, totalCredits: 20, totalCost: 40, shortfall: 10, overshoot: 0, tie: null });
  });

  it('plans nothing once the deadline has passed, and says so', () => {
    const result = plan([item({ cost: 0, credits: 40 })], { deadline: '2026-11-28' });
    expect(result).toMatchObject({ deadlinePassed: true, chosen: [], covered: false, shortfall: 30 });
  });

  it('adds money in minor units, so 0.10 + 0.20 is 0.30', () => {
    const result = plan([item({ credits: 15, cost: 0.1 }), item({ credits: 15, cost: 0.2 })]);
    expect(result).toMatchObject({ totalCost: 0.3, totalCostMinor: 30 });
  });

  it('works with fractional credits (PMI quarter PDUs) without floating-point drift', () => {
    const items = [item({ title: 'Half', credits: 0.5, cost: 1 }), item({ title: 'One', credits: 1, cost: 3 }), item({ title: 'Q1', credits: 0.75, cost: 1 }), item({ title: 'Q2', credits: 0.75, cost: 1 })];
    const result = plan(items, { remaining: 1.5 });
    expect(titles(result.chosen).sort()).toEqual(['Q1', 'Q2']);
    expect(result).toMatchObject({ covered: true, totalCredits: 1.5, totalCost: 2, overshoot: 0 });
  });

  it('rejects malformed requests instead of guessing', () => {
    expect(() => plan([], { today: '29/11/2026' })).toThrow(RangeError);
    expect(() => plan([], { remaining: Number.NaN })).toThrow(RangeError);
    expect(() => plan([], { currency: 'pounds' })).toThrow(RangeError);
  });
});

describe('planner: ties at the same minimum cost are broken as documented and reported', () => {
  it.each<{ rule: TieBreaker; items: Activity[]; remaining: number; chosen: string[]; alternatives: number }>([
    {
      rule: 'fewest-items', remaining: 30, alternatives: 1, chosen: ['One of 30'],
      items: [item({ title: 'Half A', credits: 15, cost: 25 }), item({ title: 'Half B', credits: 15, cost: 25 }), item({ title: 'One of 30', credits: 30, cost: 50 })],
    },
    {
      rule: 'least-overshoot', remaining: 30, alternatives: 1, chosen: ['32 credits'],
      items: [item({ title: '35 credits', credits: 35, cost: 40 }), item({ title: '32 credits', credits: 32, cost: 40 })],
    },
    {
      rule: 'earliest-offer-end', remaining: 30, alternatives: 2, chosen: ['Ends in December'],
      items: [item({ title: 'Open-ended', credits: 30, cost: 40 }), item({ title: 'Ends in January', credits: 30, cost: 40, offerEndsOn: '2027-01-31' }), item({ title: 'Ends in December', credits: 30, cost: 40, offerEndsOn: '2026-12-31' })],
    },
    {
      rule: 'title', remaining: 30, alternatives: 1, chosen: ['alpha'],
      items: [item({ title: 'Beta', credits: 30, cost: 40 }), item({ title: 'alpha', credits: 30, cost: 40 })],
    },
    {
      rule: 'id', remaining: 30, alternatives: 1, chosen: ['Same'],
      items: [item({ id: 'b', title: 'Same', credits: 30, cost: 40 }), item({ id: 'a', title: 'Same', credits: 30, cost: 40 })],
    },
  ])('$rule', ({ rule, items, remaining, chosen, alternatives }) => {
    const result = plan(items, { remaining });
    expect(titles(result.chosen)).toEqual(chosen);
    expect(result.tie).toEqual({ alternatives, brokenBy: rule });
    if (rule === 'id') expect(result.chosen[0]!.id).toBe('a');
  });

  it('ranks within a plan too: the plan whose soonest-ending item ends first wins', () => {
    const items = [
      item({ title: 'A', credits: 10, cost: 10, offerEndsOn: '2027-02-01' }), item({ title: 'B', credits: 10, cost: 10, offerEndsOn: '2026-12-01' }),
      item({ title: 'C', credits: 10, cost: 10 }), item({ title: 'D', credits: 10, cost: 10, offerEndsOn: '2027-01-01' }),
    ];
    const result = plan(items, { remaining: 20 });
    expect(titles(result.chosen)).toEqual(['B', 'D']);
    expect(result.tie).toEqual({ alternatives: 5, brokenBy: 'earliest-offer-end' });
  });

  it('does not count a plan that merely adds an unneeded free item as an alternative', () => {
    const result = plan([item({ title: 'Free 15', credits: 15, cost: 0 }), item({ title: 'Free 12', credits: 12, cost: 0 })], { remaining: 10 });
    expect(titles(result.chosen)).toEqual(['Free 12']);
    expect(result.tie).toEqual({ alternatives: 1, brokenBy: 'least-overshoot' });
  });

  it('reports no tie when the cheapest plan is the only one at its cost', () => {
    expect(plan([item({ credits: 30, cost: 40 }), item({ credits: 30, cost: 41 })]).tie).toBeNull();
  });
});

/** Small deterministic PRNG (mulberry32) so every run checks the same catalogues and a failure is reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The documented order, by brute force over every subset: the reference the planner must agree with. */
function bruteForce(items: Activity[], remaining: number) {
  const hundredths = (x: number) => Math.round(x * 100);
  const rank = (a: Activity, b: Activity) =>
    (a.offerEndsOn ?? '9999-12-31').localeCompare(b.offerEndsOn ?? '9999-12-31', 'en') ||
    (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : a.title.toLowerCase() > b.title.toLowerCase() ? 1 : 0) ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) || (a.id < b.id ? -1 : 1);
  const need = hundredths(remaining);
  const plans: { items: Activity[]; cost: number; credits: number }[] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) {
    const chosen = items.filter((_, i) => mask & (1 << i)).sort(rank);
    const credits = chosen.reduce((s, i) => s + hundredths(i.credits), 0);
    const cost = chosen.reduce((s, i) => s + hundredths(i.cost), 0);
    const minimal = chosen.every((i) => credits - hundredths(i.credits) < need);
    if (credits >= need && minimal) plans.push({ items: chosen, cost, credits });
  }
  if (plans.length === 0) return undefined;
  const minCost = Math.min(...plans.map((p) => p.cost));
  const firstDifference = (a: Activity[], b: Activity[]) => a.findIndex((x, k) => x !== b[k]);
  const best = plans
    .filter((p) => p.cost === minCost)
    .sort((a, b) => a.items.length - b.items.length || a.credits - b.credits || rank(a.items[firstDifference(a.items, b.items)]!, b.items[firstDifference(a.items, b.items)]!));
  const [chosen, runnerUp] = [best[0]!, best[1]];
  let brokenBy: TieBreaker | undefined;
  if (runnerUp) {
    const k = firstDifference(chosen.items, runnerUp.items);
    const [x, y] = [chosen.items[k]!, runnerUp.items[k]!];
    brokenBy = chosen.items.length !== runnerUp.items.length ? 'fewest-items'
      : chosen.credits !== runnerUp.credits ? 'least-overshoot'
      : x.offerEndsOn !== y.offerEndsOn ? 'earliest-offer-end'
      : x.title.toLowerCase() !== y.title.toLowerCase() || x.title !== y.title ? 'title' : 'id';
  }
  return { chosen: chosen.items, cost: minCost, alternatives: best.length - 1, brokenBy };
}

describe('planner: property — agrees with brute force on small random catalogues', () => {
  it.each([
    { grid: 'whole credits', credits: [4, 4, 8, 12, 15, 16, 20, 30] },
    { grid: 'quarter credits', credits: [0.25, 0.5, 0.75, 1, 1.25, 2.5] },
  ])('minimum cost, chosen plan, alternatives and the deciding rule ($grid)', ({ credits }) => {
    const random = seededRandom(20261129);
    const pick = <T,>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    for (let run = 0; run < 400; run++) {
      const items = Array.from({ length: Math.floor(random() * 11) }, (_, i) =>
        item({
          id: `r${i}`,
          title: pick(['Alpha', 'alpha', 'Beta', 'Gamma']),
          credits: pick(credits),
          cost: pick([0, 5, 10, 10, 15, 20, 9.99]),
          offerEndsOn: pick([undefined, '2026-12-31', '2027-01-31']),
        }),
      );
      const remaining = Math.round(random() * 3 * Math.max(...credits) * 4) / 4;
      const result = plan(items, { remaining });
      const expected = bruteForce(items, remaining);
      const context = JSON.stringify({ run, remaining, items: items.map((i) => [i.id, i.title, i.credits, i.cost, i.offerEndsOn]) });
      if (remaining <= 0) {
        expect(result.chosen, context).toEqual([]);
      } else if (!expected) {
        expect(result.covered, context).toBe(false);
        expect(result.chosen.length, context).toBe(items.length);
      } else {
        expect(result.covered, context).toBe(true);
        expect(result.totalCostMinor, context).toBe(expected.cost);
        expect(result.chosen.map((i) => i.id), context).toEqual(expected.chosen.map((i) => i.id));
        expect(result.tie, context).toEqual(expected.brokenBy ? { alternatives: expected.alternatives, brokenBy: expected.brokenBy } : null);
      }
    }
  });
});
