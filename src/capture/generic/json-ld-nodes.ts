/**
 * Parses a page's JSON-LD defensively and flattens it into a list of objects to read known fields from.
 * Parsed objects are never spread or assigned onto ours: readers pick fields with `own`, which sees only a
 * node's own properties, so keys such as "__proto__" or "constructor" are plain data here.
 */

/** A parsed JSON object; values are unknown until a reader checks their type. */
export type JsonNode = { readonly [key: string]: unknown };

/** Scripts above this size are skipped unread: real structured data is a few kilobytes. */
export const MAX_SCRIPT_CHARS = 200_000;
const MAX_SCRIPTS = 20;
const MAX_DEPTH = 32;
/** Objects and arrays visited per page, across all scripts. */
const MAX_VISITED = 5_000;

export function isJsonNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `node[key]` only when it is the node's own property, never something inherited from a prototype. */
export function own(node: JsonNode, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

/** The node's own types from "@type" or "type", without a vocabulary prefix ("schema:Course" -> "Course"). */
export function typesOf(node: JsonNode): string[] {
  const raw = own(node, '@type') ?? own(node, 'type');
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string' && t.length <= 200)
    .map((t) => t.replace(/^.*[/#:]/, ''));
}

export function hasType(node: JsonNode, wanted: ReadonlySet<string>): boolean {
  return typesOf(node).some((t) => wanted.has(t));
}

/** A string value, or the "name" / "@value" / "value" string of an object value, or the first of an array. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length > 0 ? textOf(value[0]) : undefined;
  if (!isJsonNode(value)) return undefined;
  for (const key of ['name', '@value', 'value']) {
    const inner = own(value, key);
    if (typeof inner === 'string') return inner;
  }
  return undefined;
}

function parseScript(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // broken JSON-LD is common and harmless: the page has other sources
  }
}

/** Every object in the page's JSON-LD, top-level first then nested (breadth-first), within the limits above. */
export function jsonLdNodes(doc: Document): JsonNode[] {
  const roots: unknown[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type]'));
  for (const script of scripts) {
    if (roots.length >= MAX_SCRIPTS) break;
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    const parsed = parseScript(text);
    if (parsed !== undefined) roots.push(parsed);
  }

  const nodes: JsonNode[] = [];
  const queue: Array<{ value: unknown; depth: number }> = roots.map((value) => ({ value, depth: 0 }));
  let visited = 0;
  // An index instead of shift(): shift is O(n) per call on large queues.
  for (let i = 0; i < queue.length && visited < MAX_VISITED; i++) {
    const { value, depth } = queue[i]!;
    if (typeof value !== 'object' || value === null) continue;
    visited++;
    if (depth >= MAX_DEPTH) continue;
    const children = Array.isArray(value) ? value : Object.keys(value).map((key) => (value as JsonNode)[key]);
    if (!Array.isArray(value)) nodes.push(value as JsonNode);
    for (const child of children) {
      if (typeof child === 'object' && child !== null && queue.length < MAX_VISITED * 2) queue.push({ value: child, depth: depth + 1 });
    }
  }
  return nodes;
}
