// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { creditTimeline } from '../../src/domain/credit-timeline';
import { progress } from '../../src/domain/progress';
import type { Certification, CourseRecord, Exam } from '../../src/domain/schema';
import { Options } from '../../src/ui/options/Options';
import { button, field, setValue, settle, status, submit } from '../helpers/dom';
import { makeCertification, makeRecord } from '../helpers/factories';

const sendMessage = vi.mocked(browser.runtime.sendMessage);
const TODAY = '2026-11-29';

/** The background as the page sees it: the store in memory, progress from the real engine. */
let held: Certification[];
let exams: Exam[];
let records: CourseRecord[];

type Sent = { type: string; certification?: Certification; exam?: Exam; id?: string };

function sent(type: string): Sent[] {
  return sendMessage.mock.calls.map(([m]) => m as Sent).filter((m) => m.type === type);
}

function reply(message: Sent): unknown {
  const removeFrom = <T extends { id: string }>(list: T[]): T | undefined => {
    const found = list.find((x) => x.id === message.id);
    if (found) list.splice(list.indexOf(found), 1);
    return found;
  };
  switch (message.type) {
    case 'certifications.list':
      return held;
    case 'exams.list':
      return exams;
    case 'progress.timelines': {
      const report = progress({ records, certifications: held, exams, settings: { submissionWindowDays: 90 }, today: TODAY });
      return { report, timelines: report.certifications.flatMap((standing) => creditTimeline(records, standing, TODAY) ?? []) };
    }
    case 'certification.save':
      held = [...held.filter((c) => c.id !== message.certification!.id), message.certification!];
      return message.certification;
    case 'certification.delete':
      return removeFrom(held);
    case 'exam.save':
      exams = [...exams.filter((e) => e.id !== message.exam!.id), message.exam!];
      return message.exam;
    case 'exam.delete':
      return removeFrom(exams);
  }
  return undefined;
}

async function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  render(<Options />, container);
  await settle();
  return container;
}

const card = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-cert="${id}"]`);

beforeEach(() => {
  held = [];
  exams = [];
  records = [];
  history.replaceState(null, '', '#');
  sendMessage.mockImplementation(async (message: unknown) => {
    const data = reply(message as Sent);
    return data === undefined ? { ok: false, error: { code: 'not-found', message: 'not found' } } : { ok: true, data };
  });
});
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  sendMessage.mockReset();
});

describe('Dashboard: navigation', () => {
  it('opens on the Certifications section, links only to sections that exist, and says where it is', async () => {
    const el = await mount();
    const links = [...el.querySelectorAll('nav a')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#certifications', 'Certifications'],
      ['#records', 'Records'],
      ['#catalogue', 'Catalogue and planner'],
      ['#sites', 'Taught sites'],
      ['#backup', 'Backup'],
      ['#settings', 'Settings'],
    ]);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual(['page', null, null, null, null, null]);
    expect(location.hash).toBe('#certifications');
    expect(el.querySelector('section#certifications h2')?.textContent).toBe('My certifications');
  });
});

describe('Dashboard: my certifications', () => {
  it('shows each held certification as a card: program, level, expiry, state, every path, and what renews what', async () => {
    held = [makeCertification(), makeCertification({ id: 'ccna', code: 'ccna', name: 'CCNA', level: 'associate', expiresOn: '2027-01-10' })];
    const el = await mount();
    const ccnp = card(el, 'ccnp')!;
    expect(ccnp.querySelector('h3')?.textContent).toBe('CCNP Enterprise');
    expect(ccnp.querySelector('.cert-meta')?.textContent).toBe('Cisco · Professional');
    expect(ccnp.querySelector('.cert-expiry')?.textContent).toBe('Expires Mar 14, 2027 · 105 days left');
    expect(ccnp.querySelector('[data-state]')?.textContent).toBe('At risk');
    const paths = [...ccnp.querySelectorAll('[data-path]')].map((li) => li.querySelector('.path-standing')?.textContent);
    expect(paths).toHaveLength(5);
    expect(paths[0]).toBe('0/80 CE');
    expect(ccnp.textContent).toContain('Its renewal also renews CCNA');
    expect(card(el, 'ccna')!.textContent).toContain('Renews with CCNP Enterprise');
  });

  it('charts the credits over the period: a line per threshold, the expiry, today, and the numbers in words', async () => {
    held = [makeCertification()];
    records = [
      makeRecord({ endDate: '2025-02-01', credits: 24, status: 'earned', certificateCode: 'A' }),
      makeRecord({ endDate: '2026-06-10', credits: 16, status: 'captured', certificateCode: 'B' }),
    ];
    const el = await mount();
    const chart = card(el, 'ccnp')!.querySelector('figure.timeline')!;
    const svg = chart.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).toBe('Credits over time');
    const summary = document.getElementById(svg.getAttribute('aria-describedby')!)?.textContent;
    expect(summary).toBe('40 CE so far: 24 earned, 0 pending, 16 captured. Renewal needs 80 or 40 CE by Mar 14, 2027.');
    expect([...svg.querySelectorAll('[data-threshold]')].map((g) => g.textContent)).toEqual(['80 CE', '40 CE']);
    expect(svg.querySelector('[data-marker="today"]')?.textContent).toBe('Today');
    expect(svg.querySelector('.expiry-label')?.textContent).toBe('Expires Mar 2027');
    expect(svg.querySelector('[data-series="earned"]')?.getAttribute('d')).toMatch(/^M/);
  });

  it('charts nothing for a certification carried by another or without an expiry', async () => {
    held = [makeCertification(), makeCertification({ id: 'ccna', code: 'ccna', name: 'CCNA', level: 'associate', expiresOn: '2027-01-10' }), makeCertification({ id: 'sec', name: 'CCNP Security', expiresOn: undefined })];
    const el = await mount();
    expect(card(el, 'ccnp')!.querySelector('figure.timeline')).not.toBeNull();
    expect(card(el, 'ccna')!.querySelector('figure.timeline')).toBeNull();
    expect(card(el, 'sec')!.querySelector('figure.timeline')).toBeNull();
  });

  it('labels every control of the form, and every button says what it acts on', async () => {
    held = [makeCertification()];
    const el = await mount();
    button(el, 'Add certification').click();
    await settle();
    for (const control of el.querySelectorAll('input, select')) {
      expect(el.querySelector(`label[for="${control.id}"]`)?.textContent, control.id).toBeTruthy();
    }
    expect(document.activeElement, 'the form takes the keyboard when it opens').toBe(field(el, 'Program'));
    expect(() => button(el, 'Edit CCNP Enterprise')).not.toThrow();
    expect(() => button(el, 'Remove CCNP Enterprise')).not.toThrow();
  });

  it('adds a CompTIA Security+ with its catalogue code and shows its card', async () => {
    const el = await mount();
    expect(el.textContent).toContain('No certifications yet.');
    button(el, 'Add certification').click();
    await settle();
    setValue(field<HTMLSelectElement>(el, 'Program'), 'comptia');
    await settle();
    setValue(field<HTMLSelectElement>(el, 'Certification'), 'security-plus');
    setValue(field(el, 'Expires on'), '2027-05-02');
    await settle();
    await submit(el.querySelector('form.cert-form')!);
    expect(sent('certification.save').map((m) => m.certification)).toEqual([
      expect.objectContaining({ program: 'comptia', code: 'security-plus', name: 'CompTIA Security+', level: 'associate', expiresOn: '2027-05-02' }),
    ]);
    expect(el.querySelector('form.cert-form')).toBeNull();
    const id = held[0]!.id;
    expect(card(el, id)?.querySelector('.cert-meta')?.textContent).toBe('CompTIA · Associate');
    expect(card(el, id)?.textContent).toContain('0/50 CEU');
    expect(status(el)).toBe('CompTIA Security+ added.');
  });

  it('refuses an expiry before the earned date: the error is at the field, announced with it, and nothing is sent', async () => {
    const el = await mount();
    button(el, 'Add certification').click();
    await settle();
    setValue(field(el, 'Earned or last renewed on (optional)'), '2027-05-01');
    setValue(field(el, 'Expires on'), '2027-03-14');
    await settle();
    await submit(el.querySelector('form.cert-form')!);
    const expires = field(el, 'Expires on');
    expect(expires.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector(`#${expires.getAttribute('aria-describedby')}`)?.textContent).toBe(
      'The expiry date must come after the date you earned or last renewed it.',
    );
    expect(document.activeElement).toBe(expires);
    expect(sent('certification.save')).toEqual([]);
  });

  it('edits a held certification in place and keeps its id', async () => {
    held = [makeCertification({ earnedOn: '2024-03-14' })];
    const el = await mount();
    button(el, 'Edit CCNP Enterprise').click();
    await settle();
    expect(field(el, 'Expires on').value).toBe('2027-03-14');
    expect(field<HTMLSelectElement>(el, 'Certification').value).toBe('ccnp-enterprise');
    setValue(field(el, 'Expires on'), '2030-03-14');
    await settle();
    button(el, 'Save changes').click();
    await settle();
    expect(sent('certification.save').map((m) => m.certification)).toEqual([
      expect.objectContaining({ id: 'ccnp', code: 'ccnp-enterprise', earnedOn: '2024-03-14', expiresOn: '2030-03-14' }),
    ]);
    expect(held).toHaveLength(1);
    expect(card(el, 'ccnp')?.querySelector('.cert-expiry')?.textContent).toContain('Mar 14, 2030');
    expect(status(el)).toBe('CCNP Enterprise saved.');
    expect(document.activeElement, 'focus goes back to the card').toBe(button(el, 'Edit CCNP Enterprise'));
  });

  it('removes at once and offers Undo, which puts the certification back as it was', async () => {
    const ccnp = makeCertification({ code: 'ccnp-enterprise', earnedOn: '2024-03-14' });
    held = [ccnp];
    const el = await mount();
    button(el, 'Remove CCNP Enterprise').click();
    await settle();
    expect(sent('certification.delete')).toEqual([{ type: 'certification.delete', id: 'ccnp' }]);
    expect(card(el, 'ccnp')).toBeNull();
    expect(status(el)).toBe('CCNP Enterprise removed.');
    expect(el.querySelector('[role=status]')?.closest('[aria-live]')?.getAttribute('aria-live')).toBe('polite');
    const undo = button(el, 'Undo');
    expect(document.activeElement, 'Undo is where the keyboard lands').toBe(undo);

    undo.click();
    await settle();
    expect(sent('certification.save').map((m) => m.certification)).toEqual([ccnp]);
    expect(held).toEqual([ccnp]);
    expect(card(el, 'ccnp')).not.toBeNull();
    expect(status(el)).toBe('CCNP Enterprise restored.');
  });

  it('shows names as text, never as markup', async () => {
    held = [makeCertification({ program: 'other', name: '<img src=x onerror=alert(1)>' })];
    const el = await mount();
    expect(el.querySelector('img')).toBeNull();
    expect(card(el, 'ccnp')?.querySelector('h3')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('Dashboard: exams passed', () => {
  it('adds an exam, lists it, and counts it toward the certification’s exam paths', async () => {
    held = [makeCertification()];
    const el = await mount();
    expect(el.textContent).toContain('No exams recorded yet.');
    setValue(field(el, 'Exam code'), '350-401');
    setValue(field(el, 'Exam name (optional)'), 'ENCOR');
    setValue(field<HTMLSelectElement>(el, 'Kind of exam'), 'technology-core');
    setValue(field(el, 'Passed on'), '2026-02-10');
    await settle();
    button(el, 'Add exam').click();
    await settle();
    expect(sent('exam.save').map((m) => m.exam)).toEqual([
      expect.objectContaining({ program: 'cisco', code: '350-401', name: 'ENCOR', kind: 'technology-core', passedOn: '2026-02-10' }),
    ]);
    const row = el.querySelector('.exam-table tbody tr');
    expect(row?.textContent).toContain('350-401');
    expect(row?.textContent).toContain('Technology core');
    expect(card(el, 'ccnp')?.querySelector('[data-path="core-exam"] .path-standing')?.textContent).toBe('1/1 exams · met');
    expect(field(el, 'Exam code').value, 'the form is ready for the next exam').toBe('');
  });

  it('says what is missing instead of sending an exam without a code or date', async () => {
    const el = await mount();
    button(el, 'Add exam').click();
    await settle();
    expect(field(el, 'Exam code').getAttribute('aria-invalid')).toBe('true');
    expect(field(el, 'Passed on').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field(el, 'Exam code'));
    expect(sent('exam.save')).toEqual([]);
  });

  it('removes an exam with Undo', async () => {
    const exam: Exam = { id: 'e1', program: 'cisco', code: '300-410', kind: 'professional-concentration', passedOn: '2026-05-01' };
    exams = [exam];
    const el = await mount();
    button(el, 'Remove exam 300-410').click();
    await settle();
    expect(exams).toEqual([]);
    expect(status(el)).toBe('Exam 300-410 removed.');
    button(el, 'Undo').click();
    await settle();
    expect(exams).toEqual([exam]);
    expect(el.querySelector('.exam-table')?.textContent).toContain('300-410');
  });
});
