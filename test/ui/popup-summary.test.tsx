// @vitest-environment happy-dom
/**
 * The popup's first frame (issue 18): drawn at once from the summary the worker kept at the last opening, said to
 * be updating, then replaced by the worker's answer; a summary of another day is not shown.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { localToday } from '../../src/domain/dates';
import { POPUP_SUMMARY_KEY } from '../../src/domain/popup-summary';
import { progress } from '../../src/domain/progress';
import { PopupContainer } from '../../src/ui/popup/Popup';
import { makeCertification, makeRecord } from '../helpers/factories';

afterEach(() => {
  document.body.replaceChildren();
  vi.mocked(browser.runtime.sendMessage).mockReset();
  vi.mocked(browser.storage.session.get).mockReset();
});

const today = localToday();
const certifications = [makeCertification({ expiresOn: '2099-03-14' })];
function summary(title: string, credits: number) {
  const records = [makeRecord({ title, credits, status: 'captured', endDate: today })];
  return { today, report: progress({ records, certifications, settings: { submissionWindowDays: 90 }, today }), records };
}

function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  render(<PopupContainer />, container);
  return container;
}

describe('the popup’s first frame', () => {
  it('draws the kept summary at once, says it is updating, then shows the worker’s answer', async () => {
    vi.mocked(browser.storage.session.get).mockResolvedValue({ [POPUP_SUMMARY_KEY]: summary('Kept course', 8) });
    let answer: (value: unknown) => void = () => undefined;
    vi.mocked(browser.runtime.sendMessage).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const el = mount();
    await vi.waitFor(() => expect(el.querySelector('.record-title')?.textContent).toBe('Kept course'));
    expect(el.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(el.textContent).toContain('Bringing this up to date…');
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'popup.summary' });

    answer({ ok: true, data: summary('Fresh course', 12) });
    await vi.waitFor(() => expect(el.querySelector('.record-title')?.textContent).toBe('Fresh course'));
    expect(el.querySelector('main')?.getAttribute('aria-busy')).toBeNull();
    expect(el.textContent).not.toContain('Bringing this up to date');
  });

  it('draws a summary read before the first render in that very render, and reads session storage no more', () => {
    vi.mocked(browser.runtime.sendMessage).mockReturnValue(new Promise(() => undefined));
    const container = document.createElement('div');
    document.body.append(container);
    const kept = summary('Read before rendering', 8);
    render(<PopupContainer initial={kept} kept={Promise.resolve(kept)} />, container);
    expect(container.querySelector('.record-title')?.textContent).toBe('Read before rendering');
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(browser.storage.session.get).not.toHaveBeenCalled();
  });

  it('shows no summary of another day, nor one it cannot read, and waits for the worker', async () => {
    vi.mocked(browser.storage.session.get).mockResolvedValue({ [POPUP_SUMMARY_KEY]: { ...summary('Yesterday', 8), today: '2000-01-01' } });
    let answer: (value: unknown) => void = () => undefined;
    vi.mocked(browser.runtime.sendMessage).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const el = mount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.textContent).toContain('Loading');
    answer({ ok: true, data: summary('Fresh course', 12) });
    await vi.waitFor(() => expect(el.querySelector('.record-title')?.textContent).toBe('Fresh course'));
  });
});
