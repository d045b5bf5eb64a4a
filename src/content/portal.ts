/**
 * Content script on the certification body's portal (the Cisco CE portal): fills the Submit Items form from a
 * record, and reads the dashboard's claims into the store. The portal is a single-page app, so both are looked
 * for again as the page changes (page-watch.ts), until one is found for this address. Each half is loaded only
 * on the page that needs it: the form filler where a submission form is, the dashboard reader elsewhere.
 */
import { extensionApi } from '../extension-api';
import { fillTargetFor } from '../fill/targets';
import { isFillReady } from '../send-message';
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

/**
 * The background says the user chose a record for this tab: the answer tells it whether this page has the form
 * (it may have moved on), and the form is filled.
 */
function listenForChosenRecord(): void {
  extensionApi().runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse?: (answer: boolean) => void) => {
    if (!isFillReady(message)) return;
    const target = fillTargetFor(document, new URL(location.href));
    sendResponse?.(target !== undefined);
    if (!target) return;
    import('./portal-fill')
      .then(({ fillNow }) => fillNow(target))
      .catch((error: unknown) => console.warn('Recert Companion: the form filler could not load', error));
  });
}

async function start(): Promise<void> {
  listenForChosenRecord();
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
