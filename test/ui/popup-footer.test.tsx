// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { progress } from '../../src/domain/progress';
import { Popup } from '../../src/ui/popup/Popup';
import { makeCertification, makeRecord } from '../helpers/factories';

afterEach(() => {
  document.body.replaceChildren();
  vi.mocked(browser.runtime.openOptionsPage).mockClear();
});

describe('Popup footer', () => {
  it('opens the dashboard, where every certification is managed', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const report = progress({ records: [], certifications: [makeCertification()], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
    render(<Popup report={report} records={[]} />, container);
    const footerButtons = [...container.querySelectorAll<HTMLButtonElement>('footer button')];
    expect(footerButtons.map((b) => b.textContent)).toEqual(['Capture this page', 'Import PDFs', 'Open dashboard']);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    footerButtons[2]!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(browser.runtime.openOptionsPage).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalled();
  });

  it('asks the background to capture the page the popup was opened over, then closes', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const report = progress({ records: [], certifications: [makeCertification()], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
    render(<Popup report={report} records={[]} />, container);
    vi.mocked(browser.runtime.sendMessage).mockResolvedValueOnce({ ok: true, data: { draftId: 'd1' } });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    container.querySelector<HTMLButtonElement>('footer button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'page.capture' });
    expect(close).toHaveBeenCalled();
  });

  it('offers capture and the dashboard in the empty state too', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const report = progress({ records: [], certifications: [], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
    render(<Popup report={report} records={[]} />, container);
    expect([...container.querySelectorAll('footer button')].map((b) => b.textContent)).toEqual(['Capture this page', 'Import PDFs', 'Open dashboard']);
  });

  it('sends certificate PDFs to the dashboard\'s Records section, in a tab (a file dialog would close the popup)', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const report = progress({ records: [], certifications: [], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
    render(<Popup report={report} records={[]} />, container);
    vi.mocked(browser.tabs.create).mockResolvedValueOnce({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    [...container.querySelectorAll<HTMLButtonElement>('footer button')].find((b) => b.textContent === 'Import PDFs')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(browser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension/src/ui/options/index.html#records' });
    expect(close).toHaveBeenCalled();
  });

  it('says so in the popup when the page cannot be captured', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const report = progress({ records: [], certifications: [makeCertification()], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
    render(<Popup report={report} records={[]} />, container);
    vi.mocked(browser.runtime.sendMessage).mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'No tab to capture' } });
    container.querySelector<HTMLButtonElement>('footer button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.querySelector('[role=alert]')?.textContent).toBe('Could not capture this page: No tab to capture');
  });

  it("offers 'Submit' on a captured record: the CE portal's form opens in a tab, to be filled from it", async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const report = progress({ records: [], certifications: [], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
    const records = [makeRecord({ id: 'r1', title: 'ENAUTO', status: 'captured' }), makeRecord({ id: 'r2', title: 'Earned one', status: 'earned' })];
    render(<Popup report={report} records={records} />, container);
    const submits = [...container.querySelectorAll<HTMLButtonElement>('.record button')];
    expect(submits.map((b) => b.getAttribute('aria-label'))).toEqual(['Submit ENAUTO on the CE portal']);
    vi.mocked(browser.runtime.sendMessage).mockResolvedValueOnce({ ok: true, data: { opened: true } });
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    submits[0]!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'record.submit', recordId: 'r1' });
  });
});
