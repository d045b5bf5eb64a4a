/**
 * When a read of the CE portal's dashboard is final (issue 21). Portals load each list on its own request, so a first
 * read may hold the certifications without the claims, or the claims without the certifications; a list may also grow
 * a few rows at a time. The page is read again as it changes, and the dashboard is applied once: when a read holding
 * both lists has stayed the same for STABLE_MS, or, for a page that never shows both, PARTIAL_WAIT_MS after its
 * first content. The largest read wins: a smaller one (a list re-rendering) never replaces it.
 */
import type { CePortalDashboard } from './ce-portal-sync';

/** How long a read holding both lists must stay the same before it is applied. */
export const STABLE_MS = 1_000;
/** How long a read holding only part of the dashboard is waited on before that part is applied. */
export const PARTIAL_WAIT_MS = 10_000;

export interface DashboardSettling {
  /** The largest read so far. */
  best?: CePortalDashboard;
  /** When the page first showed anything of the dashboard. */
  firstAt?: number;
  /** Since when `best` has been read unchanged. */
  sameSince?: number;
}

export type SettlingStep =
  | { apply: CePortalDashboard; state: DashboardSettling }
  /** Not final: read again on the page's next change, and at `readAgainAt` if it does not change by then. */
  | { apply?: undefined; readAgainAt?: number; state: DashboardSettling };

/** How much of the dashboard a read holds: its certifications and claims, and a "no claims yet" notice. */
export function dashboardSize(read: CePortalDashboard): number {
  return read.certifications.length + read.claims.length + (read.claimsState === 'none' ? 1 : 0);
}

/** Whether a read holds both lists: certifications, and the claims (or the page's word that there are none). */
export function isWholeDashboard(read: CePortalDashboard): boolean {
  return read.certifications.length > 0 && (read.claims.length > 0 || read.claimsState === 'none');
}

function sameRead(a: CePortalDashboard, b: CePortalDashboard): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The next step after a read of the page (undefined: not the dashboard, or nothing of it yet). */
export function settleDashboard(state: DashboardSettling, read: CePortalDashboard | undefined, now: number): SettlingStep {
  let next = state;
  if (read && dashboardSize(read) > 0) {
    const firstAt = state.firstAt ?? now;
    if (!state.best || dashboardSize(read) > dashboardSize(state.best)) next = { best: read, firstAt, sameSince: now };
    else if (dashboardSize(read) === dashboardSize(state.best) && !sameRead(read, state.best)) next = { best: read, firstAt, sameSince: now };
    else next = { ...state, firstAt };
  }
  const { best, firstAt, sameSince } = next;
  if (!best || firstAt === undefined || sameSince === undefined) return { state: next };
  if (isWholeDashboard(best)) {
    return now - sameSince >= STABLE_MS ? { apply: best, state: next } : { readAgainAt: sameSince + STABLE_MS, state: next };
  }
  return now - firstAt >= PARTIAL_WAIT_MS ? { apply: best, state: next } : { readAgainAt: firstAt + PARTIAL_WAIT_MS, state: next };
}
