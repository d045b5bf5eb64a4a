// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { progress } from '../../src/domain/progress';
import { countKey, tCount } from '../../src/text/i18n';
import { nextStepText } from '../../src/ui/next-step-text';
import { Popup } from '../../src/ui/popup/Popup';
import { makeCertification } from '../helpers/factories';

const DAYS = { oneKey: 'expiresInOne', otherKey: 'expiresIn' };

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('count-dependent messages', () => {
  it('chooses the "one" wording for 1 and the other for 0, 2, 1.5 and 21 (English)', () => {
    expect(countKey(1, DAYS)).toBe('expiresInOne');
    expect([0, 2, 1.5, 21, 105].map((n) => countKey(n, DAYS))).toEqual(Array(5).fill('expiresIn'));
  });

  it('reads the count as it is shown: 1.04 is written "1", so it is one', () => {
    expect(countKey(1.04, DAYS)).toBe('expiresInOne');
  });

  it('follows the UI language’s rules: in French, 0 is "one" too', () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('fr');
    expect(countKey(0, DAYS)).toBe('expiresInOne');
    expect(countKey(2, DAYS)).toBe('expiresIn');
  });

  it('says "1 day", never "1 days", in the popup, the dashboard cards and the next steps', () => {
    expect(tCount(1, DAYS, ['Mar 14, 2027', 1])).toBe('expires Mar 14, 2027 · 1 day');
    expect(tCount(2, DAYS, ['Mar 14, 2027', 2])).toBe('expires Mar 14, 2027 · 2 days');
    expect(tCount(1, { oneKey: 'cardExpiresOne', otherKey: 'cardExpires' }, ['Mar 14, 2027', 1])).toBe('Expires Mar 14, 2027 · 1 day left');
    expect(nextStepText({ kind: 'submit', recordId: 'r1', title: 'ENAUTO', credits: 24, unit: 'CE', daysLeftInWindow: 1 })).toBe('Submit “ENAUTO” — 1 day left in its window');
    expect(nextStepText({ kind: 'year-minimum', year: 2, remaining: 5, unit: 'CPE', daysLeft: 1 })).toBe('5 more CPE needed in year 2 of the period — 1 day left in it');
    expect(nextStepText({ kind: 'earn', remaining: 1, unit: 'CE', perMonth: 1, daysLeft: 30 })).toBe('1 CE credit to go: about 1 a month');

    const container = document.createElement('div');
    document.body.append(container);
    const report = progress({ records: [], certifications: [makeCertification({ expiresOn: '2026-11-30' })], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
    render(<Popup report={report} records={[]} />, container);
    expect(container.querySelector('.expiry')?.textContent).toBe('expires Nov 30, 2026 · 1 day');
  });
});

describe('the next step of a certification renewed by exam alone', () => {
  it('names the exam and the day, and says credits do not count', () => {
    expect(nextStepText({ kind: 'pass-exam', requirements: [{ count: 1, kinds: ['technician'], codes: [] }], expiresOn: '2028-02-01' })).toMatch(
      /^Pass 1 CCT exam by .*2028 to renew it: credits do not count toward this certification\.$/,
    );
    expect(nextStepText({ kind: 'pass-exam', requirements: [{ count: 1, kinds: [], codes: ['820-605'] }], expiresOn: '2027-03-01' })).toMatch(/^Pass 1 820-605 exam by /);
  });
});

describe('a suspended certification', () => {
  it('says it is suspended and how long remains to have it reinstated', () => {
    expect(nextStepText({ kind: 'grace', daysLeft: 30, suspended: true })).toBe('Suspended since its expiry: 30 days remain to earn what it lacks and have it reinstated.');
    expect(nextStepText({ kind: 'grace', daysLeft: 30 })).toBe('The period has ended, but 30 days of grace remain to submit its credits.');
  });
});
