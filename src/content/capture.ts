/**
 * Content script on the learning portals in manifest.json: runs the adapters that serve this URL, sends
 * each capture to the background and confirms it with a toast. A page the adapter cannot read but which shows
 * a completion gets a toast offering to finish the capture in the confirmation form, where the whole reader
 * runs on the page's snapshot. When to look again (late content, moves within a single-page app) is
 * page-watch.ts's business; each activity is captured once per visit, and a visit is looked at for an offer once.
 */
import type { Adapter } from '../capture/adapter';
import { ADAPTER_ROUTES } from '../capture/adapter-routes';
import { matchesAny } from '../capture/match-pattern';
import { captureKey, saveWithToast } from './capture-save';
import { followPageChanges } from './page-changes';
import { watchPage } from './page-watch';

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
      void saveWithToast(capture, signal, () => capturedOnThisPage.delete(key));
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
  followPageChanges(watch);
}

start().catch((error: unknown) => console.warn('Recert Companion: capture could not start on this page', error));
