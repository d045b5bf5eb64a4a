import { describe, expect, it } from 'vitest';
import { badgeContent, badgeText } from '../../src/background/badge';
import { progress } from '../../src/domain/progress';
import { makeCertification, makeRecord } from '../helpers/factories';

describe('badgeText', () => {
  it('shows the number of captured, unsubmitted records, capped at 99+', () => {
    expect(badgeText(0, true)).toBe('');
    expect(badgeText(3, true)).toBe('3');
    expect(badgeText(120, true)).toBe('99+');
  });
  it('is empty when the user turned the badge off', () => {
    expect(badgeText(3, false)).toBe('');
  });
});

describe('badgeContent: what the badge counts, by the setting', () => {
  const message = (key: string, subs: string[] = []) => `${key}(${subs.join('|')})`;
  const report = progress({
    records: [makeRecord({ id: 'r1', status: 'earned', credits: 30.5, endDate: '2026-03-01' })],
    certifications: [makeCertification({ id: 'ccnp', name: 'CCNP Enterprise', earnedOn: '2025-01-10', expiresOn: '2028-01-10' })],
    settings: { submissionWindowDays: 90 },
    today: '2026-11-29',
  });

  it('counts captured records not yet submitted by default', () => {
    expect(badgeContent({ badgeEnabled: true, badgeShows: 'unsubmitted' }, 4, undefined, message)).toEqual({ text: '4', title: 'badgeTitle(4)' });
  });

  it("shows the credits the most urgent certification still needs on its closest path, rounded up", () => {
    const content = badgeContent({ badgeEnabled: true, badgeShows: 'credits-remaining' }, 4, report, message);
    expect(content).toEqual({ text: '50', title: 'badgeTitleCredits(50|CE|CCNP Enterprise)' });
  });

  it('shows nothing when there is no certification, or the badge is off', () => {
    const empty = progress({ records: [], certifications: [], settings: { submissionWindowDays: 90 }, today: '2026-11-29' });
    expect(badgeContent({ badgeEnabled: true, badgeShows: 'credits-remaining' }, 4, empty, message)).toEqual({ text: '', title: 'actionTitle()' });
    expect(badgeContent({ badgeEnabled: false, badgeShows: 'credits-remaining' }, 4, report, message).text).toBe('');
  });
});
