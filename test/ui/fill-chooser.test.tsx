// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FillChooser } from '../../src/ui/fill-chooser/FillChooser';
import type { CourseRecord } from '../../src/domain/schema';
import { makeRecord } from '../helpers/factories';

const RECORDS = [
  makeRecord({ id: 'old', title: 'Implementing Cisco SD-WAN Solutions (ENSDWI)', status: 'captured', endDate: '2026-01-10' }),
  makeRecord({ id: 'new', title: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)', status: 'submitted', endDate: '2026-03-14', certificateCode: 'CSCO-U-8F3K2Q' }),
  makeRecord({ id: 'earned', title: 'Earned already', status: 'earned' }),
  makeRecord({ id: 'comptia', title: 'Security+ renewal course', program: 'comptia', creditUnit: 'CEU', status: 'captured' }),
];

async function mount(props: { portalTabId?: number; records?: CourseRecord[]; onChoose?: (record: CourseRecord) => Promise<void> }) {
  const container = document.createElement('div');
  document.body.append(container);
  render(<FillChooser portalTabId={props.portalTabId} records={props.records ?? RECORDS} onChoose={props.onChoose ?? vi.fn(async () => undefined)} />, container);
  await Promise.resolve();
  return container;
}

const rows = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('li[data-record]')].map((li) => li.dataset.record);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => document.body.replaceChildren());

describe('the fill chooser', () => {
  it('offers Cisco records waiting to be claimed, newest first, and nothing of other programs', async () => {
    const el = await mount({ portalTabId: 12 });
    expect(rows(el)).toEqual(['new', 'old']);
    expect(el.textContent).not.toContain('Security+');
    expect(el.querySelector('button[aria-label="Fill the form with Implementing Automation for Cisco Enterprise Solutions (ENAUTO)"]')).not.toBeNull();
  });

  it('narrows the list as the user types, by title or certificate code', async () => {
    const el = await mount({ portalTabId: 12 });
    const search = el.querySelector('input[type=search]') as HTMLInputElement;
    expect(search.closest('label')?.textContent).toContain('Search your records');
    search.value = 'csco-u-8f3';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    expect(rows(el)).toEqual(['new']);
    search.value = 'nothing like it';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    expect(el.textContent).toContain('No record waiting to be submitted matches.');
  });

  it('hands the chosen record on, and says why when the portal tab could not be filled', async () => {
    const onChoose = vi.fn(async () => {
      throw new Error('The CE portal tab not found');
    });
    const el = await mount({ portalTabId: 12, onChoose });
    (el.querySelector('li[data-record="old"] button') as HTMLButtonElement).click();
    await flush();
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ id: 'old' }));
    expect(el.querySelector('[role=alert]')?.textContent).toBe('The form could not be filled: The CE portal tab not found');
    expect((el.querySelector('li[data-record="old"] button') as HTMLButtonElement).disabled, 'the user can try again').toBe(false);
  });

  it('explains itself when opened without a portal tab, and when nothing is waiting', async () => {
    const el = await mount({ portalTabId: undefined, records: [RECORDS[2]!, RECORDS[3]!] });
    expect(el.querySelector('[role=alert]')?.textContent).toContain('without a CE portal tab');
    expect(el.textContent).toContain('No Cisco record is waiting to be submitted.');
  });
});
