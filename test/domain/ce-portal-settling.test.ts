import { describe, expect, it } from 'vitest';
import type { CePortalClaim, CePortalCertification, CePortalDashboard } from '../../src/domain/ce-portal-sync';
import { PARTIAL_WAIT_MS, STABLE_MS, settleDashboard, type DashboardSettling, type SettlingStep } from '../../src/domain/ce-portal-settling';

const CCNP: CePortalCertification = { name: 'CCNP Enterprise', expiresOn: '2029-03-14' };
const CCNA: CePortalCertification = { name: 'CCNA', expiresOn: '2029-03-14' };
const ENCOR: CePortalClaim = { itemName: 'ENCOR v1.3', status: 'pending' };
const ENAUTO: CePortalClaim = { itemName: 'ENAUTO', status: 'earned' };
const PYTHON: CePortalClaim = { itemName: 'Rev Up to Recert: Python', status: 'earned' };

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
const applied = (steps: SettlingStep[]) => steps.map((s) => s.apply);

describe('when a read of the CE portal dashboard is applied', () => {
  it('not while the claims are still loading: certifications alone are waited on, then both once stable', () => {
    const certsOnly = dashboard([CCNP, CCNA], []);
    const whole = dashboard([CCNP, CCNA], [ENCOR, ENAUTO]);
    const steps = reads([400, certsOnly], [2_900, whole], [2_900 + STABLE_MS, whole]);
    expect(steps[0]).toEqual({ readAgainAt: 400 + PARTIAL_WAIT_MS, state: expect.anything() });
    expect(steps[1]).toEqual({ readAgainAt: 2_900 + STABLE_MS, state: expect.anything() });
    expect(steps[2]?.apply).toEqual(whole);
  });

  it('not while the certifications are still loading either (the claims came first)', () => {
    const claimsOnly = dashboard([], [ENCOR, ENAUTO]);
    const whole = dashboard([CCNP], [ENCOR, ENAUTO]);
    expect(applied(reads([0, claimsOnly], [700, whole], [700 + STABLE_MS, whole]))).toEqual([undefined, undefined, whole]);
  });

  it('waits for a list that grows a few rows at a time to stop growing', () => {
    const one = dashboard([CCNP], [ENCOR]);
    const two = dashboard([CCNP], [ENCOR, ENAUTO]);
    expect(applied(reads([0, one], [600, two], [600 + STABLE_MS - 1, two], [600 + STABLE_MS, two]))).toEqual([undefined, undefined, undefined, two]);
  });

  it('never takes a worse read after a better one (a list re-rendering), and a whole one beats a larger partial one', () => {
    const whole = dashboard([CCNP], [ENCOR]);
    const steps = reads([0, whole], [500, dashboard([CCNP, CCNA], [])], [STABLE_MS, whole]);
    expect(steps[1]?.state.best).toEqual(whole);
    expect(steps[2]?.apply).toEqual(whole);
  });

  it('takes a changed read of the same size as the newer one, and waits for it to hold; a re-sort is no change', () => {
    const pending = dashboard([CCNP], [ENCOR, ENAUTO]);
    const earned = dashboard([CCNP], [{ ...ENCOR, status: 'earned' }, ENAUTO]);
    const resorted = dashboard([CCNP], [ENAUTO, { ...ENCOR, status: 'earned' }]);
    expect(applied(reads([0, pending], [800, earned], [1_200, resorted], [800 + STABLE_MS, resorted]))).toEqual([undefined, undefined, undefined, earned]);
  });

  it('applies a page that keeps changing at the bounded wait, whole or not', () => {
    const a = dashboard([CCNP], [ENCOR]);
    const b = dashboard([CCNP], [{ ...ENCOR, status: 'earned' }]);
    const timeline: Array<[number, CePortalDashboard]> = Array.from({ length: 16 }, (_, i) => [i * 700, i % 2 ? b : a]);
    const steps = reads(...timeline);
    const first = steps.findIndex((s) => s.apply);
    expect(timeline[first]?.[0]).toBeGreaterThanOrEqual(PARTIAL_WAIT_MS);
    expect(timeline[first]?.[0]).toBeLessThan(PARTIAL_WAIT_MS + 700);
  });

  it('applies a dashboard that never shows both lists after the bounded wait, and its claims when they come after all', () => {
    const certsOnly = dashboard([CCNP], []);
    const whole = dashboard([CCNP], [ENCOR]);
    const steps = reads([100, undefined], [300, certsOnly], [300 + PARTIAL_WAIT_MS, certsOnly], [300 + PARTIAL_WAIT_MS + 500, certsOnly], [11_500, whole], [12_000, whole]);
    expect(applied(steps)).toEqual([undefined, undefined, certsOnly, undefined, whole, undefined]);
  });

  it('applies a read once: the same dashboard read again later is not sent again', () => {
    const whole = dashboard([CCNP], [ENCOR, PYTHON]);
    expect(applied(reads([0, whole], [STABLE_MS, whole], [5_000, whole], [20_000, whole]))).toEqual([undefined, whole, undefined, undefined]);
  });

  it("takes the page's word that there are no claims yet as whole, and claims that come after it in turn", () => {
    const none = dashboard([CCNP], [], 'none');
    const listed = dashboard([CCNP], [ENCOR]);
    expect(applied(reads([0, none], [STABLE_MS, none], [2_000, listed], [2_000 + STABLE_MS, listed]))).toEqual([undefined, none, undefined, listed]);
  });

  it('waits without end for a page that is not the dashboard (the page watch gives up on its own)', () => {
    const steps = reads([0, undefined], [PARTIAL_WAIT_MS * 3, undefined]);
    expect(steps.every((s) => s.apply === undefined && s.readAgainAt === undefined)).toBe(true);
  });
});
