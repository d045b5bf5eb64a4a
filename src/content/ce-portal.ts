/**
 * Content script on the certification body's portal (the Cisco CE portal): finds the Submit Items form (the background
 * then injects the filler, ce-portal-fill.ts, once the user chose a record), and reads the dashboard's claims and the
 * Item Catalog into the store. The portal is a single-page app,
 * so both are looked for again as the page changes (page-watch.ts), until one is found for this address. Built as
 * one classic script (vite.config.ts): the page waits for none of it, since it starts when the page is idle.
 */
import { extensionApi } from '../extension-api';
import { fillTargetFor } from '../fill/targets';
import { FILL_READY, isPageMessage } from '../protocol/page-messages';
import { watchPage } from './page-watch';
import { offerFill } from './ce-portal-offer';
import { syncCePortalPage } from './ce-portal-sync';
import { whenIdle } from './when-idle';

const OWN_ELEMENTS = new Set(['RECERT-COMPANION-TOAST', 'RECERT-COMPANION-FILL']);

function scan(signal: AbortSignal, readAgain: () => void): boolean {
  const target = fillTargetFor(document, new URL(location.href));
  if (target) {
    offerFill(signal);
    return true;
  }
  return syncCePortalPage(signal, readAgain);
}

/**
 * The background says the user chose a record for this tab: the answer tells it whether this page has the form (it
 * may have moved on), and the background then injects the filler.
 */
function listenForChosenRecord(): void {
  extensionApi().runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse?: (answer: boolean) => void) => {
    if (!isPageMessage(message, FILL_READY)) return;
    sendResponse?.(fillTargetFor(document, new URL(location.href)) !== undefined);
  });
}

/**
 * A dialog with fields opening over the page: the Submit Items form may be one (a "Submit Items" button over the
 * dashboard). A notice or a tooltip in a dialog is not looked at.
 */
const DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

const opensDialog = (m: MutationRecord) =>
  [m.target, ...m.addedNodes].some((n) => (n !== m.target || m.type === 'attributes') && n instanceof Element && !!(n.matches(DIALOG) ? n : n.querySelector(DIALOG))?.querySelector('input, textarea'));

function start(): void {
  // A dashboard not final yet is read again at its time, at once: a page that never stops changing would hold a
  // debounced look off for ever.
  const watchAfresh = () => watchPage({ scan: (signal) => scan(signal, function readAgain() { scan(signal, readAgain); }), currentHref: () => location.href });
  let watch = watchAfresh();
  new MutationObserver((mutations) => {
    // Our own panel or toast going in or out is not the page changing.
    if (mutations.every((m) => m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].every((n) => OWN_ELEMENTS.has(n.nodeName)))) return;
    // A dialog is looked at afresh, however long the page has been watched before (the watch gives up after a while).
    if (!mutations.some(opensDialog)) return watch.changed();
    watch.stop();
    watch = watchAfresh();
  }).observe(document.documentElement, { childList: true, subtree: true, attributeFilter: ['open'] });
  window.addEventListener('popstate', () => watch.changed());
  window.addEventListener('hashchange', () => watch.changed());
}

// At once: a record the user chose in the popup may be on its way to this tab.
listenForChosenRecord();
whenIdle(start);
