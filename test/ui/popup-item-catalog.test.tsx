// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { ItemCatalogStatus } from '../../src/domain/item-catalog';
import { progress } from '../../src/domain/progress';
import { Popup } from '../../src/ui/popup/Popup';
import { settle } from '../helpers/dom';
import { makeCertification, makeRecord } from '../helpers/factories';

const sendMessage = vi.mocked(browser.runtime.sendMessage);
const READ_AT = '2026-11-01T10:00:00.000Z';
const ENAUTO = 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO) v1.1';
let status: ItemCatalogStatus | null;
let activeTab: { id?: number; url?: string };

async function mount(records = [makeRecord()]) {
  const container = document.createElement('div');
  document.body.append(container);
  const report = progress({ records, certifications: [makeCertification()], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
  render(<Popup report={report} records={records} />, container);
  await settle();
  return container;
}

beforeEach(() => {
  status = null;
  activeTab = { id: 5, url: 'https://u.cisco.com/' };
  sendMessage.mockImplementation(async (message: unknown) =>
    (message as { type: string }).type === 'itemCatalog.status' ? { ok: true, data: status } : { ok: false, error: { code: 'not-found', message: 'no' } },
  );
  vi.mocked(browser.tabs.query).mockImplementation(async () => [activeTab as browser.Tabs.Tab]);
});
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  sendMessage.mockReset();
});

describe('Popup: the CE Item Catalog', () => {
  it('names a linked record as the catalogue does, and flags one the catalogue does not have', async () => {
    const el = await mount([
      makeRecord({ title: 'ENAUTO learning path', catalogue: { state: 'matched', item: { name: ENAUTO, credits: 40 }, confidence: 0.93, readAt: READ_AT }, credits: 40 }),
      makeRecord({ title: 'Python for Network Engineers', catalogue: { state: 'not-found', readAt: READ_AT } }),
      makeRecord({ title: 'ENCOR', catalogue: { state: 'choose', candidates: [{ name: 'ENCOR v1.1', credits: 64 }, { name: 'ENCOR v1.2', credits: 64 }], readAt: READ_AT } }),
    ]);
    const rows = [...el.querySelectorAll('li.record')];
    expect(rows[0]!.querySelector('.record-title')?.textContent).toBe(ENAUTO);
    expect(rows[0]!.querySelector('.record-title')?.getAttribute('title')).toContain('ENAUTO learning path');
    expect(rows[0]!.querySelector('.record-meta')?.textContent).toMatch(/^40 CE/);
    expect(rows[1]!.querySelector('.record-flag')?.textContent).toBe('Not in the CE Item Catalog: may earn no credits');
    expect(rows[2]!.querySelector('.record-flag')?.textContent).toBe('Several catalogue items fit: pick one on the dashboard');
  });

  it('says how old the catalogue is, and asks for a refresh when it is old, partial or missing', async () => {
    expect((await mount()).querySelector('[data-catalogue-status]')?.textContent).toBe('CE Item Catalog not read yet: open it on the CE portal to check names and credits.');
    document.body.replaceChildren();
    status = { readAt: READ_AT, itemCount: 500, ageDays: 28, stale: false, complete: true, skipped: 0 };
    expect((await mount()).querySelector('[data-catalogue-status]')?.textContent).toBe('CE Item Catalog: 500 items, read 28 days ago');
    document.body.replaceChildren();
    status = { ...status, ageDays: 120, stale: true };
    expect((await mount()).querySelector('[data-catalogue-status]')?.textContent).toBe('The catalogue is 120 days old: refresh it on the CE portal');
  });

  it('offers "Refresh from this page" over the catalogue, and asks that tab to read it', async () => {
    status = { readAt: READ_AT, itemCount: 500, ageDays: 3, stale: false, complete: true, skipped: 0 };
    expect((await mount()).querySelector('[data-catalogue-status] button')).toBeNull();
    document.body.replaceChildren();
    activeTab = { id: 9, url: 'https://ce.cisco.com/item-catalog' };
    const el = await mount();
    const refresh = el.querySelector<HTMLButtonElement>('[data-catalogue-status] button')!;
    expect(refresh.textContent).toBe('Refresh from this page');
    refresh.click();
    await settle();
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(9, { type: 'itemCatalog.refresh' });
    expect(el.querySelector('[data-catalogue-status]')?.textContent).toBe('Reading the catalogue on the page…');
  });
});
