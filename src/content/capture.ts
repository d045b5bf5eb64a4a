/**
 * The capture script of one learning site (the build declares one classic script per adapter in the shipped
 * manifest, built from this module and that adapter: see vite.config.ts): looks at the page once the browser is
 * idle, sends each capture to the background and confirms it with a toast. A page the adapter cannot read but which
 * shows a completion gets a toast offering to finish the capture in the confirmation form, where the whole reader
 * runs on the page's snapshot. When to look again (late content, moves within a single-page app) is page-watch.ts's
 * business; each activity is captured once per visit, and a visit is looked at for an offer once.
 */
import type { Adapter } from '../capture/adapter';
import { captureKey, saveWithToast } from './capture-save';
import { offerToFinish } from './finish-offer';
import { watchVisits } from './page-changes';
import { whenIdle } from './when-idle';

/** Long enough for a single-page app's late content to let the adapter capture first. */
const OFFER_AFTER_MS = 1500;

export function startCapture(adapter: Adapter): void {
  const capturedOnThisPage = new Set<string>();
  /** Whether this visit's page was looked at, once, for a completion its adapter could not read. */
  let offerLooked = false;

  /** Once per visit, when the page has had time to settle and still gave no capture. */
  const lookForAnOfferLater = (signal: AbortSignal) => {
    offerLooked = true;
    const noCapture = () => !signal.aborted && capturedOnThisPage.size === 0;
    // Asked again when the page is idle: a late scan may have captured meanwhile, and the offer would replace its toast.
    setTimeout(() => noCapture() && whenIdle(() => noCapture() && offerToFinish(signal, noCapture)), OFFER_AFTER_MS);
  };

  /** One look at the page: true when the adapter captured something. */
  const scan = (signal: AbortSignal): boolean => {
    const url = new URL(location.href);
    // The URL first: most pages of a site are catalogues and lessons, and are let go without a DOM read.
    const captures = adapter.detect(document, url) ? adapter.extract(document, url) : [];
    for (const capture of captures) {
      const key = captureKey(capture);
      if (capturedOnThisPage.has(key)) continue;
      capturedOnThisPage.add(key);
      void saveWithToast(capture, signal, () => capturedOnThisPage.delete(key));
    }
    if (captures.length === 0 && !offerLooked) lookForAnOfferLater(signal);
    return captures.length > 0;
  };

  whenIdle(() =>
    watchVisits(scan, () => {
      capturedOnThisPage.clear();
      offerLooked = false;
    }),
  );
}
