/**
 * Injected on demand (scripting.executeScript, under activeTab) when the user asks to capture the page they are
 * on: it only defines the scan; the background calls it next and gets the result back as the injection's return
 * value, so the page never talks to the background. Built on its own as a classic script (see vite.config.ts).
 * Only the generic detector is bundled: all ten portal adapters inlined would break the 12 KB content budget, and
 * on their portals the always-on content script (capture.ts) captures with the portal's own adapter already.
 */
import { genericAdapter } from '../capture/generic/detector';
import { MANUAL_CAPTURE_GLOBAL, scanPage, type PageScan } from '../capture/page-scan';
import { peopleFromArgument } from '../domain/your-name';

/**
 * `people`: the user's own name, handed in by the background (see injectScan) so the page's recipient is never
 * read as its title. Checked again here: anything but a short array of short strings counts as no names.
 */
function scanThisPage(people?: unknown): PageScan {
  return scanPage(document, location.href, [], genericAdapter, peopleFromArgument(people));
}

(globalThis as unknown as Record<string, (people?: unknown) => PageScan>)[MANUAL_CAPTURE_GLOBAL] = scanThisPage;
