import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncLines } from '../../src/background/sync-lines';
import { planCePortalSync, type CePortalDashboard } from '../../src/domain/ce-portal-sync';
import { makeCertification, makeRecord } from '../helpers/factories';

const dashboard = JSON.parse(readFileSync(new URL('../fixtures/portal/expected.json', import.meta.url), 'utf8'))['dashboard.html'] as CePortalDashboard;
const ENAUTO = 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)';
/** A date as the browser shows it in either order its locale may use. */
const shown = (day: number, month: string, year: number) => new RegExp(`(?:${day} ${month} ${year}|${month} ${day}, ${year})`);

describe('syncLines: what the portal dashboard changed, in the words of _locales', () => {
  it('says each change in one line, course by its acronym', () => {
    const records = [
      makeRecord({ id: 'enauto', title: ENAUTO, endDate: '2026-03-14', credits: 24, status: 'pending' }),
      makeRecord({ id: 'python', title: 'Rev Up to Recert: Python', endDate: '2025-11-07', credits: 12, status: 'submitted' }),
      makeRecord({ id: 'devnet', title: 'Cisco DevNet Associate Fundamentals', endDate: '2025-10-15', credits: 48, status: 'earned' }),
      makeRecord({ id: 'pyats', title: 'Network Automation with pyATS (BRKOPS-2458)', endDate: '2025-07-02', credits: 2, status: 'earned' }),
    ];
    const certifications = [makeCertification({ id: 'ccnp', name: 'CCNP Enterprise', earnedOn: '2023-03-14', expiresOn: '2026-03-14' })];
    const lines = syncLines(planCePortalSync({ dashboard, records, certifications }));
    expect(lines.slice(0, 3)).toEqual(['ENAUTO: Pending → Earned', 'Rev Up to Recert: Python: Submitted → Earned, 15 credits', 'BRKOPS-2458: now 4 credits']);
    expect(lines[3]).toMatch(new RegExp(`^CCNP Enterprise renewed on ${shown(14, 'Mar', 2026).source}$`));
    expect(lines[4]).toMatch(new RegExp(`^CCNP Enterprise now expires ${shown(14, 'Mar', 2029).source}$`));
    expect(lines).toHaveLength(5);
  });

  it('says nothing when nothing changed', () => {
    expect(syncLines({ records: [], certifications: [], unmatchedClaims: [], unmatchedCertifications: [] })).toEqual([]);
  });
});
