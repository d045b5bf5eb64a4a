import { describe, expect, it } from 'vitest';
import { SAMPLE_ACTIVITIES, type Activity } from '../../src/domain/activities';
import { indexItemCatalog } from '../../src/domain/item-catalog-match';
import { alignWithItemCatalog } from '../../src/domain/activity-alignment';
import { planCheapest } from '../../src/domain/planner';
import { makeRecord } from '../helpers/factories';

const READ_AT = '2026-11-01T10:00:00.000Z';
const ENCOR = 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2';
const index = indexItemCatalog([
  { name: 'Rev Up to Recert: Python', credits: 16 },
  { name: 'Cisco DevNet Associate Fundamentals', credits: 48 },
  { name: ENCOR, credits: 64 },
]);

const userItem = (overrides: Partial<Activity>): Activity => ({
  id: 'u1',
  title: 'ENCOR v1.2',
  program: 'cisco',
  credits: 40,
  creditUnit: 'CE',
  cost: 2500,
  currency: 'USD',
  kind: 'instructor-led',
  source: 'user',
  ...overrides,
});

describe('alignWithItemCatalog', () => {
  it('gives an activity the catalogue lists the catalogue’s credits, keeping the user’s cost and offer end', () => {
    const { items, unavailable } = alignWithItemCatalog([...SAMPLE_ACTIVITIES, userItem({ offerEndsOn: '2027-01-31' })], index, [], READ_AT);
    expect(items.find((i) => i.id === 'sample-rev-up-to-recert-python')?.credits).toBe(16);
    expect(items.find((i) => i.id === 'u1')).toMatchObject({ credits: 64, cost: 2500, currency: 'USD', offerEndsOn: '2027-01-31', title: 'ENCOR v1.2' });
    expect(unavailable.size).toBe(0);
  });

  it('marks an activity the catalogue does not list, and one already claimed, and leaves other programs alone', () => {
    const unknown = userItem({ id: 'u2', title: 'Python for Everybody' });
    const comptia = userItem({ id: 'u3', title: 'Python for Everybody', program: 'comptia', creditUnit: 'CEU' });
    const taken = makeRecord({ status: 'earned', catalogue: { state: 'matched', item: { name: ENCOR, credits: 64 }, confidence: 1, readAt: READ_AT } });
    const { unavailable } = alignWithItemCatalog([userItem({}), unknown, comptia], index, [taken], READ_AT);
    expect([...unavailable]).toEqual([
      ['u1', 'already-taken'],
      ['u2', 'not-in-catalogue'],
    ]);
  });

  it('changes nothing without a catalogue', () => {
    const items = [userItem({})];
    expect(alignWithItemCatalog(items, undefined, [])).toEqual({ items, unavailable: new Map() });
  });

  it('keeps what the planner cannot count out of the plan, saying why', () => {
    const { items, unavailable } = alignWithItemCatalog([userItem({}), userItem({ id: 'u2', title: 'Python for Everybody', cost: 0 })], index, [], READ_AT);
    const plan = planCheapest({ items, program: 'cisco', creditUnit: 'CE', remaining: 40, today: '2026-11-29', deadline: '2027-03-14', currency: 'USD', unavailable });
    expect(plan.chosen.map((i) => i.id)).toEqual(['u1']);
    expect(plan.totalCredits).toBe(64);
    expect(plan.excluded).toEqual([{ item: expect.objectContaining({ id: 'u2' }), reason: 'not-in-catalogue' }]);
  });
});
