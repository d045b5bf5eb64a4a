/**
 * What tells a page watch (page-watch.ts) that the page changed, for the scripts that capture: DOM changes other than
 * our own toast going in or out, and moves within a single-page app. Apart from page-watch.ts, which the CE portal's
 * script shares and does not need this for.
 */
import type { PageWatch } from './page-watch';

/** Calls watch.changed() on every change of the page that is not our own. */
export function followPageChanges(watch: PageWatch): void {
  new MutationObserver((mutations) => {
    if (mutations.every((m) => [...m.addedNodes, ...m.removedNodes].every((n) => n.nodeName === 'RECERT-COMPANION-TOAST'))) return;
    watch.changed();
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('popstate', () => watch.changed());
  window.addEventListener('hashchange', () => watch.changed());
}
