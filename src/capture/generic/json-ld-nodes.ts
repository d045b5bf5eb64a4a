/**
 * Parses a page's structured JSON defensively and flattens it into a list of objects to read known fields from:
 * JSON-LD and Verifiable Credential scripts, a credential embedded as `<script type="application/json">`, and a
 * JSON document the browser shows as plain text (`<body><pre>{…}</pre></body>`, a hosted .json opened directly).
 * Parsed objects are never spread or assigned onto ours: readers pick fields with `own`, which sees only a
 * node's own properties, so keys such as "__proto__" or "constructor" are plain data here.
 */

/** A parsed JSON object; values are unknown until a reader checks their type. */
export type JsonNode = { readonly [key: string]: unknown };

/** Scripts above this size are skipped unread: real structured data is a few kilobytes. */
export const MAX_SCRIPT_CHARS = 200_000;
/** Scripts (and the JSON document) parsed per page, and their characters in all: a bound on parsing work. */
const MAX_SCRIPTS = 20;
const MAX_TOTAL_CHARS = 1_000_000;
const MAX_DEPTH = 32;
/** Objects and arrays visited per page, across all scripts. */
const MAX_VISITED = 5_000;
/** A JSON document's body holds its <pre> and perhaps the viewer's empty formatter box, nothing else. */
const MAX_JSON_DOCUMENT_NODES = 8;
/** Scripts `hasStructuredData` looks at: a cheap question, asked before any parsing. */
const MAX_PROBED_SCRIPTS = 200;

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
  const list = Array.isArray(raw) ? raw.slice(0, 20) : [raw];
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

/**
 * Where a thing lives rather than what is printed on it: a URL (with or without its scheme), a URN (urn:uuid:…),
 * a DID, an absolute or relative path, a fragment, a blank node.
 */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:https?|urn|did|mailto|tag|ipfs|ark|data|file):|[#/.]|_:|[\w-]+(?:\.[\w-]+)+\/)/i;

/** The id of a node ("@id" or "id") when it is a string: what references to it name. */
export function idOf(node: JsonNode): string | undefined {
  const id = own(node, '@id') ?? own(node, 'id');
  return typeof id === 'string' && id.length <= 2048 ? id : undefined;
}

/**
 * A string from an id or identifier field that is not an address. A credential's id is where it is hosted or a
 * urn:uuid; the last segment of such an address ("…/credentials/3527") is a database key, not the code a
 * certificate shows, so it is never one here. Cleaning to a code is the caller's (see fields.ts cleanCode).
 */
export function nonAddressId(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 256) return undefined;
  const text = value.trim();
  return text && !ADDRESS.test(text) ? text : undefined;
}

/** Removes the commas left before a closing bracket, outside strings: JSON as people hand-write it. */
function withoutTrailingCommas(text: string): string {
  // Kept text as chunks, so that dropping a comma already passed costs O(1), whatever the input.
  const chunks: string[] = [];
  let start = 0; // text[start..i) is not yet in chunks
  let inString = false;
  let pendingComma = -1; // the chunk holding the last comma outside a string, while only blanks follow it
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === ',') {
      chunks.push(text.slice(start, i), ',');
      pendingComma = chunks.length - 1;
      start = i + 1;
    } else if ((c === '}' || c === ']') && pendingComma >= 0) {
      chunks[pendingComma] = '';
      pendingComma = -1;
    } else if (!/\s/.test(c!)) {
      inString = c === '"';
      pendingComma = -1;
    }
  }
  chunks.push(text.slice(start));
  return chunks.join('');
}

/**
 * JSON.parse, and when that fails, once more without trailing commas (the Open Badges specification's own
 * examples carry one). Anything still broken is undefined, never an exception: broken JSON
 * is common and harmless, the page has other sources.
 */
export function parseJsonTolerantly(text: string): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch {
    try {
      return JSON.parse(withoutTrailingCommas(json));
    } catch {
      return undefined;
    }
  }
}

/**
 * The text of a JSON document the browser shows as plain text: a body holding only a <pre> of plain text that
 * starts like JSON (and perhaps Chrome's "json-formatter-container" beside it). A <pre> among other content is
 * a code sample on an article, not the document itself.
 */
export function jsonDocumentText(doc: Document): string | undefined {
  const body = doc.body;
  if (!body || body.childNodes.length > MAX_JSON_DOCUMENT_NODES) return undefined;
  let pre: Element | undefined;
  for (const node of Array.from(body.childNodes)) {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.localName === 'pre' && !pre) pre = element;
      // Chrome's viewer adds this box (empty, or the same JSON pretty-printed); anything else is a page.
      else if (!element.classList?.contains('json-formatter-container')) return undefined;
    } else if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') {
      return undefined;
    }
  }
  if (!pre || pre.children.length > 0) return undefined;
  const text = pre.textContent ?? '';
  return text.length <= MAX_SCRIPT_CHARS && /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? text : undefined;
}

type ScriptKind = 'linked-data' | 'json';

/** JSON-LD and Verifiable Credential types hold linked data; plain JSON may hold anything, a credential among it. */
function scriptKind(type: string | null): ScriptKind | undefined {
  const mime = (type ?? '').split(';')[0]!.trim().toLowerCase();
  if (mime.includes('ld+json') || mime === 'application/vc+json' || mime === 'application/vc') return 'linked-data';
  return mime === 'application/json' ? 'json' : undefined;
}

/** Plain JSON is parsed only when it may hold linked data: app state without an "@context" is not read at all. */
function mayHoldLinkedData(text: string): boolean {
  return text.length <= MAX_SCRIPT_CHARS && text.includes('"@context"');
}

/** Whether the page carries structured data a reader here can use; cheap enough for an adapter's detect(). */
export function hasStructuredData(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type]');
  for (let i = 0; i < scripts.length && i < MAX_PROBED_SCRIPTS; i++) {
    const script = scripts[i]!;
    const kind = scriptKind(script.getAttribute('type'));
    if (kind === 'linked-data') return true;
    if (kind === 'json' && mayHoldLinkedData(script.textContent ?? '')) return true;
  }
  return jsonDocumentText(doc) !== undefined;
}

interface Root {
  value: unknown;
  /** Plain JSON contributes only the objects at or under one that has an "@context". */
  linked: boolean;
}

function parsedRoots(doc: Document): Root[] {
  const linkedData: Root[] = [];
  const plain: Root[] = [];
  let parsed = 0;
  let chars = 0;
  const documentText = jsonDocumentText(doc);
  if (documentText !== undefined) {
    parsed++;
    chars += documentText.length;
    const value = parseJsonTolerantly(documentText);
    if (value !== undefined) linkedData.push({ value, linked: true }); // the whole document is the credential
  }
  const scripts = doc.querySelectorAll('script[type]');
  for (let i = 0; i < scripts.length && parsed < MAX_SCRIPTS; i++) {
    const script = scripts[i]!;
    const kind = scriptKind(script.getAttribute('type'));
    if (!kind) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS || chars + text.length > MAX_TOTAL_CHARS) continue;
    if (kind === 'json' && !mayHoldLinkedData(text)) continue;
    parsed++;
    chars += text.length;
    const value = parseJsonTolerantly(text);
    if (value === undefined) continue;
    if (kind === 'json') plain.push({ value, linked: false });
    else linkedData.push({ value, linked: true });
  }
  return [...linkedData, ...plain];
}

/**
 * Every object in the page's structured JSON, linked data first then plain JSON; within each, top-level first
 * then nested (breadth-first), within the limits above.
 */
export function jsonLdNodes(doc: Document): JsonNode[] {
  const roots = parsedRoots(doc);
  const nodes: JsonNode[] = [];
  let visited = 0;
  // Linked data is walked first, so a large app-state script cannot use up the budget before it.
  for (const group of [roots.filter((r) => r.linked), roots.filter((r) => !r.linked)]) {
    const queue: Array<Root & { depth: number }> = group.map((root) => ({ ...root, depth: 0 }));
    // An index instead of shift(): shift is O(n) per call on large queues.
    for (let i = 0; i < queue.length && visited < MAX_VISITED; i++) {
      const { value, depth } = queue[i]!;
      if (typeof value !== 'object' || value === null) continue;
      visited++;
      if (depth >= MAX_DEPTH) continue;
      const isArray = Array.isArray(value);
      const linked = queue[i]!.linked || (!isArray && Object.prototype.hasOwnProperty.call(value, '@context'));
      const children = isArray ? value : Object.keys(value).map((key) => (value as JsonNode)[key]);
      if (!isArray && linked) nodes.push(value as JsonNode);
      for (const child of children) {
        if (typeof child === 'object' && child !== null && queue.length < MAX_VISITED * 2) queue.push({ value: child, depth: depth + 1, linked });
      }
    }
  }
  return nodes;
}
