/**
 * Injected on demand (scripting.executeScript, under activeTab) when the user asks to capture the page they are
 * on: it only defines the scan; the background calls it next and gets the result back as the injection's return
 * value, so the page never talks to the background. Built on its own as a classic script (see vite.config.ts).
 * Only the generic detector is bundled: all ten portal adapters inlined would break the 12 KB content budget, and
 * on their portals the always-on content script (capture.ts) captures with the portal's own adapter already.
 */
import { genericAdapter } from '../capture/generic/detector';
import { MANUAL_CAPTURE_GLOBAL, scanPage, type PageScan } from '../capture/page-scan';

function scanThisPage(): PageScan {
  return scanPage(document, location.href, [], genericAdapter);
}

(globalThis as unknown as Record<string, () => PageScan>)[MANUAL_CAPTURE_GLOBAL] = scanThisPage;
