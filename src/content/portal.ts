/**
 * Content script on the certification body's portal (the Cisco CE portal): fills the Submit Items form from a
 * record, and reads the dashboard's claims into the store. The portal is a single-page app, so both are looked
 * for again as the page changes (page-watch.ts), until one is found for this address. Each half is loaded only
 * on the page that needs it: the form filler where a submission form is, the dashboard reader elsewhere.
 */
import { fillTargetFor } from '../fill/targets';
import { watchPage } from './page-watch';
import type * as PortalSync from './portal-sync';

const OWN_ELEMENTS = new Set(['RECERT-COMPANION-TOAST', 'RECERT-COMPANION-FILL']);

type SyncModule = typeof PortalSync;
let sync: SyncModule | undefined;

function scan(signal: AbortSignal): boolean {
  const target = fillTargetFor(document, new URL(location.href));
  if (target) {
    import('./portal-fill')
      .then(({ offerFill }) => offerFill(target, signal))
      .catch((error: unknown) => console.warn('Recert Companion: the form filler could not load', error));
    return true;
  }
  return sync?.syncPortalPage(signal) ?? false;
}

async function start(): Promise<void> {
  if (!fillTargetFor(document, new URL(location.href))) sync = await import('./portal-sync');
  const watch = watchPage({ scan, currentHref: () => location.href });
  new MutationObserver((mutations) => {
    // Our own panel or toast going in or out is not the page changing.
    if (mutations.every((m) => [...m.addedNodes, ...m.removedNodes].every((n) => OWN_ELEMENTS.has(n.nodeName)))) return;
    // A single-page app moving from the form to the dashboard needs the reader too.
    if (!sync) void import('./portal-sync').then((module) => (sync = module));
    watch.changed();
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('popstate', () => watch.changed());
  window.addEventListener('hashchange', () => watch.changed());
}

start().catch((error: unknown) => console.warn('Recert Companion: the portal script could not start', error));
