/**
 * Reading short texts (labels, options, drop-zone captions) out of a form, bounded so a hostile page cannot
 * make us read a megabyte per label. No globals such as `Node` or `HTMLElement`: the form may live in another
 * realm (an iframe, a test window), so node types are told apart by nodeType and tagName.
 */
import { foldedText } from '../text/fold';

export const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Text no user reads as part of a label: scripts, and the controls and option lists a label may wrap. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'DATALIST']);
/** Nodes looked at per text, whatever their size: a label holding 100,000 empty spans is not a label. */
const MAX_NODES = 2_000;

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/**
 * The text under `root` with whitespace collapsed, or undefined when it is longer than `max` characters (a
 * label that long is a section of the page, not a label). Skips scripts, styles, nested controls and listboxes.
 */
export function boundedText(root: Node, max: number): string | undefined {
  let out = '';
  let visited = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (++visited > MAX_NODES) return undefined;
    if (node.nodeType === TEXT_NODE) {
      // trim() of a 1 MB text node is a view onto it, not a copy; only a short text is normalised.
      const data = (node as Text).data.trim();
      if (data.length > max * 4) return undefined;
      const piece = normalizeSpace(data);
      if (piece) out = out ? `${out} ${piece}` : piece;
      if (out.length > max) return undefined;
      continue;
    }
    if (node !== root && isElement(node) && (SKIPPED_TAGS.has(node.tagName) || node.getAttribute('role') === 'listbox')) continue;
    const children = node.childNodes;
    if (children.length + visited > MAX_NODES) return undefined;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return out;
}

/** "* Start date (required):" -> "Start date": what a label says, without the form's decorations. */
export function labelKey(text: string): string {
  return normalizeSpace(text)
    .replace(/^[*\s]+/, '')
    .replace(/[\s:*]+$/, '')
    .replace(/\s*\((?:required|optional)\)\s*$/i, '')
    .replace(/[\s:*]+$/, '');
}

export function matchesAny(patterns: readonly RegExp[] | undefined, text: string | null | undefined): boolean {
  if (!patterns || !text) return false;
  return patterns.some((pattern) => {
    pattern.lastIndex = 0; // a /g pattern would otherwise resume where the previous text left off
    return pattern.test(text);
  });
}

/** For comparing names: case, accents, punctuation and spacing do not count ("Cisco U." = "cisco u"). */
export function nameKey(text: string): string {
  return normalizeSpace(
    foldedText(text)
      .replace(/[^\p{L}\p{N}.]+/gu, ' ')
      // Keep the dot inside a version ("v1.1"), drop every other.
      .replace(/(?<!\d)\.|\.(?!\d)/g, ' '),
  );
}
