/**
 * Whether a CE portal page is its Item Catalog: small on purpose, so the portal script can ask on every page
 * and load the reader (item-catalog.ts) only where the answer is yes.
 */
import { guarded } from '../adapter-helpers';
import { visibleText } from '../dom';
import { CATALOGUE_HEADING, cleanCell } from './labels';

const DETECTOR_ID = 'ce-portal-catalogue';
const HOST = 'ce.cisco.com';
/** The address of a catalogue view, where the portal names it in the path or the single-page app's fragment. */
const CATALOGUE_PATH = /catalog/i;

export function isCePortalUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname.toLowerCase() === HOST;
}

/**
 * Cheap: whether this is the portal's catalogue view, by its address ("catalog" in the path or fragment), its
 * title, or a heading; the reader then decides whether its markup can be read. A heading is looked for among
 * the first few only, as a catalogue puts its name at the top.
 */
export function isItemCatalogPage(doc: Document, url: URL): boolean {
  if (!isCePortalUrl(url)) return false;
  if (CATALOGUE_PATH.test(url.pathname) || CATALOGUE_PATH.test(url.hash)) return true;
  return guarded(DETECTOR_ID, () => {
    const title = cleanCell(doc.title ?? '').split(/\s[|–—-]\s/)[0] ?? '';
    if (CATALOGUE_HEADING.test(title)) return true;
    const headings = doc.querySelectorAll('h1, h2, [role="heading"]');
    for (let i = 0; i < headings.length && i < 5; i++) if (CATALOGUE_HEADING.test(cleanCell(visibleText(headings[i])))) return true;
    return false;
  }, false);
}
