/**
 * Content script on the learning portals in manifest.json: runs the adapters that serve this URL, sends
 * each capture to the background and confirms it with a toast. A page the adapter cannot read but which shows
 * a completion gets a toast offering to finish the capture in the confirmation form, where the whole reader
 * runs on the page's snapshot. When to look again (late content, moves within a single-page app) is
 * page-watch.ts's business; each activity is captured once per visit, and a visit is looked at for an offer once.
 */
import type { Capture } from '../domain/schema';
import type { Adapter } from '../capture/adapter';
import { ADAPTER_ROUTES } from '../capture/adapter-routes';
import { matchesAny } from '../capture/match-pattern';
import { sendMessage, sendMessageRetrying } from '../send-message';
import { countKey } from '../ui/i18n';
import { watchPage } from './page-watch';
import { showToast } from './toast';
import { failed, t, toastChrome } from './toast-words';

const capturedOnThisPage = new Set<string>();
/** Whether this visit's page was looked at, once, for a completion its adapter could not read. */
let offerLooked = false;
/** Long enough for a single-page app's late content to let the adapter capture first. */
const OFFER_AFTER_MS = 1500;

/**
 * Once per visit, when the page has had time to settle and still gave no capture: the offer's code loads only then
 * (most portal pages capture, or are catalogues and lessons), and looks at the page once.
 */
function lookForAnOfferLater(signal: AbortSignal): void {
  offerLooked = true;
  setTimeout(() => {
    if (!signal.aborted && capturedOnThisPage.size === 0) {
      import('./finish-offer').then(({ offerToFinish }) => offerToFinish(signal), (error: unknown) => console.warn('Recert Companion: could not look at this page', error));
    }
  }, OFFER_AFTER_MS);
}

function captureKey(capture: Capture): string {
  return capture.certificateCode ?? `${capture.title}|${capture.endDate ?? ''}`;
}

function describe(capture: Capture): string {
  if (capture.credits === undefined) return capture.title;
  // The unit's message key as ui/labels.ts's UNIT_KEY names it (unitCE, unitCEU, ...): that module's other maps stay out of this bundle.
  const unit = t(`unit${capture.creditUnit ?? 'CE'}`);
  const credits = t(countKey(capture.credits, { oneKey: 'creditsWithUnitOne', otherKey: 'creditsWithUnit' }), [String(capture.credits), unit]);
  return `${capture.title} · ${credits}`;
}

async function save(capture: Capture, signal: AbortSignal): Promise<void> {
  try {
    const result = await sendMessageRetrying({ type: 'capture.save', capture });
    // The user has moved on to another page of the app: this toast would describe the wrong page.
    if (signal.aborted) return;
    const heading = { added: 'toastSaved', updated: 'toastUpdated', unchanged: 'toastAlreadySaved' }[result.outcome];
    const token = result.undoToken;
    showToast({
      ...toastChrome(),
      heading: t(heading),
      detail: describe(capture),
      actions: [
        ...(token
          ? [
              {
                label: t('undo'),
                run: async () => {
                  try {
                    const undone = await sendMessage({ type: 'capture.undo', token });
                    showToast({ ...toastChrome(), heading: t(undone.restored === 'removed' ? 'toastUndone' : 'toastReverted'), detail: capture.title });
                  } catch (error) {
                    failed(error, capture.title, 'toastUndoFailed');
                  }
                },
              },
            ]
          : []),
        { label: t('edit'), run: () => sendMessage({ type: 'capture.edit', recordId: result.record.id }).then(() => undefined) },
      ],
    });
    if (result.attachPdf) {
      const { maxBytes } = result.attachPdf;
      import('./certificate-attach')
        .then(({ attachCertificate }) => attachCertificate(result.record.id, maxBytes, signal))
        .catch((error: unknown) => console.warn('Recert Companion: the certificate PDF could not be kept', error));
    }
  } catch (error) {
    capturedOnThisPage.delete(captureKey(capture));
    if (!signal.aborted) failed(error, capture.title);
  }
}

/** One look at the page: true when some adapter captured something. */
function scan(adapters: readonly Adapter[], signal: AbortSignal): boolean {
  const url = new URL(location.href);
  let captured = false;
  for (const adapter of adapters) {
    if (!matchesAny(adapter.matches, url) || !adapter.detect(document, url)) continue;
    for (const capture of adapter.extract(document, url)) {
      captured = true;
      const key = captureKey(capture);
      if (capturedOnThisPage.has(key)) continue;
      capturedOnThisPage.add(key);
      void save(capture, signal);
    }
  }
  if (!captured && !offerLooked) lookForAnOfferLater(signal);
  return captured;
}

async function start(): Promise<void> {
  // Only this portal's adapter is loaded: the others' code never reaches the page.
  const routes = ADAPTER_ROUTES.filter((route) => matchesAny(route.matches, location.href));
  if (routes.length === 0) return;
  const adapters = await Promise.all(routes.map((route) => route.load()));
  let href = location.href;
  const watch = watchPage({
    scan: (signal) => scan(adapters, signal),
    currentHref: () => {
      if (location.href !== href) {
        href = location.href;
        capturedOnThisPage.clear();
        offerLooked = false;
      }
      return href;
    },
  });
  new MutationObserver((mutations) => {
    // Our own toast going in or out is not a page change.
    if (mutations.every((m) => [...m.addedNodes, ...m.removedNodes].every((n) => n.nodeName === 'RECERT-COMPANION-TOAST'))) return;
    watch.changed();
  }).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('popstate', () => watch.changed());
  window.addEventListener('hashchange', () => watch.changed());
}

start().catch((error: unknown) => console.warn('Recert Companion: capture could not start on this page', error));
