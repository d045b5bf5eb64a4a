/**
 * What the CE portal's dashboard changes in our store: which claim is which record (near misses included),
 * forward-only statuses, certification dates, a stable order, and that a plan, once applied, plans nothing more.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certificationKey,
  nextRecordStatus,
  planCePortalSync,
  type CePortalCertification,
  type CePortalClaim,
  type CePortalDashboard,
  type CePortalSyncPlan,
} from '../../src/domain/ce-portal-sync';
import { Certification, CourseRecord, type RecordStatus } from '../../src/domain/schema';
import { RECORD_STATUSES } from '../../src/domain/vocabulary';
import { makeCertification, makeRecord } from '../helpers/factories';

const fixtureDashboard = JSON.parse(readFileSync(new URL('../fixtures/portal/expected.json', import.meta.url), 'utf8'))['dashboard.html'] as CePortalDashboard;

const ENAUTO = 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)';
const claim = (overrides: Partial<CePortalClaim> = {}): CePortalClaim => ({ itemName: ENAUTO, endDate: '2026-03-14', credits: 24, status: 'earned', ...overrides });
const dashboard = (claims: CePortalClaim[], certifications: CePortalCertification[] = []): CePortalDashboard => ({ claims, certifications });
const plan = (claims: CePortalClaim[], records: CourseRecord[], certifications: Certification[] = [], shown: CePortalCertification[] = []) =>
  planCePortalSync({ dashboard: dashboard(claims, shown), records, certifications });

/** What the background does with a plan: the new status and credits, the new dates. */
function apply(result: CePortalSyncPlan, records: readonly CourseRecord[], certifications: readonly Certification[]) {
  const recordChanges = new Map(result.records.map((c) => [c.recordId, c]));
  const certChanges = new Map(result.certifications.map((c) => [c.certificationId, c]));
  return {
    records: records.map((r) => {
      const change = recordChanges.get(r.id);
      return change ? CourseRecord.parse({ ...r, status: change.to, ...(change.credits !== undefined ? { credits: change.credits } : {}) }) : r;
    }),
    certifications: certifications.map((c) => {
      const change = certChanges.get(c.id);
      if (!change) return c;
      return Certification.parse({ ...c, ...(change.expiresOn ? { expiresOn: change.expiresOn.to } : {}), ...(change.earnedOn ? { earnedOn: change.earnedOn.to } : {}) });
    }),
  };
}

describe('planCePortalSync: which claim is which record', () => {
  it('moves the fixture dashboard’s ENAUTO record from submitted to earned', () => {
    const enauto = makeRecord({ id: 'enauto', title: ENAUTO, endDate: '2026-03-14', credits: 24, status: 'submitted' });
    const result = planCePortalSync({ dashboard: fixtureDashboard, records: [enauto], certifications: [] });
    expect(result.records).toEqual([{ recordId: 'enauto', title: ENAUTO, from: 'submitted', to: 'earned' }]);
    expect(result.unmatchedClaims).toHaveLength(fixtureDashboard.claims.length - 1);
  });

  it('leaves the near misses alone: another version, the lite edition, the same title ending another day', () => {
    const records = [
      makeRecord({ id: 'encor-old', title: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2', endDate: '2026-03-20', status: 'submitted' }),
      makeRecord({ id: 'enauto-lite', title: `${ENAUTO} Lite`, endDate: '2026-03-14', status: 'submitted' }),
      makeRecord({ id: 'python-2024', title: 'Rev Up to Recert: Python', endDate: '2024-05-01', status: 'submitted' }),
      makeRecord({ id: 'python-2025', title: 'Rev Up to Recert - Python', endDate: '2025-11-07', credits: 15, status: 'submitted' }),
    ];
    const result = planCePortalSync({ dashboard: fixtureDashboard, records, certifications: [] });
    expect(result.records).toEqual([{ recordId: 'python-2025', title: 'Rev Up to Recert - Python', from: 'submitted', to: 'earned' }]);
    expect(result.unmatchedClaims.map((c) => c.itemName)).toContain('Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.3');
    expect(result.unmatchedClaims.map((c) => c.itemName)).toContain(ENAUTO);
    // Alone, the record of another run of the course still takes no claim.
    const alone = planCePortalSync({ dashboard: fixtureDashboard, records: [records[2]!], certifications: [] });
    expect(alone.records).toEqual([]);
    expect(alone.unmatchedClaims).toEqual(fixtureDashboard.claims);
  });

  it('matches a record without an end date on its title alone', () => {
    const record = makeRecord({ id: 'r', title: ENAUTO, endDate: undefined, status: 'submitted', credits: 24 });
    expect(plan([claim()], [record]).records).toEqual([{ recordId: 'r', title: ENAUTO, from: 'submitted', to: 'earned' }]);
  });

  it('gives a claim to the record with the same end date before one without, and breaks ties on the start date', () => {
    const undated = makeRecord({ id: 'a-undated', title: ENAUTO, endDate: undefined, status: 'submitted', credits: 24 });
    const dated = makeRecord({ id: 'z-dated', title: ENAUTO, endDate: '2026-03-14', status: 'submitted', credits: 24 });
    expect(plan([claim()], [undated, dated]).records.map((c) => c.recordId)).toEqual(['z-dated']);

    const otherStart = makeRecord({ id: 'a-other-start', title: ENAUTO, startDate: '2026-01-05', endDate: '2026-03-14', status: 'submitted', credits: 24 });
    const sameStart = makeRecord({ id: 'z-same-start', title: ENAUTO, startDate: '2026-02-02', endDate: '2026-03-14', status: 'submitted', credits: 24 });
    expect(plan([claim({ startDate: '2026-02-02' })], [otherStart, sameStart]).records.map((c) => c.recordId)).toEqual(['z-same-start']);
  });

  it('prefers the exact version over a title that leaves the version out', () => {
    const bare = makeRecord({ id: 'a-bare', title: 'Designing Cisco Enterprise Networks (ENSLD)', endDate: '2026-03-14', status: 'submitted', credits: 24 });
    const exact = makeRecord({ id: 'z-exact', title: 'Designing Cisco Enterprise Networks (ENSLD) v1.1', endDate: '2026-03-14', status: 'submitted', credits: 24 });
    const claimed = claim({ itemName: 'Designing Cisco Enterprise Networks (ENSLD) v1.1' });
    expect(plan([claimed], [bare, exact]).records.map((c) => c.recordId)).toEqual(['z-exact']);
  });

  it('pairs each record with one claim and each claim with one record', () => {
    const first = makeRecord({ id: 'first', title: ENAUTO, endDate: '2026-03-14', status: 'submitted', credits: 24 });
    const twice = [claim({ claimId: 'CE-1' }), claim({ claimId: 'CE-2' })];
    const result = plan(twice, [first]);
    expect(result.records).toHaveLength(1);
    expect(result.unmatchedClaims).toHaveLength(1);

    const second = makeRecord({ id: 'second', title: ENAUTO, endDate: '2026-03-14', status: 'submitted', credits: 24 });
    const both = plan(twice, [first, second]);
    expect(both.records.map((c) => c.recordId).sort()).toEqual(['first', 'second']);
    expect(both.unmatchedClaims).toEqual([]);
  });

  it('of two claims for the same item, a rejected one and a resubmitted one, follows the one further along', () => {
    const record = makeRecord({ id: 'r', title: ENAUTO, endDate: '2026-03-14', status: 'submitted', credits: 24 });
    const result = plan([claim({ status: 'rejected', claimId: 'CE-OLD' }), claim({ status: 'pending', claimId: 'CE-NEW' })], [record]);
    expect(result.records).toEqual([{ recordId: 'r', title: ENAUTO, from: 'submitted', to: 'pending' }]);
    expect(result.unmatchedClaims.map((c) => c.claimId)).toEqual(['CE-OLD']);
  });

  it('never takes another program’s record for a Cisco claim', () => {
    const comptia = makeRecord({ id: 'r', program: 'comptia', title: ENAUTO, endDate: '2026-03-14', status: 'submitted', credits: 24 });
    expect(plan([claim()], [comptia]).records).toEqual([]);
    const uncategorised = makeRecord({ id: 'o', program: 'other', title: ENAUTO, endDate: '2026-03-14', status: 'submitted', credits: 24 });
    expect(plan([claim()], [uncategorised]).records).toHaveLength(1);
  });

  it('treats "__proto__" as a title like any other', () => {
    const record = makeRecord({ id: 'p', title: '__proto__', endDate: '2026-03-14', status: 'submitted', credits: 24 });
    expect(plan([claim({ itemName: '__proto__' }), claim({ itemName: 'constructor' })], [record]).records).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('planCePortalSync: statuses only move forward', () => {
  const cases: [RecordStatus, CePortalClaim['status'], RecordStatus][] = [
    ['captured', 'pending', 'pending'],
    ['captured', 'earned', 'earned'],
    ['captured', 'rejected', 'rejected'],
    ['submitted', 'pending', 'pending'],
    ['submitted', 'earned', 'earned'],
    ['submitted', 'rejected', 'rejected'],
    ['pending', 'pending', 'pending'],
    ['pending', 'earned', 'earned'],
    ['pending', 'rejected', 'rejected'],
    ['earned', 'pending', 'earned'],
    ['earned', 'rejected', 'earned'],
    ['earned', 'earned', 'earned'],
    ['rejected', 'pending', 'rejected'],
    ['rejected', 'earned', 'earned'],
  ];
  it.each(cases)('%s, and the portal says %s: %s', (from, portal, to) => {
    expect(nextRecordStatus(from, portal)).toBe(to);
    const record = makeRecord({ id: 'r', title: ENAUTO, endDate: '2026-03-14', status: from, credits: 24 });
    expect(plan([claim({ status: portal })], [record]).records).toEqual(from === to ? [] : [{ recordId: 'r', title: ENAUTO, from, to }]);
  });

  it('takes the portal’s credits when they differ, once the record stands where the claim does', () => {
    const submitted = makeRecord({ id: 's', title: ENAUTO, endDate: '2026-03-14', status: 'submitted', credits: 20 });
    expect(plan([claim()], [submitted]).records).toEqual([{ recordId: 's', title: ENAUTO, from: 'submitted', to: 'earned', credits: 24 }]);
    const earned = makeRecord({ id: 'e', title: ENAUTO, endDate: '2026-03-14', status: 'earned', credits: 20 });
    expect(plan([claim()], [earned]).records).toEqual([{ recordId: 'e', title: ENAUTO, from: 'earned', to: 'earned', credits: 24 }]);
    // The record is earned and the claim rejected: neither the status nor the credits are the portal's to change.
    expect(plan([claim({ status: 'rejected' })], [earned]).records).toEqual([]);
    expect(plan([claim({ credits: undefined })], [earned]).records).toEqual([]);
  });
});

describe('planCePortalSync: certifications', () => {
  it.each([
    ['CCNP Enterprise', 'Cisco Certified Network Professional Enterprise'],
    ['CCNP Enterprise', 'Cisco Certified Network Professional (CCNP) Enterprise'],
    ['CCNP® Enterprise', 'ccnp enterprise'],
    ['CCNA', 'Cisco Certified Network Associate'],
    ['CCIE Security', 'Cisco Certified Internetwork Expert Security'],
    ['CCDE', 'Cisco Certified Design Expert'],
    ['CCST Networking', 'Cisco Certified Support Technician Networking'],
    ['Cisco CCNA', 'CCNA'],
  ])('%s is %s', (a, b) => {
    expect(certificationKey(a)).toBe(certificationKey(b));
  });

  it.each([
    ['CCNP Enterprise', 'CCNP Security'],
    ['CCNA', 'CCNP'],
    ['CCNA', 'Cisco Certified DevNet Associate'],
  ])('%s is not %s', (a, b) => {
    expect(certificationKey(a)).not.toBe(certificationKey(b));
  });

  it('updates the expiry and earned dates the portal states differently, and lists what no held certification matches', () => {
    const ccnp = makeCertification({ id: 'ccnp', name: 'Cisco Certified Network Professional Enterprise', expiresOn: '2027-03-14' });
    const ccna = makeCertification({ id: 'ccna', name: 'CCNA', level: 'associate', earnedOn: '2026-03-14', expiresOn: '2029-03-14' });
    const security = makeCertification({ id: 'sec', program: 'comptia', name: 'CCNA', level: 'associate', expiresOn: '2027-01-01' });
    const result = planCePortalSync({ dashboard: fixtureDashboard, records: [], certifications: [ccnp, ccna, security] });
    expect(result.certifications).toEqual([
      { certificationId: 'ccnp', name: 'Cisco Certified Network Professional Enterprise', expiresOn: { from: '2027-03-14', to: '2029-03-14' }, earnedOn: { to: '2026-03-14' } },
    ]);
    expect(result.unmatchedCertifications.map((c) => c.name)).toEqual(['Cisco Certified DevNet Associate', 'CCST Networking']);
  });

  it('keeps a held date the portal does not state, and refuses dates that would end before they start', () => {
    const ccst = makeCertification({ id: 'ccst', name: 'CCST Networking', level: 'entry', earnedOn: '2024-05-10', expiresOn: '2099-01-01' });
    expect(plan([], [], [ccst], [{ name: 'CCST Networking', earnedOn: '2024-05-10' }]).certifications).toEqual([]);
    const ccnp = makeCertification({ id: 'ccnp', earnedOn: '2026-03-14', expiresOn: '2029-03-14' });
    expect(plan([], [], [ccnp], [{ name: 'CCNP Enterprise', expiresOn: '2025-01-01' }]).certifications).toEqual([]);
  });
});

describe('planCePortalSync: a stable plan', () => {
  const titles = [ENAUTO, `${ENAUTO} v1.1`, `${ENAUTO} Lite`, 'Rev Up to Recert: Python', 'rev up to recert python', 'Cisco DevNet Associate Fundamentals'];
  const days = ['2025-11-07', '2026-03-14', '2026-03-20'];
  const recordArb = fc
    .record({
      id: fc.uuid(),
      title: fc.constantFrom(...titles),
      endDate: fc.option(fc.constantFrom(...days), { nil: undefined }),
      startDate: fc.option(fc.constantFrom('2025-11-01', '2026-02-02'), { nil: undefined }),
      status: fc.constantFrom(...RECORD_STATUSES),
      credits: fc.option(fc.constantFrom(4, 15, 24), { nil: undefined }),
      program: fc.constantFrom('cisco', 'other', 'comptia'),
    })
    .map(({ program, ...r }) => makeRecord({ ...r, program: program as CourseRecord['program'] }));
  const claimArb = fc.record({
    itemName: fc.constantFrom(...titles),
    endDate: fc.option(fc.constantFrom(...days), { nil: undefined }),
    startDate: fc.option(fc.constantFrom('2025-11-01', '2026-02-02'), { nil: undefined }),
    status: fc.constantFrom('pending', 'earned', 'rejected') as fc.Arbitrary<CePortalClaim['status']>,
    credits: fc.option(fc.constantFrom(4, 15, 24), { nil: undefined }),
  }).map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as unknown as CePortalClaim);
  const held = [
    makeCertification({ id: 'ccnp', name: 'CCNP Enterprise', earnedOn: '2023-03-14', expiresOn: '2026-03-14' }),
    makeCertification({ id: 'ccna', name: 'Cisco Certified Network Associate', level: 'associate', expiresOn: '2026-06-30' }),
  ];
  const shownArb = fc.array(
    fc.record({ name: fc.constantFrom('CCNP Enterprise', 'CCNA', 'CCIE Security'), expiresOn: fc.constantFrom('2029-03-14', '2026-06-30'), earnedOn: fc.constantFrom('2026-03-14', '2023-06-30') }),
    { maxLength: 4 },
  );

  const records12 = fc.uniqueArray(recordArb, { maxLength: 12, selector: (r) => r.id });

  it('gives the same plan whatever the order of the records and certifications', () => {
    fc.assert(
      fc.property(records12, fc.array(claimArb, { maxLength: 8 }), shownArb, fc.nat(), (records, claims, shown, seed) => {
        const rotate = <T>(list: readonly T[]) => (list.length ? [...list.slice(seed % list.length), ...list.slice(0, seed % list.length)] : [...list]);
        const a = plan(claims, records, held, shown);
        const b = plan(claims, [...records].reverse(), [...held].reverse(), shown);
        const c = plan(claims, rotate(records), rotate(held), shown);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
    );
  });

  it('plans nothing more once its plan is applied', () => {
    let plansWithChanges = 0;
    fc.assert(
      fc.property(records12, fc.array(claimArb, { maxLength: 8 }), shownArb, (records, claims, shown) => {
        const first = plan(claims, records, held, shown);
        if (first.records.length > 0 && first.certifications.length > 0) plansWithChanges += 1;
        const applied = apply(first, records, held);
        const second = plan(claims, applied.records, applied.certifications, shown);
        expect(second.records).toEqual([]);
        expect(second.certifications).toEqual([]);
        // Never backwards: an earned record stays earned.
        expect(first.records.filter((c) => c.from === 'earned' && c.to !== 'earned')).toEqual([]);
      }),
    );
    // The property is about plans that change something: the random stores must produce them.
    expect(plansWithChanges).toBeGreaterThan(10);
  });
});
