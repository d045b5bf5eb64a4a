/**
 * Items a dashboard lists outside tables and <dl>s: list entries, options, articles and cards titled by a heading,
 * each read as the pieces of text a person sees in it (item-fields.ts makes fields of them). Web components are
 * read as they render: an open shadow root instead of the host's children, a slot's assigned nodes in its place.
 * Bounded: a page of 50,000 entries is read no further than its first 500 candidates.
 */
import type { Piece } from './item-fields';
import { isStatusChip } from './item-fields';
import { cleanCell } from './labels';
import { isHiddenWithin } from './structures';

const TEXT_NODE = 3;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const ELEMENT_NODE = 1;
const MAX_ROOTS = 100;
/** Elements looked at for shadow roots on one page. */
const MAX_ELEMENTS = 50_000;
/** Elements looked at as items on one page: a dashboard lists tens. */
const MAX_ITEMS = 500;
const MAX_PIECES = 60;
const MAX_DEPTH = 40;
const MAX_PIECE_LENGTH = 600;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg']);

const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
const isHeading = (el: Element) => /^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading';

function unseen(el: Element): boolean {
  if (UNSEEN.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** What renders under a node: a host's open shadow root replaces its children; a slot shows what is assigned to it. */
function shownChildren(node: Node): ArrayLike<Node> {
  if (isElement(node)) {
    if (node.shadowRoot) return node.shadowRoot.childNodes;
    if (node.tagName === 'SLOT' && typeof (node as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (node as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) return assigned;
    }
  }
  return node.childNodes;
}

/**
 * The document's body and every open shadow root in it, breadth first; at most 50,000 elements looked at. A root's
 * elements come from getElementsByTagName where there is one (a live collection: no selector to match).
 */
export function rootsIn(body: Element): (Element | ShadowRoot)[] {
  const roots: (Element | ShadowRoot)[] = [body];
  let looked = 0;
  for (let i = 0; i < roots.length && roots.length < MAX_ROOTS && looked < MAX_ELEMENTS; i++) {
    const root = roots[i]!;
    const all = 'getElementsByTagName' in root ? root.getElementsByTagName('*') : root.querySelectorAll('*');
    for (let j = 0; j < all.length && roots.length < MAX_ROOTS && looked < MAX_ELEMENTS; j++, looked++) {
      const shadow = all[j]!.shadowRoot;
      if (shadow) roots.push(shadow);
    }
  }
  return roots;
}

/** An element's text as rendered, with the status chips inside it taken out and listed apart. */
function renderedText(el: Element, chips: string[], depth: number): string {
  const parts: string[] = [];
  const children = shownChildren(el);
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
    else if (isElement(child) && !unseen(child) && depth < MAX_DEPTH) {
      const inner = renderedText(child, chips, depth + 1);
      if (isStatusChip(cleanCell(inner)) && chips.length < MAX_PIECES) chips.push(cleanCell(inner));
      else parts.push(inner);
    }
  }
  return parts.join(' ');
}

/**
 * An item's pieces in reading order: each element holding text of its own is one piece (its inline children
 * with it); an element holding only elements is read child by child.
 */
export function piecesOf(item: Element): Piece[] {
  const out: Piece[] = [];
  const visit = (el: Element, depth: number) => {
    if (out.length >= MAX_PIECES || depth > MAX_DEPTH || unseen(el)) return;
    const children = shownChildren(el);
    let ownText = false;
    for (let i = 0; i < children.length && !ownText; i++) ownText = children[i]!.nodeType === TEXT_NODE && /\S/.test(children[i]!.nodeValue ?? '');
    if (!ownText) {
      for (let i = 0; i < children.length; i++) if (isElement(children[i]!)) visit(children[i] as Element, depth + 1);
      return;
    }
    const chips: string[] = [];
    const text = cleanCell(renderedText(el, chips, depth)).slice(0, MAX_PIECE_LENGTH);
    if (text) out.push({ text, heading: isHeading(el) });
    for (const chip of chips) out.push({ text: chip, heading: false });
  };
  visit(item, 0);
  return out;
}

/** The card a heading titles: its furthest ancestor (within its root) that holds no other heading. */
function cardOfHeading(heading: Element): Element {
  let card = heading;
  for (let up = heading.parentElement; up && up.tagName !== 'BODY' && up.tagName !== 'MAIN'; up = up.parentElement) {
    if (up.querySelectorAll(HEADINGS).length > 1) break;
    card = up;
  }
  return card;
}

/**
 * The elements that may each be one listed item, outer before inner: list entries, options and articles
 * (`entries`), and the cards `headings` title. An element holding two or more of them that show digits (dates) is a
 * list, not an item: its entries are offered instead. Hidden elements and those inside `skip` (tables and <dl>s read
 * as such) are left out.
 */
export function listedItems(entries: readonly Element[], headings: readonly Element[], skip: readonly Element[]): Element[] {
  const seen = new Set<Element>();
  for (const el of [...entries, ...headings]) {
    if (seen.size >= MAX_ITEMS) break;
    seen.add(isHeading(el) ? cardOfHeading(el) : el);
  }
  const candidates = [...seen].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const dated = candidates.filter((el) => /\d/.test(el.textContent ?? ''));
  return candidates.filter((item) => {
    if (skip.some((s) => s.contains(item) || item.contains(s))) return false;
    const host = (item.getRootNode() as Partial<ShadowRoot>).host;
    if (isHiddenWithin(item, host ?? item.ownerDocument.body ?? item)) return false;
    let inner = 0;
    for (const other of dated) if (other !== item && item.contains(other) && ++inner >= 2) return false;
    return true;
  });
}
