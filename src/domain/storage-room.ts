/**
 * How much of the browser's storage certificate PDFs that pages hand over on their own may fill. Pages write without
 * the user asking (the auto-attach after a capture), so they stop short of the quota: the last tenth is kept for
 * what the user does themselves (edits, imports, a PDF they attach by hand), which the browser would otherwise refuse
 * with "storage full". Zod-free: the popup and the dashboard use it too.
 */

/** What `navigator.storage.estimate()` gives; either figure may be missing. */
export interface StorageFigures {
  usage?: number;
  quota?: number;
}

/** The share of the quota auto-attached PDFs may bring the extension's storage to. */
export const AUTO_ATTACH_QUOTA_SHARE = 0.9;

/**
 * 'room': a file of `incomingBytes` still fits under the share; 'full': it does not, so pages' PDFs are no longer
 * kept on their own; 'unknown': the browser did not say (the write itself then fails cleanly if space runs out).
 */
export type StorageRoom = 'room' | 'full' | 'unknown';

export function roomForAutoAttach(figures: StorageFigures | undefined, incomingBytes: number): StorageRoom {
  const usage = figures?.usage;
  const quota = figures?.quota;
  if (usage === undefined || quota === undefined || !Number.isFinite(usage) || !Number.isFinite(quota) || quota <= 0) return 'unknown';
  return usage + Math.max(0, incomingBytes) <= quota * AUTO_ATTACH_QUOTA_SHARE ? 'room' : 'full';
}
