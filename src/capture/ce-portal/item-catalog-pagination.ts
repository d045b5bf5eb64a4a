/**
 * How the Item Catalog shows more than one screen of items, found by what the user sees: a "Next" (or "›",
 * "Load more") control that is not disabled, a "Showing 1–25 of 500" count, and the ARIA feed pattern or a
 * "Loading more…" notice for lists that grow as they are scrolled. Pure queries: the content script acts on them.
 */
import { readPage, visibleText } from '../dom';
import { cleanCell } from './labels';
import { isHiddenWithin } from './structures';

export type NextControlKind = 'button' | 'link' | 'load-more';

export interface NextControl {
  element: HTMLElement;
  kind: NextControlKind;
}

/** Controls looked at: pagination sits under the list, so a few hundred links and buttons reach it. */
const MAX_CONTROLS = 400;
const NEXT_NAME = /^(?:next|next page|next results|next items|go to next page|show next page|[›»>→]|next\s*[›»>→]|[›»>→]\s*next)$/i;
const LOAD_MORE_NAME = /^(?:load more|load more items|show more|show more items|more items|see more|see more items|view more)$/i;
/** "1–25 of 500", "Showing 26 to 50 of 500 items": the number after "of" counts the whole catalogue. */
const RANGE_OF_TOTAL = /(?<!page\s)(?<![\d,])\d[\d,]*\s*(?:[-–—]|to)\s*\d[\d,]*\s+of\s+(\d[\d,]*)(?![\d,])/i;
/** "Showing 40 of 500 items", "40 of 500 results": what a growing list says. */
const COUNT_OF_TOTAL = /(?<!page\s)(?<![\d,])\d[\d,]*\s+of\s+(\d[\d,]*)\s+(?:items|results|courses|activities|offerings)\b/i;
const LOADING_MORE = /^(?:loading more|loading more items|loading more results|scroll (?:down )?(?:to|for) (?:load |see |show )?more)/i;
const MAX_TOTAL = 100_000;

/** A control's accessible name as a user would read it: its aria-label, else its text, else its title. */
function accessibleName(el: Element): string {
  return cleanCell(el.getAttribute('aria-label') ?? '') || cleanCell(visibleText(el)) || cleanCell(el.getAttribute('title') ?? '');
}

function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}

/** The page's own control for the next screen of items, when it shows one that can still be used. */
export function findNextControl(root: Element): NextControl | undefined {
  const controls = root.querySelectorAll('button, a[href], [role="button"], [role="link"]');
  let loadMore: NextControl | undefined;
  for (let i = 0; i < controls.length && i < MAX_CONTROLS; i++) {
    const el = controls[i] as HTMLElement;
    if (isDisabled(el) || isHiddenWithin(el, root)) continue;
    const name = accessibleName(el);
    if (NEXT_NAME.test(name)) {
      const isLink = el.tagName === 'A' || el.getAttribute('role') === 'link';
      return { element: el, kind: isLink ? 'link' : 'button' };
    }
    if (!loadMore && LOAD_MORE_NAME.test(name)) loadMore = { element: el, kind: 'load-more' };
  }
  return loadMore;
}

/** The catalogue's size when the page states it ("Showing 1–25 of 500"), else undefined. */
export function statedTotal(root: Element): number | undefined {
  const page = readPage(root);
  const m = page.find(RANGE_OF_TOTAL) ?? page.find(COUNT_OF_TOTAL);
  const total = m ? Number(m[1]!.replace(/,/g, '')) : NaN;
  return Number.isInteger(total) && total > 0 && total <= MAX_TOTAL ? total : undefined;
}

/**
 * Whether the page says it is still loading: a visible progress bar or busy region, or a status line beginning
 * "Loading". A catalogue whose first page comes late is waited for while it says so, not read as missing.
 */
export function saysLoading(root: Element): boolean {
  return Array.from(root.querySelectorAll('[aria-busy="true"], [role="progressbar"], [role="status"]')).some(
    (el) => !isHiddenWithin(el, root) && (el.getAttribute('role') !== 'status' || /^\s*loading\b/i.test(visibleText(el))),
  );
}

/** Whether the list says it grows on scrolling: an ARIA feed, or a "Loading more…" notice. */
export function saysLazy(root: Element): boolean {
  if (root.querySelector('[role="feed"]')) return true;
  return readPage(root).find(LOADING_MORE) !== undefined;
}
