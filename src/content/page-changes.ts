/**
 * What tells a page watch (page-watch.ts) that the page changed, for the scripts that capture: DOM changes other than
 * our own toast going in or out, and moves within a single-page app; and the visits those scripts watch. Apart from
 * page-watch.ts, which the CE portal's script shares and does not need this for.
 */
import { watchPage, type PageWatch } from './page-watch';

/** Calls watch.changed() on every change of the page that is not our own. */
function followPageChanges(watch: PageWatch): void {
  new MutationObserver((mutations) => {
    if (mutations.every((m) => [...m.addedNodes, ...m.removedNodes].every((n) => n.nodeName === 'RECERT-COMPANION-TOAST'))) return;
    watch.changed();
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('popstate', () => watch.changed());
  window.addEventListener('hashchange', () => watch.changed());
}

/**
 * Watches the page's visits for a capturing script: `scan` on each look, `onNewAddress` when the single-page app has
 * moved to another address (what was captured on the last one is forgotten there), and every change followed.
 */
export function watchVisits(scan: (signal: AbortSignal) => boolean, onNewAddress: () => void): PageWatch {
  let href = location.href;
  const watch = watchPage({
    scan,
    currentHref: () => {
      if (location.href !== href) {
        href = location.href;
        onNewAddress();
      }
      return href;
    },
  });
  followPageChanges(watch);
  return watch;
}
