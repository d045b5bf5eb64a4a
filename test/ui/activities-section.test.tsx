// @vitest-environment happy-dom
import type { ItemCatalogStatus } from '../../src/domain/item-catalog';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { SAMPLE_ACTIVITIES, newUserActivity, type Activity } from '../../src/domain/activities';
import { planForCertification } from '../../src/domain/certification-plan';
import { progress } from '../../src/domain/progress';
import type { Certification } from '../../src/domain/schema';
import { Options } from '../../src/ui/options/Options';
import { button, describedText, field, setValue, settle, status, submit } from '../helpers/dom';
import { makeCertification } from '../helpers/factories';

const sendMessage = vi.mocked(browser.runtime.sendMessage);
const TODAY = '2026-11-29';

/** The background as the page sees it: the catalogue in memory, checked, planned and reported by the real domain code. */
let held: Certification[];
let userItems: Activity[];
let addedCount: number;
let ceStatus: ItemCatalogStatus | null;

type Sent = { type: string; item?: Record<string, unknown>; id?: string; certificationId?: string; currency?: string };
type FakeReply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; fields?: unknown } };

const sent = (type: string): Sent[] => sendMessage.mock.calls.map(([m]) => m as Sent).filter((m) => m.type === type);
const report = () => progress({ records: [], certifications: held, settings: { submissionWindowDays: 90 }, today: TODAY });
const catalogue = () => [...SAMPLE_ACTIVITIES, ...userItems];

function reply(message: Sent): FakeReply {
  switch (message.type) {
    case 'progress.get':
      return { ok: true, data: report() };
    case 'activities.list':
      return { ok: true, data: catalogue() };
    case 'itemCatalog.status':
      return { ok: true, data: ceStatus };
    case 'activities.add': {
      addedCount += 1;
      const result = newUserActivity(SAMPLE_ACTIVITIES, message.item, `u${addedCount}`, `2026-11-29T10:00:0${addedCount}.000Z`);
      if (!result.ok) return { ok: false, error: { code: 'invalid', message: 'invalid', fields: result.errors } };
      userItems.push(result.item);
      return { ok: true, data: result.item };
    }
    case 'activities.delete': {
      const found = userItems.find((i) => i.id === message.id);
      userItems = userItems.filter((i) => i !== found);
      return found ? { ok: true, data: found } : { ok: false, error: { code: 'not-found', message: 'not found' } };
    }
    case 'activities.restore':
      userItems.push(message.item as Activity);
      return { ok: true, data: message.item };
    case 'plan.get':
      return { ok: true, data: planForCertification({ report: report(), certificationId: message.certificationId!, items: catalogue(), currency: message.currency! }) };
  }
  return { ok: false, error: { code: 'bad-message', message: `unexpected ${message.type}` } };
}

async function mountCatalogue() {
  history.replaceState(null, '', '#catalogue');
  const container = document.createElement('div');
  document.body.append(container);
  render(<Options />, container);
  await settle();
  return container;
}

const item = (overrides: Partial<Activity>): Activity => ({
  id: `pre-${overrides.title}`, title: 'Activity', program: 'cisco', credits: 40, creditUnit: 'CE', cost: 49.5, currency: 'GBP',
  kind: 'online-course', source: 'user', addedAt: '2026-11-01T10:00:00.000Z', ...overrides,
});
/** The headline with its no-break spaces (which keep "80 CE" and "— £99.00" together) read as spaces. */
const summary = (el: HTMLElement) => el.querySelector('.plan-summary')?.textContent?.replace(/\s+/g, ' ');
const rowTitles = (el: HTMLElement) => [...el.querySelectorAll('.catalogue-table tbody th')].map((th) => th.textContent);

beforeEach(() => {
  held = [makeCertification()]; // CCNP Enterprise, expires 2027-03-14, nothing earned: 80 CE to go
  userItems = [];
  addedCount = 0;
  ceStatus = null;
  sendMessage.mockImplementation(async (message: unknown) => reply(message as Sent));
});
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  sendMessage.mockReset();
});

describe('Dashboard: catalogue and planner', () => {
  it('opens at #catalogue with the samples listed and a plan for the primary certification, in pounds by default', async () => {
    const el = await mountCatalogue();
    expect(el.querySelector('section#catalogue h2')?.textContent).toBe('Catalogue and planner');
    expect(el.querySelector('nav a[aria-current=page]')?.getAttribute('href')).toBe('#catalogue');
    expect(rowTitles(el)).toEqual(SAMPLE_ACTIVITIES.map((i) => i.title));
    expect(el.querySelector('[data-activity] button'), 'samples cannot be removed').toBeNull();
    expect(field<HTMLSelectElement>(el, 'Certification').value).toBe('ccnp');
    expect(field<HTMLSelectElement>(el, 'Costs in').value).toBe('GBP');
    expect(sent('plan.get')).toEqual([{ type: 'plan.get', certificationId: 'ccnp', currency: 'GBP' }]);
    expect(summary(el)).toBe("Can't be covered with the activities you have: 80 CE short");
    // Labels and landmarks point at ids: one taken twice (the section's own heading id, say) names the wrong thing.
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('shows the plan in words: the items, the total, why it won a tie, and what was left out and why', async () => {
    userItems = [
      item({ title: 'Cisco Live on-demand', credits: 80, cost: 99 }),
      item({ title: 'ENARSI part 1', credits: 40, cost: 49.5 }),
      item({ title: 'ENARSI part 2', credits: 40, cost: 49.5 }),
      item({ title: 'US bootcamp', credits: 80, cost: 20, currency: 'USD', addedAt: '2026-10-01T10:00:00.000Z' }),
    ];
    const el = await mountCatalogue();
    expect(summary(el)).toBe('Cheapest way to the remaining 80 CE before Mar 14, 2027: Cisco Live on-demand (80 CE) — £99.00');
    expect(el.querySelector('.plan-path')?.textContent).toBe('Way to renew: 80 CE');
    expect(el.querySelector('.plan-tie')?.textContent).toBe('Two plans cost the same; chose the one with fewer items.');
    expect([...el.querySelectorAll('.plan-excluded li')].map((li) => li.textContent)).toEqual([
      'Rev Up to Recert: Python — offer ended Apr 20, 2023',
      'Cisco DevNet Associate Fundamentals — offer ended Apr 30, 2023',
      'US bootcamp — priced in USD',
    ]);

    setValue(field<HTMLSelectElement>(el, 'Costs in'), 'USD');
    await settle();
    expect(sent('plan.get').at(-1)).toMatchObject({ currency: 'USD' });
    expect(summary(el)).toBe('Cheapest way to the remaining 80 CE before Mar 14, 2027: US bootcamp (80 CE) — $20.00');
  });

  it('says what is wrong at the field: a cost without a currency is refused, nothing is stored', async () => {
    const el = await mountCatalogue();
    setValue(field(el, 'Title'), 'ENCOR bootcamp');
    setValue(field(el, 'Credits'), '40');
    setValue(field(el, 'Cost'), '1200');
    await settle();
    await submit(el.querySelector('form.activity-form')!);
    const currency = field(el, 'Currency');
    expect(currency.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(el, currency)).toBe('Enter the 3-letter currency code, e.g. GBP: it is needed when the activity is not free.');
    expect(field(el, 'Title').getAttribute('aria-invalid'), 'only the field at fault is marked').toBeNull();
    expect(document.activeElement).toBe(currency);
    // Whatever was sent, none of it was a valid item: the background checked it, and stored nothing.
    expect(sent('activities.add').every((m) => !newUserActivity([], m.item, 'check').ok)).toBe(true);
    expect(userItems).toEqual([]);
    expect(rowTitles(el)).toEqual(SAMPLE_ACTIVITIES.map((i) => i.title));
  });

  it('adds an activity: it is listed, the planner picks it and plans in its currency, and the form is ready for the next', async () => {
    const el = await mountCatalogue();
    setValue(field(el, 'Title'), 'ENCOR bootcamp');
    setValue(field<HTMLSelectElement>(el, 'Kind of activity'), 'instructor-led');
    setValue(field(el, 'Credits'), '80');
    setValue(field(el, 'Cost'), '1200');
    setValue(field(el, 'Currency'), 'eur');
    setValue(field(el, 'Offer ends on (optional)'), '2027-01-31');
    await settle();
    await submit(el.querySelector('form.activity-form')!);
    expect(sent('activities.add').map((m) => m.item)).toEqual([
      { title: 'ENCOR bootcamp', program: 'cisco', credits: '80', creditUnit: 'CE', cost: '1200', currency: 'eur', offerEndsOn: '2027-01-31', kind: 'instructor-led' },
    ]);
    expect(rowTitles(el)).toEqual([...SAMPLE_ACTIVITIES.map((i) => i.title), 'ENCOR bootcamp']);
    const row = el.querySelector<HTMLElement>('[data-activity="u1"]')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Instructor-led training', '80 CE', '€1,200.00', 'Jan 31, 2027', 'Added by you', 'Remove']);
    expect(status(el)).toBe('ENCOR bootcamp added.');
    expect(field<HTMLSelectElement>(el, 'Costs in').value, 'the latest item’s currency').toBe('EUR');
    expect(summary(el)).toBe('Cheapest way to the remaining 80 CE before Mar 14, 2027: ENCOR bootcamp (80 CE) — €1,200.00');
    expect(field(el, 'Title').value).toBe('');
    expect(field(el, 'Currency').value, 'kept for the next activity').toBe('eur');
  });

  it('sends a free activity with no cost or currency to fill in', async () => {
    const el = await mountCatalogue();
    field(el, 'It\'s free').click();
    await settle();
    expect(() => field(el, 'Cost')).toThrow();
    setValue(field(el, 'Title'), 'Cisco Live session');
    setValue(field(el, 'Credits'), '80');
    await settle();
    await submit(el.querySelector('form.activity-form')!);
    expect(userItems).toEqual([expect.objectContaining({ title: 'Cisco Live session', cost: 0 })]);
    expect(userItems[0]).not.toHaveProperty('currency');
    expect(summary(el)).toBe('Cheapest way to the remaining 80 CE before Mar 14, 2027: Cisco Live session (80 CE) — free');
  });

  it('removes a user activity at once and offers Undo, which puts it back as it was', async () => {
    const mine = item({ title: 'ENARSI part 1' });
    userItems = [mine];
    const el = await mountCatalogue();
    button(el, 'Remove ENARSI part 1').click();
    await settle();
    expect(sent('activities.delete')).toEqual([{ type: 'activities.delete', id: mine.id }]);
    expect(rowTitles(el)).not.toContain('ENARSI part 1');
    expect(status(el)).toBe('ENARSI part 1 removed.');
    const undo = button(el, 'Undo');
    expect(document.activeElement, 'Undo is where the keyboard lands').toBe(undo);

    undo.click();
    await settle();
    expect(sent('activities.restore').map((m) => m.item)).toEqual([mine]);
    expect(rowTitles(el)).toContain('ENARSI part 1');
    expect(status(el)).toBe('ENARSI part 1 restored.');
    expect(document.activeElement).toBe(button(el, 'Remove ENARSI part 1'));
  });

  it('says why a certification cannot be planned, and points to My certifications when none is held', async () => {
    held = [makeCertification({ retired: true })];
    let el = await mountCatalogue();
    expect(summary(el)).toBe('This certification is retired: it stays active until it expires but cannot be renewed. To stay certified, earn the certification that replaces it before then.');
    render(null, document.body);
    document.body.replaceChildren();

    held = [];
    el = await mountCatalogue();
    expect(sent('plan.get').length, 'no plan asked for without a certification').toBe(1);
    expect(el.querySelector('.planner a')?.getAttribute('href')).toBe('#certifications');
    expect(rowTitles(el), 'the catalogue is still there').toEqual(SAMPLE_ACTIVITIES.map((i) => i.title));
  });
});

describe('Catalogue and planner: the CE Item Catalog', () => {
  it('says whether the CE Item Catalog was read, and that the planner counts its credits', async () => {
    const line = async () => (await mountCatalogue()).querySelector('[data-catalogue-status]')?.textContent;
    expect(await line()).toBe('CE Item Catalog not read yet: open it on the CE portal to check names and credits.');
    document.body.replaceChildren();
    ceStatus = { readAt: '2026-11-26T10:00:00.000Z', itemCount: 500, ageDays: 3, stale: false, complete: true, skipped: 0 };
    expect(await line()).toBe(
      'CE Item Catalog: 500 items, read 3 days ago. The planner counts its credits for the Cisco activities it lists, and leaves out those it does not.',
    );
  });
});
