/**
 * When a read of the CE portal's dashboard is applied (issue 21). Portals load each list on its own request, so a
 * first read may hold the certifications without the claims, or the claims without the certifications; a list may
 * also grow a few rows at a time, or re-render. The page is read again as it changes, and the best read so far is
 * applied when it holds both lists and has stayed the same for STABLE_MS, or, whatever it holds, PARTIAL_WAIT_MS after
 * the page first showed anything of the dashboard. A better read after that (the claims of a slow portal) is applied
 * in turn; a worse one (a list re-rendering) never replaces the best.
 */
import type { CePortalDashboard } from './ce-portal-sync';

/** How long a read holding both lists must stay the same before it is applied. */
export const STABLE_MS = 1_000;
/** How long after the dashboard's first content its best read is applied, whole or not, stable or not. */
export const PARTIAL_WAIT_MS = 10_000;

export interface DashboardSettling {
  /** The best read so far. */
  best?: CePortalDashboard;
  /** When the page first showed anything of the dashboard. */
  firstAt?: number;
  /** Since when `best` has been read unchanged. */
  sameSince?: number;
  /** The read applied last, if any. */
  applied?: CePortalDashboard;
}

export interface SettlingStep {
  /** The read to apply now, if any. */
  apply?: CePortalDashboard;
  /** When to read the page again if it does not change by itself before. */
  readAgainAt?: number;
  state: DashboardSettling;
}

/** How much of the dashboard a read holds: its certifications and claims, and a "no claims yet" notice. */
export function dashboardSize(read: CePortalDashboard): number {
  return read.certifications.length + read.claims.length + (read.claimsState === 'none' ? 1 : 0);
}

/** Whether a read holds both lists: certifications, and the claims (or the page's word that there are none). */
export function isWholeDashboard(read: CePortalDashboard): boolean {
  return read.certifications.length > 0 && (read.claims.length > 0 || read.claimsState === 'none');
}

/** The same dashboard, whatever order the page sorts its lists in. */
function sameRead(a: CePortalDashboard, b: CePortalDashboard): boolean {
  const key = (read: CePortalDashboard) =>
    JSON.stringify([read.claimsState, read.certifications.map((c) => JSON.stringify(c)).sort(), read.claims.map((c) => JSON.stringify(c)).sort()]);
  return key(a) === key(b);
}

/** Positive when `read` is better than `best`: whole over partial, then more of it. */
function compareReads(read: CePortalDashboard, best: CePortalDashboard): number {
  const whole = Number(isWholeDashboard(read)) - Number(isWholeDashboard(best));
  return whole !== 0 ? whole : dashboardSize(read) - dashboardSize(best);
}

/** The next step after a read of the page (undefined: not the dashboard, or nothing of it yet). */
export function settleDashboard(state: DashboardSettling, read: CePortalDashboard | undefined, now: number): SettlingStep {
  let next = state;
  if (read && dashboardSize(read) > 0) {
    const firstAt = state.firstAt ?? now;
    const order = state.best ? compareReads(read, state.best) : 1;
    // Better, or as good but changed (a status turned): the newer read, stable from now. Worse: kept out.
    if (order > 0 || (order === 0 && state.best && !sameRead(read, state.best))) next = { ...state, best: read, firstAt, sameSince: now };
    else next = { ...state, firstAt };
  }
  const { best, firstAt, sameSince, applied } = next;
  if (!best || firstAt === undefined || sameSince === undefined) return { state: next };
  const stableAt = isWholeDashboard(best) ? sameSince + STABLE_MS : Infinity;
  const deadline = firstAt + PARTIAL_WAIT_MS;
  if (now < Math.min(stableAt, deadline)) return { readAgainAt: Math.min(stableAt, deadline), state: next };
  if (applied && sameRead(applied, best)) return { state: next };
  return { apply: best, state: { ...next, applied: best } };
}
