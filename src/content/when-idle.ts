/**
 * Runs work when the page's main thread is idle, so a content script never adds to the page's own loading: the
 * browser calls it between the page's tasks, or after `timeoutMs` at the latest on a page that is never idle.
 */
const LATEST_MS = 2000;

export function whenIdle(work: () => void, timeoutMs = LATEST_MS): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs });
  else setTimeout(work, 0);
}
