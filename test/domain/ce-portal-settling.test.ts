import { describe, expect, it } from 'vitest';
import type { CePortalClaim, CePortalCertification, CePortalDashboard } from '../../src/domain/ce-portal-sync';
import { PARTIAL_WAIT_MS, STABLE_MS, settleDashboard, type DashboardSettling, type SettlingStep } from '../../src/domain/ce-portal-settling';

const CCNP: CePortalCertification = { name: 'CCNP Enterprise', expiresOn: '2029-03-14' };
const CCNA: CePortalCertification = { name: 'CCNA', expiresOn: '2029-03-14' };
const ENCOR: CePortalClaim = { itemName: 'ENCOR v1.3', status: 'pending' };
const ENAUTO: CePortalClaim = { itemName: 'ENAUTO', status: 'earned' };

const dashboard = (certifications: CePortalCertification[], claims: CePortalClaim[], claimsState: CePortalDashboard['claimsState'] = claims.length ? 'listed' : 'unreadable'): CePortalDashboard => ({ certifications, claims, claimsState });

/** Feeds reads at the given moments, as the page watch would, and returns every step. */
function reads(...timeline: Array<[number, CePortalDashboard | undefined]>): SettlingStep[] {
  let state: DashboardSettling = {};
  return timeline.map(([at, read]) => {
    const step = settleDashboard(state, read, at);
    state = step.state;
    return step;
  });
}

describe('when a read of the CE portal dashboard is final', () => {
  it('not while the claims are still loading: certifications alone are waited on, then both are applied once stable', () => {
    const certsOnly = dashboard([CCNP, CCNA], []);
    const whole = dashboard([CCNP, CCNA], [ENCOR, ENAUTO]);
    const steps = reads([400, certsOnly], [2_900, whole], [2_900 + STABLE_MS, whole]);
    expect(steps[0]?.apply).toBeUndefined();
    expect(steps[0]).toMatchObject({ readAgainAt: 400 + PARTIAL_WAIT_MS });
    expect(steps[1]?.apply).toBeUndefined();
    expect(steps[1]).toMatchObject({ readAgainAt: 2_900 + STABLE_MS });
    expect(steps[2]?.apply).toEqual(whole);
  });

  it('not while the certifications are still loading either (the claims came first)', () => {
    const claimsOnly = dashboard([], [ENCOR, ENAUTO]);
    const whole = dashboard([CCNP], [ENCOR, ENAUTO]);
    const steps = reads([0, claimsOnly], [700, whole], [700 + STABLE_MS, whole]);
    expect(steps[0]?.apply).toBeUndefined();
    expect(steps[1]?.apply).toBeUndefined();
    expect(steps[2]?.apply).toEqual(whole);
  });

  it('waits for a list that grows a few rows at a time to stop growing', () => {
    const one = dashboard([CCNP], [ENCOR]);
    const two = dashboard([CCNP], [ENCOR, ENAUTO]);
    const steps = reads([0, one], [600, two], [600 + STABLE_MS - 1, two], [600 + STABLE_MS, two]);
    expect(steps.map((s) => s.apply)).toEqual([undefined, undefined, undefined, two]);
  });

  it('never takes a smaller read after a larger one (a list re-rendering)', () => {
    const whole = dashboard([CCNP, CCNA], [ENCOR, ENAUTO]);
    const steps = reads([0, whole], [500, dashboard([CCNP, CCNA], [])], [STABLE_MS, whole]);
    expect(steps[1]?.state.best).toEqual(whole);
    expect(steps[2]?.apply).toEqual(whole);
  });

  it('takes a changed read of the same size as the newer one, and waits for it to hold', () => {
    const pending = dashboard([CCNP], [ENCOR]);
    const earned = dashboard([CCNP], [{ ...ENCOR, status: 'earned' }]);
    const steps = reads([0, pending], [800, earned], [800 + STABLE_MS, earned]);
    expect(steps[1]?.apply).toBeUndefined();
    expect(steps[2]?.apply).toEqual(earned);
  });

  it("applies the page's word that there are no claims yet as whole", () => {
    const none = dashboard([CCNP], [], 'none');
    expect(reads([0, none], [STABLE_MS, none])[1]?.apply).toEqual(none);
  });

  it('applies a dashboard that never shows both lists, after a bounded wait from its first content', () => {
    const certsOnly = dashboard([CCNP], []);
    const steps = reads([100, undefined], [300, certsOnly], [300 + PARTIAL_WAIT_MS - 1, certsOnly], [300 + PARTIAL_WAIT_MS, certsOnly]);
    expect(steps.map((s) => s.apply)).toEqual([undefined, undefined, undefined, certsOnly]);
  });

  it('waits without end for a page that is not the dashboard (the page watch gives up on its own)', () => {
    const steps = reads([0, undefined], [PARTIAL_WAIT_MS * 3, undefined]);
    expect(steps.every((s) => s.apply === undefined && !('readAgainAt' in s && s.readAgainAt !== undefined))).toBe(true);
  });
});
