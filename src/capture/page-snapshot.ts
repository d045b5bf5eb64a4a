/**
 * A page as data, taken in the page and read elsewhere: its markup as the browser shows it now (a single-page
 * app's rendered DOM, not its source), its address, title and the user's selection. Pages are read in the
 * extension's own confirmation page, never in the page itself: there the whole reader (every adapter and the
 * generic reader in eight languages) runs without weighing on any content script's size budget, and what the
 * page's scripts do meanwhile cannot change the reading.
 */
import { MAX_PAGE_TITLE_LENGTH, MAX_PAGE_URL_LENGTH, MAX_SELECTION_LENGTH, MAX_SNAPSHOT_HTML, MAX_SNAPSHOT_JSON, type PageSnapshot } from '../domain/page-snapshot';

/**
 * The current page's snapshot. Self-contained (no imports, no outer names), because scripting.executeScript
 * sends the function's source into the page: it runs there as written. Scripts that run, styles, frames and
 * media are left out (they are what makes pages large, and the reader never reads them); the JSON a page
 * carries (JSON-LD, Open Badges, app state) stays, and so do image alt texts.
 */
export function snapshotPage(maxHtml: number, maxSelection: number, maxTitle: number, maxUrl: number, maxJson: number): PageSnapshot {
  const root = document.documentElement.cloneNode(true) as Element;
  const dropped = 'script:not([type*="json"]), style, link, noscript, template, iframe, object, embed, video, audio, canvas';
  for (const element of Array.from(root.querySelectorAll(dropped))) element.remove();
  // An app's state blob can be megabytes; the readers leave any script over 200 KB unread, so it need not travel.
  for (const script of Array.from(root.querySelectorAll('script'))) if ((script.textContent ?? '').length > maxJson) script.remove();
  for (const element of Array.from(root.querySelectorAll('[src^="data:"], [srcset]'))) {
    element.removeAttribute('src');
    element.removeAttribute('srcset');
  }
  const oneLine = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);
  return {
    // Reading the page's markup out as data, never writing any in: what the rule guards against cannot happen here.
    // eslint-disable-next-line no-restricted-syntax
    html: root.outerHTML.slice(0, maxHtml),
    url: location.href.slice(0, maxUrl),
    title: oneLine(document.title ?? '', maxTitle),
    selection: oneLine(document.getSelection?.()?.toString() ?? '', maxSelection),
  };
}

/** snapshotPage's arguments, in order, as every caller passes them. */
export const SNAPSHOT_LIMITS = [MAX_SNAPSHOT_HTML, MAX_SELECTION_LENGTH, MAX_PAGE_TITLE_LENGTH, MAX_PAGE_URL_LENGTH, MAX_SNAPSHOT_JSON] as const;
