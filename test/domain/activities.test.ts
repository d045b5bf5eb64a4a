import { describe, expect, it } from 'vitest';
import { newUserActivity, ACTIVITY_KINDS, Activity, SAMPLE_ACTIVITIES } from '../../src/domain/activities';
import { planCheapest } from '../../src/domain/planner';

const validInput = {
  title: 'CCNP Enterprise bootcamp',
  program: 'cisco',
  credits: 40,
  creditUnit: 'CE',
  cost: 1200,
  currency: 'GBP',
  kind: 'instructor-led',
};

describe('sample catalogue', () => {
  it('parses with the schema and holds the two seed examples as written in the seed', () => {
    expect(Activity.array().parse(SAMPLE_ACTIVITIES)).toEqual(SAMPLE_ACTIVITIES);
    expect(SAMPLE_ACTIVITIES.map(({ title, kind, credits, cost, currency, offerEndsOn, program, source }) => ({
      title, kind, credits, cost, currency, offerEndsOn, program, source,
    }))).toEqual([
      { title: 'Rev Up to Recert: Python', kind: 'online-videos', credits: 15, cost: 0, currency: undefined, offerEndsOn: '2023-04-20', program: 'cisco', source: 'sample' },
      { title: 'Cisco DevNet Associate Fundamentals', kind: 'online-course', credits: 48, cost: 99, currency: 'GBP', offerEndsOn: '2023-04-30', program: 'cisco', source: 'sample' },
    ]);
  });

  it('both samples are expired on 2026-11-29, so the planner reports them and plans nothing', () => {
    const plan = planCheapest({
      items: SAMPLE_ACTIVITIES, program: 'cisco', creditUnit: 'CE', remaining: 30,
      today: '2026-11-29', deadline: '2027-03-14', currency: 'GBP',
    });
    expect(plan.excluded.map((e) => [e.item.id, e.reason])).toEqual(SAMPLE_ACTIVITIES.map((i) => [i.id, 'expired-offer']));
    expect(plan).toMatchObject({ chosen: [], covered: false, shortfall: 30 });
  });

  it('both samples were usable while their offers ran (2023-04-20 is the last day of the free one)', () => {
    const plan = planCheapest({
      items: SAMPLE_ACTIVITIES, program: 'cisco', creditUnit: 'CE', remaining: 30,
      today: '2023-04-20', deadline: '2024-01-01', currency: 'GBP',
    });
    expect(plan.excluded).toEqual([]);
    expect(plan).toMatchObject({ covered: true, totalCredits: 48, totalCost: 99 });
  });

  it('lists the kinds as a plain array the UI can show', () => {
    expect(ACTIVITY_KINDS).toContain('online-videos');
    expect(ACTIVITY_KINDS).toContain('online-course');
    expect(ACTIVITY_KINDS).toHaveLength(8);
  });
});

describe('newUserActivity', () => {
  it('appends a valid item with the given id and source "user", leaving the input list alone', () => {
    const before = [...SAMPLE_ACTIVITIES];
    const result = newUserActivity(before, validInput, 'user-1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.item).toMatchObject({ ...validInput, id: 'user-1', source: 'user' });
    expect(result.items).toEqual([...SAMPLE_ACTIVITIES, result.item]);
    expect(before).toEqual(SAMPLE_ACTIVITIES);
  });

  it('accepts form text: blank optional fields are absent, numbers may be text, the currency is upper-cased', () => {
    const result = newUserActivity([], { ...validInput, credits: '12', cost: '49.50', currency: ' usd ', url: '', offerEndsOn: '' }, 'u');
    expect(result).toMatchObject({ ok: true, item: { credits: 12, cost: 49.5, currency: 'USD' } });
    if (result.ok) expect(result.item).not.toHaveProperty('url');
  });

  it('does not let the input choose its id or pretend to be a sample', () => {
    const result = newUserActivity([], { ...validInput, id: 'sneaky', source: 'sample' }, 'user-2');
    expect(result).toMatchObject({ ok: true, item: { id: 'user-2', source: 'user' } });
  });

  it('lets a free item go without a currency', () => {
    const { currency: _currency, ...free } = validInput;
    expect(newUserActivity([], { ...free, cost: 0 }, 'f')).toMatchObject({ ok: true, item: { cost: 0 } });
  });

  it.each([
    ['a missing title', { title: '  ' }, 'title', 'A title is required'],
    ['zero credits', { credits: 0 }, 'credits', 'Credits must be more than 0'],
    ['credits that are not a number', { credits: 'lots' }, 'credits', 'Credits must be a number'],
    ['a negative cost', { cost: -5 }, 'cost', 'The cost cannot be negative'],
    ['fractions of a penny', { cost: 9.999 }, 'cost', 'The cost can have at most two decimals'],
    ['a priced item without a currency', { currency: undefined }, 'currency', 'A currency is required when the item is not free'],
    ['a currency that is not a 3-letter code', { currency: 'pounds' }, 'currency', 'The currency must be a 3-letter code such as GBP or USD'],
    ['a date that is not a calendar day', { offerEndsOn: '2026-02-30' }, 'offerEndsOn', 'Expected a calendar date as YYYY-MM-DD'],
    ['an unknown kind', { kind: 'podcast' }, 'kind', `The kind must be one of: ${ACTIVITY_KINDS.join(', ')}`],
    ['a plain http link', { url: 'http://example.com/course' }, 'url', 'The link must be an https:// address'],
  ])('rejects %s with a message on the field', (_case, change, field, message) => {
    const result = newUserActivity([], { ...validInput, ...change }, 'x');
    expect(result).toEqual({ ok: false, errors: [{ field, message }] });
  });

  it('reports every problem at once', () => {
    const result = newUserActivity([], { program: 'cisco', creditUnit: 'CE', kind: 'other', credits: -1, cost: 10 }, 'x');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual(['credits', 'currency', 'title']);
  });

  it('rejects an id already in the catalogue, and input that is not an object', () => {
    expect(newUserActivity(SAMPLE_ACTIVITIES, validInput, SAMPLE_ACTIVITIES[0]!.id)).toMatchObject({ ok: false, errors: [{ field: 'id' }] });
    expect(newUserActivity([], 'a course', 'x')).toMatchObject({ ok: false, errors: [{ field: '' }] });
  });
});
