// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { captureFromForm, patchFromForm } from '../../src/domain/manual-capture';
import { DEFAULT_SETTINGS, type CourseRecord } from '../../src/domain/schema';
import { Options } from '../../src/ui/options/Options';
import { button, describedText, field, setValue, settle, status, submit } from '../helpers/dom';
import { makeRecord } from '../helpers/factories';

const sendMessage = vi.mocked(browser.runtime.sendMessage);

type Sent = { type: string; id?: string; patch?: Partial<CourseRecord>; record?: CourseRecord; fields?: Record<string, string> };
type FakeReply = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; fields?: unknown } };

/** The background as the page sees it: the records in memory, edits and manual adds checked by the real domain code. */
let stored: CourseRecord[];
let tick: number;
const now = () => `2026-04-01T10:00:${String((tick += 1)).padStart(2, '0')}.000Z`;
const sent = (type: string): Sent[] => sendMessage.mock.calls.map(([m]) => m as Sent).filter((m) => m.type === type);
const byId = (id: string) => stored.find((r) => r.id === id);

function replace(next: CourseRecord): CourseRecord {
  stored = [...stored.filter((r) => r.id !== next.id), next];
  return next;
}

function reply(message: Sent): FakeReply {
  const missing: FakeReply = { ok: false, error: { code: 'not-found', message: 'Record not found' } };
  switch (message.type) {
    case 'records.list':
      return { ok: true, data: [...stored].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
    case 'settings.get':
      return { ok: true, data: DEFAULT_SETTINGS };
    case 'record.update': {
      const current = byId(message.id!);
      if (!current) return missing;
      const at = now();
      return { ok: true, data: replace({ ...current, ...message.patch, statusSince: at, updatedAt: at }) };
    }
    case 'record.delete': {
      const current = byId(message.id!);
      if (!current) return missing;
      stored = stored.filter((r) => r !== current);
      return { ok: true, data: current };
    }
    case 'record.restore':
      return { ok: true, data: replace(message.record!) };
    case 'record.edit': {
      const current = byId(message.id!);
      if (!current) return missing;
      const result = patchFromForm(message.fields!);
      if (!result.ok) return { ok: false, error: { code: 'invalid', message: 'invalid', fields: result.errors } };
      return { ok: true, data: replace({ ...current, ...result.patch, updatedAt: now() }) };
    }
    case 'record.chooseItemCatalogEntry': {
      const current = byId(message.id!);
      if (!current) return missing;
      const item = (message as Sent & { item: { name: string; credits: number } }).item;
      return { ok: true, data: replace({ ...current, credits: item.credits, catalogue: { state: 'chosen', item, readAt: '2026-03-01T10:00:00.000Z' } }) };
    }
    case 'capture.confirm': {
      const result = captureFromForm(message.fields!);
      if (!result.ok) return { ok: false, error: { code: 'invalid', message: 'invalid', fields: result.errors } };
      const { confidence: _c, found: _f, ...capture } = result.capture;
      const at = now();
      const record = replace({ ...capture, provider: capture.provider ?? '', id: `new-${tick}`, creditUnit: capture.creditUnit ?? 'CE', program: capture.program ?? 'other', status: 'captured', createdAt: at, updatedAt: at, notes: '' });
      return { ok: true, data: { outcome: 'added', record } };
    }
  }
  return { ok: false, error: { code: 'bad-message', message: `unexpected ${message.type}` } };
}

async function mountRecords() {
  history.replaceState(null, '', '#records');
  const container = document.createElement('div');
  document.body.append(container);
  render(<Options />, container);
  await settle();
  return container;
}

const rowTitles = (el: HTMLElement) => [...el.querySelectorAll('.records-table tbody th[scope=row]')].map((th) => th.firstChild?.textContent);
const countLine = (el: HTMLElement) => el.querySelector('.records-count p')?.textContent;
const rowBox = (el: HTMLElement, title: string) => el.querySelector<HTMLInputElement>(`input[aria-label="Select ${title}"]`)!;
const header = (el: HTMLElement, name: string) => [...el.querySelectorAll<HTMLElement>('.records-table thead th')].find((th) => th.textContent === name)!;
const click = async (el: HTMLElement) => {
  el.click();
  await settle();
};

const enauto = makeRecord({ id: 'enauto', title: 'ENAUTO', provider: 'Cisco U.', certificateCode: 'CU-77', endDate: '2026-03-14', credits: 24, status: 'captured', updatedAt: '2026-03-15T10:00:00.000Z' });
const sec = makeRecord({ id: 'sec', title: 'Sécurité réseau', provider: 'Coursera', program: 'comptia', creditUnit: 'CEU', endDate: '2025-11-02', credits: 3, status: 'pending', statusSince: '2026-01-05T10:00:00.000Z', updatedAt: '2026-03-20T10:00:00.000Z' });
const zero = makeRecord({ id: 'zero', title: 'Zero trust', provider: 'ISC2', program: 'isc2', creditUnit: 'CPE', endDate: undefined, credits: 2, status: 'earned', updatedAt: '2026-02-01T10:00:00.000Z' });
const encor = makeRecord({ id: 'encor', title: 'ENCOR deep dive', provider: 'Cisco Live', endDate: '2026-06-30', credits: 8, status: 'submitted', updatedAt: '2026-01-01T10:00:00.000Z' });

beforeEach(() => {
  stored = [enauto, sec, zero, encor];
  tick = 0;
  sendMessage.mockImplementation(async (message: unknown) => reply(message as Sent));
});
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  sendMessage.mockReset();
});

describe('Dashboard: records toolbar', () => {
  it('lists every record, most recently changed first, and says how many it shows', async () => {
    const el = await mountRecords();
    expect(rowTitles(el)).toEqual(['Sécurité réseau', 'ENAUTO', 'Zero trust', 'ENCOR deep dive']);
    expect(countLine(el)).toBe('Showing 4 of 4 records · most recently changed first');
    expect(el.querySelector('th[aria-sort]'), 'no column claims the opening order').toBeNull();
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('narrows the rows by search words, status, program and completion dates, and clears them all at once', async () => {
    const el = await mountRecords();
    setValue(field(el, 'Search'), 'securite COURSERA');
    await settle();
    expect(rowTitles(el)).toEqual(['Sécurité réseau']);
    expect(countLine(el)).toBe('Showing 1 of 4 records · most recently changed first');

    setValue(field(el, 'Search'), 'cu-77');
    await settle();
    expect(rowTitles(el), 'the certificate code is searched too').toEqual(['ENAUTO']);

    setValue(field(el, 'Search'), '');
    await click(field(el, 'Captured'));
    await click(field(el, 'Submitted'));
    expect(rowTitles(el)).toEqual(['ENAUTO', 'ENCOR deep dive']);
    await click(field(el, 'Captured'));
    expect(rowTitles(el)).toEqual(['ENCOR deep dive']);
    await click(field(el, 'Submitted'));

    await click(field(el, 'ISC2'));
    expect(rowTitles(el)).toEqual(['Zero trust']);
    await click(field(el, 'ISC2'));

    setValue(field(el, 'Completed from'), '2026-01-01');
    setValue(field(el, 'Completed to'), '2026-03-31');
    await settle();
    expect(rowTitles(el)).toEqual(['ENAUTO']);

    setValue(field(el, 'Search'), 'nothing like it');
    await settle();
    expect(el.querySelector('.records-table')).toBeNull();
    expect(el.textContent).toContain('No record matches these filters.');
    expect(countLine(el)).toBe('Showing 0 of 4 records · most recently changed first');

    await click(button(el, 'Clear filters and sorting'));
    expect(rowTitles(el)).toEqual(['Sécurité réseau', 'ENAUTO', 'Zero trust', 'ENCOR deep dive']);
    expect(field(el, 'Search').value).toBe('');
    expect(field(el, 'Completed from').value).toBe('');
    expect(field(el, 'Captured').checked).toBe(false);
    expect(() => button(el, 'Clear filters and sorting')).toThrow();
  });

  it('sorts by a column header, the other way round on a second click; aria-sort says which', async () => {
    const el = await mountRecords();
    await click(button(el, 'Completed'));
    expect(header(el, 'Completed').getAttribute('aria-sort')).toBe('descending');
    expect(rowTitles(el), 'no completion date: last').toEqual(['ENCOR deep dive', 'ENAUTO', 'Sécurité réseau', 'Zero trust']);
    expect(countLine(el)).toBe('Showing 4 of 4 records');

    await click(button(el, 'Completed'));
    expect(header(el, 'Completed').getAttribute('aria-sort')).toBe('ascending');
    expect(rowTitles(el)).toEqual(['Sécurité réseau', 'ENAUTO', 'ENCOR deep dive', 'Zero trust']);

    await click(button(el, 'Course'));
    expect(header(el, 'Course').getAttribute('aria-sort')).toBe('ascending');
    expect(header(el, 'Completed').hasAttribute('aria-sort')).toBe(false);
    expect(rowTitles(el)).toEqual(['ENAUTO', 'ENCOR deep dive', 'Sécurité réseau', 'Zero trust']);

    await click(button(el, 'Credits'));
    expect(rowTitles(el)).toEqual(['ENAUTO', 'ENCOR deep dive', 'Sécurité réseau', 'Zero trust']);
    await click(button(el, 'Status'));
    expect(rowTitles(el)).toEqual(['ENAUTO', 'ENCOR deep dive', 'Sécurité réseau', 'Zero trust']);
    await click(button(el, 'Status'));
    expect(rowTitles(el)).toEqual(['Zero trust', 'Sécurité réseau', 'ENCOR deep dive', 'ENAUTO']);
  });
});

describe('Dashboard: records, bulk and row actions', () => {
  it('marks the selected records earned, then Undo puts back their statuses exactly as they were', async () => {
    const el = await mountRecords();
    const markEarned = button(el, 'Mark earned');
    expect(markEarned.disabled, 'nothing selected yet').toBe(true);
    await click(rowBox(el, 'ENAUTO'));
    await click(rowBox(el, 'Sécurité réseau'));
    expect(el.querySelector('.records-bulk')?.textContent).toContain('2 selected');
    await click(markEarned);

    expect(sent('record.update')).toEqual([
      { type: 'record.update', id: 'sec', patch: { status: 'earned' } },
      { type: 'record.update', id: 'enauto', patch: { status: 'earned' } },
    ]);
    expect(byId('enauto')?.status).toBe('earned');
    expect(el.querySelector('tr[data-record="sec"] .chip')?.textContent).toBe('Earned');
    expect(status(el)).toBe('2 records marked earned.');
    const undo = button(el, 'Undo');
    expect(document.activeElement, 'Undo is where the keyboard lands').toBe(undo);
    expect(rowBox(el, 'ENAUTO').checked, 'the selection is done with').toBe(false);

    await click(undo);
    expect(sent('record.restore').map((m) => m.record)).toEqual([sec, enauto]);
    expect(byId('sec')).toEqual(sec);
    expect(byId('enauto')).toEqual(enauto);
    expect(el.querySelector('tr[data-record="enauto"] .chip')?.textContent).toBe('Captured');
    expect(status(el)).toBe('Status put back on 2 records.');
    expect(rowBox(el, 'ENAUTO').checked, 'selected again, as before').toBe(true);
    expect(document.activeElement).toBe(button(el, 'Mark earned'));
  });

  it('selects all shown rows only, and leaves records already earned as they are', async () => {
    const el = await mountRecords();
    await click(field(el, 'Cisco'));
    expect(rowTitles(el)).toEqual(['ENAUTO', 'ENCOR deep dive']);
    const all = el.querySelector<HTMLInputElement>('input[aria-label="Select all shown records"]')!;
    await click(all);
    expect(all.checked).toBe(true);
    expect(el.querySelector('.records-bulk')?.textContent).toContain('2 selected');
    await click(rowBox(el, 'ENCOR deep dive'));
    expect(all.checked).toBe(false);
    expect(all.indeterminate).toBe(true);
    await click(rowBox(el, 'ENCOR deep dive'));
    await click(button(el, 'Mark earned'));
    expect(sent('record.update').map((m) => m.id)).toEqual(['enauto', 'encor']);
    expect(status(el)).toBe('2 records marked earned.');

    await click(field(el, 'Cisco'));
    await click(rowBox(el, 'Zero trust'));
    await click(button(el, 'Mark earned'));
    expect(sent('record.update'), 'already earned: nothing sent').toHaveLength(2);
    expect(status(el)).toBe('The selected records are already earned.');
  });

  it('deletes a record at once and offers Undo, which puts it back as it was', async () => {
    const el = await mountRecords();
    await click(button(el, 'Delete ENAUTO'));
    expect(sent('record.delete')).toEqual([{ type: 'record.delete', id: 'enauto' }]);
    expect(rowTitles(el)).not.toContain('ENAUTO');
    expect(countLine(el)).toBe('Showing 3 of 3 records · most recently changed first');
    expect(status(el)).toBe('ENAUTO deleted.');
    const undo = button(el, 'Undo');
    expect(document.activeElement).toBe(undo);

    await click(undo);
    expect(sent('record.restore').map((m) => m.record)).toEqual([enauto]);
    expect(rowTitles(el)).toContain('ENAUTO');
    expect(status(el)).toBe('ENAUTO restored.');
    expect(document.activeElement).toBe(button(el, 'Delete ENAUTO'));
  });

  it('edits a record in place: the background’s field problems are shown at the fields, then the change is saved', async () => {
    const el = await mountRecords();
    await click(button(el, 'Edit ENAUTO'));
    const row = el.querySelector<HTMLElement>('tr.editing[data-record="enauto"]')!;
    expect(row.querySelector('td')?.colSpan).toBe(7);
    expect(row.querySelector('h4')?.textContent).toBe('Edit ENAUTO');
    expect(field(row, 'Title').value).toBe('ENAUTO');
    expect(field(row, 'Credits').value).toBe('24');
    expect(document.activeElement).toBe(field(row, 'Title'));
    expect(() => field(row, 'Page address'), 'where it was captured is not edited').toThrow();

    setValue(field(row, 'Credits'), 'lots');
    await settle();
    await submit(row.querySelector('form')!);
    expect(sent('record.edit')).toHaveLength(1);
    const credits = field(row, 'Credits');
    expect(credits.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(row, credits)).toBe('Enter a number such as 1.5.');
    expect(document.activeElement).toBe(credits);
    expect(byId('enauto')).toEqual(enauto);

    setValue(credits, '30');
    setValue(field(row, 'Title'), 'ENAUTO v2');
    await settle();
    await submit(row.querySelector('form')!);
    expect(sent('record.edit').at(-1)).toMatchObject({ id: 'enauto', fields: { title: 'ENAUTO v2', credits: '30' } });
    expect(byId('enauto')).toMatchObject({ title: 'ENAUTO v2', credits: 30 });
    expect(el.querySelector('tr.editing')).toBeNull();
    expect(el.querySelector('tr[data-record="enauto"] td.numeric')?.textContent).toBe('30 CE');
    expect(status(el)).toBe('Changes to ENAUTO v2 saved.');
    expect(document.activeElement).toBe(button(el, 'Edit ENAUTO v2'));
  });

  it('closes the editor on Escape or Cancel without saving, the keyboard back on Edit', async () => {
    const el = await mountRecords();
    await click(button(el, 'Edit ENCOR deep dive'));
    const title = field(el.querySelector('tr.editing')!, 'Title');
    setValue(title, 'Changed my mind');
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await settle();
    expect(el.querySelector('tr.editing')).toBeNull();
    expect(document.activeElement).toBe(button(el, 'Edit ENCOR deep dive'));

    await click(button(el, 'Edit ENCOR deep dive'));
    await click(button(el.querySelector('tr.editing')!, 'Cancel'));
    expect(el.querySelector('tr.editing')).toBeNull();
    expect(sent('record.edit')).toEqual([]);
    expect(rowTitles(el)).toContain('ENCOR deep dive');
  });

  it('adds a course by hand through the same form, sent as a manual capture', async () => {
    const el = await mountRecords();
    await click(button(el, 'Add a course'));
    const panel = el.querySelector<HTMLElement>('.records > .record-form')!;
    expect(panel.querySelector('h4')?.textContent).toBe('Add a course');
    expect(field(panel, 'Title').value).toBe('');
    expect(document.activeElement).toBe(field(panel, 'Title'));

    await submit(panel.querySelector('form')!);
    expect(field(panel, 'Title').getAttribute('aria-invalid'), 'a title is required').toBe('true');

    setValue(field(panel, 'Title'), 'Kubernetes security');
    setValue(field(panel, 'Provider'), 'Linux Foundation');
    setValue(field(panel, 'Completed on'), '2026-03-01');
    setValue(field(panel, 'Credits'), '6,5');
    setValue(field<HTMLSelectElement>(panel, 'Unit'), 'CPE');
    setValue(field<HTMLSelectElement>(panel, 'Program'), 'isc2');
    await settle();
    await submit(panel.querySelector('form')!);
    expect(sent('capture.confirm').at(-1)?.fields).toEqual({ title: 'Kubernetes security', provider: 'Linux Foundation', endDate: '2026-03-01', credits: '6,5', creditUnit: 'CPE', program: 'isc2' });
    expect(stored.find((r) => r.title === 'Kubernetes security')).toMatchObject({ adapterId: 'manual', credits: 6.5, status: 'captured' });
    expect(el.querySelector('.record-form')).toBeNull();
    expect(rowTitles(el)[0]).toBe('Kubernetes security');
    expect(status(el)).toBe('Kubernetes security added.');
    expect(document.activeElement).toBe(button(el, 'Add a course'));
  });
});

describe('Records: the CE Item Catalog', () => {
  const READ_AT = '2026-03-01T10:00:00.000Z';
  const V11 = { name: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.1', credits: 64 };
  const V12 = { name: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2', credits: 64 };

  it('shows each record’s official item, flags one the catalogue lacks, and lets the user settle a near tie', async () => {
    stored = [
      { ...enauto, catalogue: { state: 'matched', item: { name: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO) v1.1', credits: 24 }, confidence: 0.9, readAt: READ_AT } },
      { ...encor, catalogue: { state: 'choose', candidates: [V11, V12], readAt: READ_AT } },
      { ...zero, program: 'cisco', creditUnit: 'CE', catalogue: { state: 'not-found', readAt: READ_AT } },
    ];
    const el = await mountRecords();
    const row = (id: string) => el.querySelector<HTMLElement>(`tr[data-record="${id}"]`)!;
    expect(row('enauto').querySelector('.record-catalogue')?.textContent).toBe('Catalogue item: Implementing Automation for Cisco Enterprise Solutions (ENAUTO) v1.1');
    expect(row('zero').querySelector('.record-flag')?.textContent).toBe('Not in the CE Item Catalog: may earn no credits');

    const choices = row('encor').querySelector<HTMLElement>('[role=group]')!;
    expect(choices.getAttribute('aria-label')).toBe('Catalogue items for ENCOR deep dive');
    const options = [...choices.querySelectorAll('button')];
    expect(options.map((b) => b.textContent)).toEqual([`${V11.name} · 64 CE`, `${V12.name} · 64 CE`]);
    await click(options[1]!);
    expect(sent('record.chooseItemCatalogEntry')).toEqual([{ type: 'record.chooseItemCatalogEntry', id: 'encor', item: V12 }]);
    expect(status(el)).toBe(`ENCOR deep dive is now linked to ${V12.name}`);
    expect(row('encor').querySelector('[role=group]')).toBeNull();
    expect(row('encor').querySelector('.record-catalogue')?.textContent).toBe(`Catalogue item: ${V12.name}`);
  });
});
