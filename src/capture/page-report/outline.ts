/**
 * A page's structure as a report holds it: one line per element, indented by depth, naming its tag, id, classes,
 * role and labels, and its own text, each redacted (redact.ts). Open shadow roots are walked (the CE portal may use
 * web components); what a page never shows (scripts, styles, templates, an SVG's insides) is left out. Bounded: a page
 * larger than MAX_OUTLINE_ELEMENTS is cut, and says so.
 */
import { MAX_OUTLINE_DEPTH, MAX_OUTLINE_ELEMENTS, MAX_OUTLINE_LINE } from '../../domain/page-report';
import { hostOf, redactAddress, redactIdentifier, redactText, shapeOf } from './redact';

export interface Outline {
  lines: string[];
  outlined: number;
  shadowRoots: number;
  truncated: boolean;
}

/** Left out with everything inside: never shown, or never read by a reader. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'head']);
/** Shown as one line, without what is inside. */
const OPAQUE = new Set(['svg', 'math', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas']);
/** The extension's own elements on the page (the toast, the fill panel): not the page's structure. */
const OWN = /^recert-companion-/;

/** Attributes whose text a user reads: kept when known wording, else shaped. */
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];
/** Attributes that name other elements or form fields. */
const IDENTIFIER_ATTRIBUTES = ['name', 'for', 'aria-labelledby', 'aria-describedby'];
/** Attributes from a fixed vocabulary (ARIA, HTML): a value of its words is kept, any other shaped. */
const ENUM_ATTRIBUTES = ['role', 'type', 'aria-hidden', 'aria-expanded', 'hidden', 'disabled', 'colspan', 'rowspan', 'datetime'];
const ENUM_WORDS = new Set(
  `alert alertdialog application article banner button cell checkbox columnheader combobox complementary contentinfo
  definition dialog document feed figure form grid gridcell group heading img link list listbox listitem log main math
  menu menubar menuitem menuitemcheckbox menuitemradio navigation none note option presentation progressbar radio
  radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider spinbutton status switch tab table
  tablist tabpanel term textbox timer toolbar tooltip tree treegrid treeitem text email password number date
  datetime-local month week time tel url file hidden submit reset image color range true false mixed`.split(/\s+/),
);
const enumValue = (value: string) => (value.split(/\s+/).every((word) => ENUM_WORDS.has(word)) ? value : shapeOf(value, 40));

const quote = (text: string) => JSON.stringify(text);

function identifiers(value: string): string {
  return value.split(/\s+/).filter(Boolean).slice(0, 8).map(redactIdentifier).join(' ');
}

/** What the line says of an element's attributes. */
function attributesOf(element: Element, pageHosts: readonly string[]): string {
  const parts: string[] = [];
  const id = element.getAttribute('id');
  if (id) parts.push(`#${redactIdentifier(id)}`);
  const classes = element.getAttribute('class');
  if (classes?.trim()) parts.push(`.${identifiers(classes).replace(/ /g, '.')}`);
  for (const name of ENUM_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    parts.push(value.trim() === '' ? `[${name}]` : `[${name}=${enumValue(value.trim())}]`);
  }
  for (const name of IDENTIFIER_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) parts.push(`[${name}=${identifiers(value)}]`);
  }
  for (const name of TEXT_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value?.trim()) parts.push(`[${name}=${quote(redactText(value))}]`);
  }
  for (const name of ['href', 'src', 'action']) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const address = redactAddress(value, element.ownerDocument.baseURI, pageHosts);
    parts.push(`[${name}${address ? `=${address}` : ''}]`);
  }
  // A value typed or set (an input's, an option's): its shape only.
  const value = element.getAttribute('value');
  if (value?.trim()) parts.push(`[value=${quote(shapeOf(value, 40))}]`);
  // data-* attributes: their names say what a framework keeps there; their values may be anything.
  const data = element.getAttributeNames().filter((name) => name.startsWith('data-'));
  if (data.length > 0) parts.push(`[${data.slice(0, 6).map((name) => redactIdentifier(name)).join(' ')}]`);
  return parts.join('');
}

/** The element's own text (its text nodes, not its children's), redacted. */
function ownText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) text += ` ${child.nodeValue ?? ''}`;
  return redactText(text);
}

/** `pageHost`: the reported page's host; its links, and the document's own, keep their host (redactAddress). */
export function outlinePage(doc: Document, pageHost?: string): Outline {
  const pageHosts = [pageHost, hostOf(doc.URL)].filter((host): host is string => !!host);
  const lines: string[] = [];
  let outlined = 0;
  let shadowRoots = 0;
  let truncated = false;

  const walk = (parent: Element | ShadowRoot, depth: number): void => {
    for (let element = parent.firstElementChild; element; element = element.nextElementSibling) {
      if (outlined >= MAX_OUTLINE_ELEMENTS) {
        truncated = true;
        return;
      }
      const tag = element.localName.toLowerCase();
      if (SKIPPED.has(tag) || OWN.test(tag)) continue;
      outlined += 1;
      const text = OPAQUE.has(tag) ? '' : ownText(element);
      const line = `${'  '.repeat(depth)}${tag}${attributesOf(element, pageHosts)}${text ? ` ${quote(text)}` : ''}`;
      lines.push(line.length > MAX_OUTLINE_LINE ? `${line.slice(0, MAX_OUTLINE_LINE - 1)}…` : line);
      if (OPAQUE.has(tag)) continue;
      if (depth + 1 >= MAX_OUTLINE_DEPTH) {
        if (element.firstElementChild) truncated = true;
        continue;
      }
      const shadow = (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (shadow) {
        shadowRoots += 1;
        lines.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        walk(shadow, depth + 2);
      }
      walk(element, depth + 1);
    }
  };

  if (doc.body) walk(doc.body, 0);
  return { lines, outlined, shadowRoots, truncated };
}
