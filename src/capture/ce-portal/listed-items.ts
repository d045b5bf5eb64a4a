/**
 * Items a dashboard lists outside tables and <dl>s: list entries, options, articles and cards titled by a heading,
 * each read as the pieces of text a person sees in it (item-fields.ts makes fields of them). Web components are
 * read as they render: an open shadow root instead of the host's children, a slot's assigned nodes in its place.
 * Bounded: a page of 50,000 entries is read no further than its first 500 candidates.
 */
import type { Piece } from './item-fields';
import { isStatusChip } from './item-fields';
import { cleanCell } from './labels';
import { isHeading, isHidden, isHiddenWithin } from './structures';

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
/** Nodes one piece's text is gathered from: a line holding a whole page is cut short. */
const MAX_PIECE_NODES = 400;
/** Elements one item's pieces are looked for in. */
const MAX_ITEM_NODES = 3_000;
/** How far up from its heading a card may reach. */
const MAX_CARD_LEVELS = 8;
/** How far up from an item the heading of its section is looked for. */
const MAX_SECTION_LEVELS = 8;
/** Parts of a page whose entries are never the user's claims or certifications: notices, consent, dialogs. */
const ASIDE_ROLES = new Set(['alert', 'alertdialog', 'dialog', 'status', 'log', 'marquee', 'tooltip', 'menu', 'navigation']);
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg']);
const LEADS = new Set(['STRONG', 'B']);
/** Text that opens with a date: what follows a label (" 11/03/2026", ": Nov 3, 2026", " on 3 Nov 2026"). */
const DATE_AFTER = /^\s*(?::|on\b)?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d)/i;
/** Elements that are never a box of their own: a slot shows other nodes, a rule or break shows none. */
const NO_BOX = new Set(['SLOT', 'BR', 'HR', 'LINK', 'META']);

const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;

function unseen(el: Element): boolean {
  return UNSEEN.has(el.tagName) || el.getAttribute('aria-hidden') === 'true' || (isHidden(el) && !isDisclosed(el));
}

/**
 * Whether a hidden element is the content of a disclosure ("Details ▸", a row's expander): a control names it in
 * aria-controls and says whether it is expanded. The user reads it with one click, as a closed <details>.
 */
export function isDisclosed(el: Element): boolean {
  if (!el.id) return false;
  const root = el.getRootNode() as ParentNode & Node;
  let ids = disclosures.get(root);
  if (!ids) {
    ids = new Set();
    const controls = typeof root.querySelectorAll === 'function' ? root.querySelectorAll('[aria-expanded][aria-controls]') : [];
    for (let i = 0; i < controls.length && i < MAX_ITEMS; i++) for (const id of (controls[i]!.getAttribute('aria-controls') ?? '').split(/\s+/)) ids.add(id);
    disclosures.set(root, ids);
  }
  return ids.has(el.id);
}

/** Each root's disclosed ids, found once per read of the page (walkPage starts a read). */
let disclosures = new WeakMap<Node, Set<string>>();

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

/** What the item reader walks: the open shadow roots, and the elements repeated side by side. */
export interface PageWalk {
  /** The body and every open shadow root in it, breadth first. */
  roots: (Element | ShadowRoot)[];
  /**
   * Children that share their tag and class with a sibling: the cards of a grid, the rows of a feed, the
   * components of a list, whatever markup carries them.
   */
  repeated: Element[];
}

/** Containers whose repeated children are rows of a table or options of a control, read elsewhere or never. */
const NOT_LISTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'SELECT', 'DATALIST', 'HEAD', 'SVG', 'svg', 'DL']);

/**
 * One pass over the page, at most 50,000 elements: the shadow roots and the repeated children. A root's elements
 * come from getElementsByTagName where there is one (a live collection: no selector to match).
 */
export function walkPage(body: Element): PageWalk {
  disclosures = new WeakMap();
  const walk: PageWalk = { roots: [body], repeated: [] };
  let looked = 0;
  for (let i = 0; i < walk.roots.length && looked < MAX_ELEMENTS; i++) {
    const root = walk.roots[i]!;
    const all = 'getElementsByTagName' in root ? root.getElementsByTagName('*') : root.querySelectorAll('*');
    for (let j = 0; j < all.length && looked < MAX_ELEMENTS; j++, looked++) {
      const el = all[j]!;
      if (el.shadowRoot && walk.roots.length < MAX_ROOTS) walk.roots.push(el.shadowRoot);
      if (el.childElementCount >= 2 && !NOT_LISTS.has(el.tagName) && walk.repeated.length < MAX_ITEMS) repeatedChildren(el, walk.repeated);
    }
  }
  return walk;
}

function repeatedChildren(parent: Element, out: Element[]): void {
  const count = new Map<string, number>();
  const key = (el: Element) => `${el.tagName} ${el.getAttribute('class') ?? ''}`;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) count.set(key(child), (count.get(key(child)) ?? 0) + 1);
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if ((count.get(key(child)) ?? 0) >= 2 && !UNSEEN.has(child.tagName) && !NO_BOX.has(child.tagName)) out.push(child);
  }
}

/** An element's text as rendered, with the status chips inside it taken out and listed apart; at most 400 nodes. */
function renderedText(el: Element, chips: string[], depth: number, budget = { nodes: MAX_PIECE_NODES }): string {
  const parts: string[] = [];
  const children = shownChildren(el);
  for (let i = 0; i < children.length && budget.nodes-- > 0; i++) {
    const child = children[i]!;
    if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
    else if (isElement(child) && !unseen(child) && depth < MAX_DEPTH) {
      // An icon that says the status: <span role="img" aria-label="Expired">.
      const inner = renderedText(child, chips, depth + 1, budget) || iconLabel(child);
      // Emphasis is a label ("<b>Submitted</b> 25-Nov-2026"), not a badge; so is a status word a date follows.
      const label = LEADS.has(child.tagName) || DATE_AFTER.test(child.nextSibling?.textContent ?? '');
      if (!label && isStatusChip(cleanCell(inner)) && chips.length < MAX_PIECES) chips.push(cleanCell(inner));
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
  let nodes = MAX_ITEM_NODES;
  const visit = (el: Element, depth: number) => {
    if (out.length >= MAX_PIECES || depth > MAX_DEPTH || nodes-- <= 0 || unseen(el)) return;
    const children = shownChildren(el);
    let ownText = false;
    for (let i = 0; i < children.length && !ownText; i++) ownText = children[i]!.nodeType === TEXT_NODE && /\S/.test(children[i]!.nodeValue ?? '');
    if (!ownText) {
      const icon = iconLabel(el);
      if (icon && isStatusChip(icon)) out.push({ text: icon, heading: false, element: el });
      for (let i = 0; i < children.length; i++) if (isElement(children[i]!)) visit(children[i] as Element, depth + 1);
      return;
    }
    const chips: string[] = [];
    const text = cleanCell(renderedText(el, chips, depth)).slice(0, MAX_PIECE_LENGTH);
    // "<strong>CCIE Security</strong> — certified on 4 May 2024": the emphasised lead names what the line is about.
    const lead = leadOf(el);
    const rest = lead && text.startsWith(lead.text) ? text.slice(lead.text.length) : '';
    if (lead && /^\s*[—–:,·-]/.test(rest)) out.push({ text: lead.text, heading: true, element: lead.element }, { text: cleanCell(rest), heading: false, element: el });
    else if (text) out.push({ text, heading: isHeading(el), element: el });
    for (const chip of chips) out.push({ text: chip, heading: false, element: el });
  };
  visit(item, 0);
  return out;
}

function iconLabel(el: Element): string {
  return el.getAttribute('role') === 'img' || el.tagName === 'IMG' ? cleanCell(el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? '') : '';
}

/** A line's first child when it is emphasis with words in it (not "<b>24</b> CE", not "<b>Status:</b>"). */
function leadOf(el: Element): { text: string; element: Element } | undefined {
  const first = el.firstElementChild;
  if (!first || !LEADS.has(first.tagName) || /\S/.test(el.firstChild?.nodeType === TEXT_NODE ? el.firstChild.nodeValue ?? '' : '')) return undefined;
  const text = cleanCell(first.textContent ?? '');
  return /\p{L}/u.test(text) && !/:$/.test(text) ? { text, element: first } : undefined;
}

/**
 * The heading nearest before `item` within its sections (its own earlier siblings, then each ancestor's), looking
 * `levels` up: a board column's "Pending 2", a section's "Recommended for you".
 */
export function headingAbove(item: Element, levels: number): Element | undefined {
  let branch = item;
  for (let level = 0; level < levels && branch.parentElement; level++, branch = branch.parentElement) {
    for (let prev = branch.previousElementSibling, n = 0; prev && n < 20; prev = prev.previousElementSibling, n++) {
      if (isHeading(prev)) return prev;
    }
  }
  return undefined;
}

/** Whether `item` sits in a notice, a dialog, a menu or navigation, where nothing is the user's own list. */
export function inAside(item: Element): boolean {
  for (let up: Element | null = item, level = 0; up && level < MAX_SECTION_LEVELS * 2; up = up.parentElement, level++) {
    if (ASIDE_ROLES.has((up.getAttribute('role') ?? '').toLowerCase()) || up.tagName === 'NAV' || up.tagName === 'DIALOG') return true;
  }
  return false;
}

/** The card a heading titles: its furthest ancestor (within its root) that holds no other heading. */
function cardOfHeading(heading: Element): Element {
  let card = heading;
  let level = 0;
  for (let up = heading.parentElement; up && up.tagName !== 'BODY' && up.tagName !== 'MAIN' && level++ < MAX_CARD_LEVELS; up = up.parentElement) {
    if (up.querySelectorAll(HEADINGS).length > 1) break;
    card = up;
  }
  return card;
}

/**
 * The elements that may each be one listed item, outer before inner: list entries, options, articles and
 * disclosures (`entries`), repeated children, and the cards `headings` title. Hidden elements and those inside or
 * around `skip` (tables read as such) are left out; chooseItems decides which are items.
 */
export function listedItems(entries: readonly Element[], headings: readonly Element[], skip: readonly Element[]): Element[] {
  const seen = new Set<Element>();
  for (const el of [...entries, ...headings]) {
    if (seen.size >= MAX_ITEMS) break;
    seen.add(isHeading(el) ? cardOfHeading(el) : el);
  }
  return [...seen].sort(inDocumentOrder).filter((item) => {
    if (skip.some((s) => holds(s, item) || holds(item, s))) return false;
    const host = (item.getRootNode() as Partial<ShadowRoot>).host;
    return !isHiddenWithin(item, host ?? item.ownerDocument.body ?? item);
  });
}

/**
 * Whether `inner` is `outer` or shows within it, as the page renders: through shadow roots and the slots light
 * children are assigned to (Node.contains follows neither).
 */
export function holds(outer: Element, inner: Element): boolean {
  for (let node: Node | null = inner, depth = 0; node && depth < 500; depth++) {
    if (node === outer) return true;
    node = slotShowing(node) ?? node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return false;
}

/** The slot a host's light child shows in: its assignedSlot, or (where that is missing) the slot of its name. */
function slotShowing(node: Node): Element | null {
  const shadow = node.parentElement?.shadowRoot;
  if (!shadow) return null;
  const assigned = (node as Partial<Element>).assignedSlot;
  if (assigned) return assigned;
  const name = isElement(node) ? node.getAttribute('slot') ?? '' : '';
  const slots = shadow.querySelectorAll('slot');
  for (let i = 0; i < slots.length; i++) if ((slots[i]!.getAttribute('name') ?? '') === name) return slots[i]!;
  return null;
}

function inDocumentOrder(a: Element, b: Element): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1;
}

/** What a candidate reads as, and where its title was read (undefined when the title is none of its pieces). */
export interface ItemReading<T> {
  /** Absent for an item that is not the user's (a recommendation): it is never taken, but no section holding it is. */
  value?: T;
  title?: Element;
}

/**
 * The candidates that are items: each that reads as one, unless it lies in an item already
 * taken, or holds an item of its own that does not hold its title (a page's greeting over a lone card is no title).
 */
export function chooseItems<T>(candidates: readonly Element[], read: (el: Element) => ItemReading<T> | undefined): { element: Element; value: T }[] {
  const readings = candidates.map(read);
  const out: { element: Element; value: T }[] = [];
  candidates.forEach((item, i) => {
    const reading = readings[i];
    if (!reading || out.some((outer) => holds(outer.element, item))) return;
    const title = reading.title;
    // Across shadow trees document order means little: any other candidate inside counts.
    const holdsOther = candidates.some((inner, j) => j !== i && readings[j] && holds(item, inner) && !(title && holds(inner, title)));
    if (!holdsOther && reading.value !== undefined) out.push({ element: item, value: reading.value });
  });
  return out;
}
