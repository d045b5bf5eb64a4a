/**
 * Small DOM helpers shared by adapters. Pure functions of a document: no layout, no globals such as `Node`
 * or `HTMLElement` (documents come from other realms in tests and the CLI), and never markup from page text.
 *
 * Label reading walks the text once (`readPage`) and answers any number of label questions from that walk,
 * so an adapter asking for four fields does not scan the page four times.
 */
import { afterLeadingLabel, pageReaderOf, stripSeparators, type PageReader } from './page-reader';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Subtrees whose text the user never sees. */
const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'svg']);
/** Inline wrappers: a phrase such as "<b>24</b> CE credits" belongs to the block around them. */
const INLINE_TAGS = new Set(['SPAN', 'STRONG', 'B', 'EM', 'I', 'SMALL', 'TIME', 'A', 'ABBR', 'CODE', 'DATA', 'MARK', 'SUB', 'SUP', 'LABEL']);
const FORM_CONTROLS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
/** A "value" longer than this is a section of the page, not a field. */
const MAX_VALUE_LENGTH = 200;
/**
 * Wording is searched with patterns whose cost grows with the square of a phrase's length (pdf-lines.ts caps its
 * phrases for the same reason); a text node longer than this is an article or a hostile page, not a sentence
 * saying what was completed.
 */
const MAX_PHRASE_LENGTH = 1000;
/** How far up from a label's text node we look for the value beside it. */
const MAX_CLIMB = 4;
const MAX_ARIA_LABELLED = 500;
const ONLY_SEPARATORS = /^[\s:：]+$/;

export type DomRoot = Document | Element;

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function isHidden(el: Element): boolean {
  if (INVISIBLE_TAGS.has(el.tagName) || el.hasAttribute('hidden')) return true;
  // Inline styles only: computed styles would need layout, which content scripts must not force.
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT
const DOCUMENT_POSITION_FOLLOWING = 4;
/**
 * Every element isHidden may refuse, found natively; isHidden then decides (an inline style may hide nothing). Both
 * cases of each name, because an XML document's selectors match case-sensitively, and the attributes in any
 * namespace, as isHidden reads them by name. Not found: an element a script made in an HTML page with an upper-case
 * name (createElementNS(…, 'SCRIPT')), which is no script but an unknown element the browser shows; its text is read.
 */
const MAY_HIDE_NAMES = 'script,style,noscript,template,head,svg,SCRIPT,STYLE,NOSCRIPT,TEMPLATE,HEAD,SVG';
const MAY_HIDE = `${MAY_HIDE_NAMES},[*|hidden],[*|style]`;
/** For DOMs without namespace selectors (happy-dom, in the tests and the CLI), whose attributes have no namespace. */
const MAY_HIDE_WITHOUT_NAMESPACES = `${MAY_HIDE_NAMES},[hidden],[style]`;

/** Whether this DOM takes namespace selectors: learned on the first query (a refused selector throws, which costs). */
let namespaceSelectors: boolean | undefined;

function mayHide(root: ParentNode): Element[] {
  if (namespaceSelectors !== false) {
    try {
      const found = Array.from(root.querySelectorAll(MAY_HIDE));
      namespaceSelectors = true;
      return found;
    } catch {
      namespaceSelectors = false;
    }
  }
  return Array.from(root.querySelectorAll(MAY_HIDE_WITHOUT_NAMESPACES));
}

/** The hidden subtrees under `root` (isHidden, or in `skip`), outermost only, in document order. */
function hiddenSubtrees(root: ParentNode & Node, skip?: ReadonlySet<Element>): Element[] {
  const found = mayHide(root).filter(isHidden);
  if (skip?.size) {
    for (const el of skip) if (el !== root && root.contains(el)) found.push(el);
    found.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }
  const outermost: Element[] = [];
  for (const el of found) {
    // In document order, a subtree inside an earlier one can only be inside the last one kept.
    const last = outermost[outermost.length - 1];
    if (!last || !last.contains(el)) outermost.push(el);
  }
  return outermost;
}

/** The first text node after `subtree` and all it holds, within `root`; the walker is left on it. */
function firstTextAfter(subtree: Node, root: Node, walker: TreeWalker): Text | null {
  let last: Node = subtree;
  while (last !== root && !last.nextSibling) last = last.parentNode!;
  if (last === root) return null;
  const after = last.nextSibling!;
  walker.currentNode = after;
  return after.nodeType === TEXT_NODE ? (after as Text) : (walker.nextNode() as Text | null);
}

/**
 * Text nodes under `node` the user can see, in document order (skips script, style, [hidden], display:none, and
 * the elements in `skip`). A content script reads pages it meets for the first time, where every node it touches
 * costs the browser a wrapper: the hidden subtrees are found with one native query, and a native walker that shows
 * only text steps from one to the next, jumping over each hidden subtree. Elements are never visited one by one.
 */
export function visibleTextNodes(node: Node, skip?: ReadonlySet<Element>): Text[] {
  if (node.nodeType === TEXT_NODE) return [node as Text];
  if (isElement(node) && isHidden(node)) return [];
  // A comment or other leaf holds no text the user reads.
  if (!('querySelectorAll' in node)) return [];
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, SHOW_TEXT);
  const hidden = hiddenSubtrees(node as ParentNode & Node, skip);
  const out: Text[] = [];
  let text = walker.nextNode() as Text | null;
  for (const subtree of hidden) {
    if (!text) return out;
    walker.currentNode = subtree;
    // The first text at or after the subtree's start: everything before it is visible.
    const reached = walker.nextNode() as Text | null;
    walker.currentNode = text;
    while (text && text !== reached) {
      out.push(text);
      text = walker.nextNode() as Text | null;
    }
    // `text` is the subtree's first text, or (a subtree without any) the first text after it.
    if (text && subtree.contains(text)) text = firstTextAfter(subtree, node, walker);
  }
  for (; text; text = walker.nextNode() as Text | null) out.push(text);
  return out;
}

/**
 * The visible text of a node, whitespace collapsed. Separate text nodes are joined with a space because
 * elements usually render apart ("<span>24</span><span>CE credits</span>" reads "24 CE credits").
 */
export function visibleText(node: Node | null | undefined): string {
  if (!node) return '';
  if (isElement(node) && FORM_CONTROLS.has(node.tagName)) return normalizeSpace((node as HTMLInputElement).value ?? '');
  return normalizeSpace(visibleTextNodes(node).map((t) => t.data).join(' '));
}

/** content of <meta property=…> or <meta name=…>, e.g. metaContent(doc, 'og:title'). */
export function metaContent(doc: Document, key: string): string | undefined {
  for (const meta of Array.from(doc.querySelectorAll('meta[property], meta[name]'))) {
    if (meta.getAttribute('property') === key || meta.getAttribute('name') === key) {
      const content = normalizeSpace(meta.getAttribute('content') ?? '');
      if (content) return content;
    }
  }
  return undefined;
}

function acceptable(value: string | undefined): string | undefined {
  return value && value.length <= MAX_VALUE_LENGTH ? value : undefined;
}

/**
 * What one reading of a page remembers, so that a page repeating a label thousands of times in one cell or row (a
 * hostile page, or a huge table) is read in time proportional to its size: each element's visible text.
 */
export interface ReadingMemo {
  text(node: Node): string;
}

/** A fresh memo: each element's visible text, read once. */
export function readingMemo(): ReadingMemo {
  const texts = new WeakMap<Node, string>();
  return {
    text(node) {
      let text = texts.get(node);
      if (text === undefined) texts.set(node, (text = visibleText(node)));
      return text;
    },
  };
}

/** The value of a <dt>, <th> or label-only <td>: its <dd>, the next cell, or the cell below a header row. */
function valueOfStructuredLabel(cell: Element, memo: ReadingMemo): string | undefined {
  if (cell.tagName === 'DT') {
    for (let next = cell.nextElementSibling; next && next.tagName !== 'DT'; next = next.nextElementSibling) {
      if (next.tagName === 'DD') return memo.text(next);
    }
    return undefined;
  }
  const row = cell.parentElement;
  if (!row || row.tagName !== 'TR') return undefined;
  // A header row: th at both ends (asking every cell of the row, for each of its cells, grows with the row's square).
  const headerRow = row.parentElement?.tagName === 'THEAD' || (row.firstElementChild?.tagName === 'TH' && row.lastElementChild?.tagName === 'TH');
  if (!headerRow) {
    const beside = cell.nextElementSibling;
    return beside && (beside.tagName === 'TD' || beside.tagName === 'TH') ? memo.text(beside) : undefined;
  }
  // A header row over value rows: the value sits in the same column one row down.
  let below = row.nextElementSibling;
  if (!below && row.parentElement?.tagName === 'THEAD') below = row.parentElement.nextElementSibling?.firstElementChild ?? null;
  const target = below?.children[(cell as HTMLTableCellElement).cellIndex];
  return target ? memo.text(target) : undefined;
}

/**
 * The first visible text following `start` among its siblings (or, `before`, preceding it: a stat tile prints
 * "Oct 3, 2026" over "Completed on"), climbing while the ancestor holds only the label.
 */
function valueBeside(start: Node, labelText: string, stopAt: Node, memo: ReadingMemo, before = false): string | undefined {
  let current: Node = start;
  for (let level = 0; level < MAX_CLIMB && current !== stopAt; level++) {
    for (let next = before ? current.previousSibling : current.nextSibling; next; next = before ? next.previousSibling : next.nextSibling) {
      if (isElement(next) && isHidden(next)) continue;
      const text = memo.text(next);
      // A colon set apart ("Provider <span>:</span> Initech Academy") stands between the label and its value.
      if (text && ONLY_SEPARATORS.test(text)) continue;
      if (text) return stripSeparators(text);
    }
    const parent: Element | null = current.parentElement;
    // Climb only through wrappers around the label itself; anything more means the value is not after it.
    if (!parent || parent === stopAt || memo.text(parent) !== labelText) return undefined;
    current = parent;
  }
  return undefined;
}

/**
 * Where the last value valuesNextToTextNode gave sat: 0 the label's own text, 1 its cell's pair, 2 after it, 3 before
 * it (capture/recipes/placed-reader.ts names them; the sites' scripts carry only the numbers).
 */
let lastPlace = 0;

export function placeOfLastValue(): number {
  return lastPlace;
}

/** The values a label's text node may have, best first: its own rest, its cell's, the text after it, the text before it. */
export function* valuesNextToTextNode(node: Text, text: string, label: RegExp, stopAt: Node, memo: ReadingMemo): Generator<string> {
  const rest = afterLeadingLabel(text, label);
  if (rest === undefined) return;
  if (rest) {
    const value = acceptable(rest);
    lastPlace = 0;
    if (value) yield value;
    return;
  }
  const cell = node.parentElement?.closest('dt, th, td');
  if (cell && afterLeadingLabel(memo.text(cell), label) === '') {
    const structured = acceptable(valueOfStructuredLabel(cell, memo));
    if (structured) {
      lastPlace = 1;
      yield structured;
      return;
    }
  }
  const after = valueBeside(node, text, stopAt, memo);
  if (after !== undefined) {
    const value = acceptable(after);
    lastPlace = 2;
    if (value) yield value;
    return;
  }
  // Nothing after the label: a tile that prints its value first.
  const before = acceptable(valueBeside(node, text, stopAt, memo, true));
  lastPlace = 3;
  if (before) yield before;
}

function valueOfAriaLabelled(el: Element, label: RegExp): string | undefined {
  const rest = afterLeadingLabel(normalizeSpace(el.getAttribute('aria-label') ?? ''), label);
  if (rest === undefined) return undefined;
  return acceptable(rest || visibleText(el));
}

export interface TextEntry {
  node: Text;
  text: string;
}

/**
 * The entries a label's pattern matches somewhere, in document order: a superset of those it leads, which the
 * caller then reads closely. The pattern runs once over all the page's text joined by line breaks (a multiline
 * search in the regular-expression engine's compiled code), instead of once per entry in a loop: on a
 * 5,000-element page read cold (as a content script meets every page, with nothing of ours compiled yet), that loop
 * per label was most of the first reading's time. After a match the search moves on to the next entry, so a
 * match that runs across a line break cannot hide the next entry's own.
 */
const LOOKAROUND = /\(\?<?[=!]/;

function matchesAlone(label: RegExp, text: string): boolean {
  label.lastIndex = 0;
  const found = label.test(text);
  label.lastIndex = 0;
  return found;
}

export interface TextSearch {
  entriesMatching(label: RegExp): TextEntry[];
  /** Whether some entry holds `word` (lower-case ASCII, no white space), in any case. */
  mentions(word: string): boolean;
}

export function textSearch(entries: readonly TextEntry[]): TextSearch {
  let joined: string | undefined;
  let lowered: string | undefined;
  const starts: number[] = [];
  const entryAt = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const joinedText = (): string => {
    if (joined === undefined) {
      let offset = 0;
      for (const { text } of entries) {
        starts.push(offset);
        offset += text.length + 1;
      }
      joined = entries.map((e) => e.text).join('\n');
    }
    return joined;
  };
  return {
    mentions(word) {
      lowered ??= joinedText().toLowerCase();
      return lowered.includes(word);
    },
    entriesMatching(label) {
      const joined = joinedText();
      // A lookaround sees past an entry's edge in the joined text (the line break is a space and a non-word
      // character): such a label is tried on each entry alone, as before.
      if (LOOKAROUND.test(label.source)) return entries.filter(({ text }) => matchesAlone(label, text));
      const pattern = new RegExp(label.source, `${label.flags.replace(/[gym]/g, '')}gm`);
      const found: TextEntry[] = [];
      for (let m = pattern.exec(joined); m; m = pattern.exec(joined)) {
        const index = entryAt(m.index);
        found.push(entries[index]!);
        if (index + 1 >= entries.length) break;
        pattern.lastIndex = starts[index + 1]!;
      }
      return found;
    },
  };
}

function phraseElementOf(node: Text, root: Node): Element | null {
  let el = node.parentElement;
  for (let level = 0; el && el !== root && INLINE_TAGS.has(el.tagName) && level < 3; level++) {
    if (!el.parentElement || el.parentElement === root) break;
    el = el.parentElement;
  }
  return el;
}

/**
 * Reads the visible text under `root` once. Labels are matched against single text nodes at their start
 * (labels are short and rarely split), and the value is taken from, in order: the rest of that text
 * ("Label: value"), a <dd>/table cell, the next sibling (climbing through wrappers that hold only the label),
 * and finally elements whose aria-label starts with the label. Elements in `skip` are read as if hidden (sections of
 * other courses, whose credits and dates are not this page's).
 */
export function readPage(root: DomRoot | null | undefined, skip?: ReadonlySet<Element>): PageReader {
  const start: Element | null = root && 'body' in root ? (root.body ?? root.documentElement) : (root ?? null);
  const entries: TextEntry[] = [];
  if (start) {
    for (const node of visibleTextNodes(start, skip)) {
      const text = normalizeSpace(node.data);
      if (text) entries.push({ node, text });
    }
  }
  let phrases: string[] | undefined;
  // Phrases are built from the text already read, grouped by block, rather than by reading each block again.
  const phraseList = (): string[] => {
    if (phrases) return phrases;
    const byBlock = new Map<Element | Text, string[]>();
    for (const { node, text } of entries) {
      const block = (start && phraseElementOf(node, start)) || node;
      const parts = byBlock.get(block);
      if (parts) parts.push(text);
      else byBlock.set(block, [text]);
    }
    // A long block is prose, not a phrase: its text nodes stand on their own.
    phrases = Array.from(byBlock.values()).flatMap((parts) => {
      const phrase = parts.join(' ');
      return phrase.length <= MAX_VALUE_LENGTH * 2 ? [phrase] : parts.filter((part) => part.length <= MAX_PHRASE_LENGTH);
    });
    return phrases;
  };

  const memo = readingMemo();
  const search = textSearch(entries);
  let ariaLabelled: Element[] | undefined;
  const candidates = function* (label: RegExp): Generator<string> {
    for (const { node, text } of search.entriesMatching(label)) {
      if (start) yield* valuesNextToTextNode(node, text, label, start, memo);
    }
    ariaLabelled ??= start ? Array.from(start.querySelectorAll('[aria-label]')).slice(0, MAX_ARIA_LABELLED) : [];
    for (const el of ariaLabelled) {
      const value = valueOfAriaLabelled(el, label);
      if (value) yield value;
    }
  };

  return pageReaderOf({
    candidates,
    phrases: phraseList,
    hasPhrase(wanted) {
      const lower = new Set(wanted.map((w) => w.toLowerCase()));
      // A phrase is its texts joined by spaces, so a wanted phrase begins with its block's first text. A page with no
      // text that begins one is not grouped into phrases (that touches every text's element), as most pages need not be.
      const wantedLower = [...lower];
      const longest = Math.max(0, ...wantedLower.map((w) => w.length));
      const beginsWanted = (text: string) => {
        if (text.length > longest) return false;
        const textLower = text.toLowerCase();
        return wantedLower.some((w) => w.startsWith(textLower));
      };
      if (!entries.some((e) => beginsWanted(e.text))) return false;
      return phraseList().some((p) => lower.has(p.toLowerCase())) || entries.some((e) => lower.has(e.text.toLowerCase()));
    },
    mentions: (word) => search.mentions(word),
    hasShortText(pattern, maxLength) {
      const matches = (text: string) => text.length <= maxLength && pattern.test(text);
      return entries.some((e) => matches(e.text)) || phraseList().some(matches);
    },
  });
}

/** One-shot form of readPage(root).value(labels). */
export function findLabeledValue(root: DomRoot | null | undefined, labels: readonly RegExp[]): string | undefined {
  return readPage(root).value(labels);
}
