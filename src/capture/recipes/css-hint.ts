/**
 * CSS hints: a path to an element from the names a site keeps on every page and in every language (tag names, ids
 * and classes without digits, data-* attribute names), never from the text. A hint is what a recipe tries when the
 * label it learned is not on the page (the same page in another language); it is never the only way to a field.
 */
import type { CssHint } from '../../domain/site-recipe';
import { RECIPE_LIMITS } from '../../domain/site-recipe';

const MAX_STEPS = 4;
const MAX_CLASSES = 2;
const STABLE_NAME = /^[A-Za-z][\w-]{0,40}$/;
/** Generated names change with every build: css-1x2y3z, sc-bdVaJa, _ngcontent, jss12. */
const GENERATED = /\d|^(?:css|sc|jss|emotion|ng|svelte|chakra)-|^_/;
/** Classes that say how an element looks, not what it is: the same on every element of a kind. */
const PRESENTATIONAL = /^(?:active|selected|hidden|visible|disabled|open|show|fade|in|row|col|container|wrapper|inner|outer|clearfix|pull-(?:left|right)|text-\w+|font-\w+|m[trblxy]?-\w+|p[trblxy]?-\w+|d-\w+|flex\w*)$/;

function cssName(name: string): string {
  return name.replace(/[^\w-]/g, (c) => `\\${c}`);
}

function stepFor(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const id = element.getAttribute('id');
  if (id && STABLE_NAME.test(id) && !GENERATED.test(id)) return `${tag}#${cssName(id)}`;
  const classes = Array.from(element.classList ?? [])
    .filter((name) => STABLE_NAME.test(name) && !GENERATED.test(name) && !PRESENTATIONAL.test(name))
    .slice(0, MAX_CLASSES);
  // A data-* attribute often names what the element is (data-automation-id="learningMetricValue"): its value is kept
  // when it reads as a name; an id-like value is left out and only the attribute's presence counts.
  const data = Array.from(element.attributes)
    .filter(({ name }) => name.startsWith('data-') && STABLE_NAME.test(name) && !GENERATED.test(name.slice(5)))
    .slice(0, 1)
    .map(({ name, value }) => (STABLE_NAME.test(value) && !/\d/.test(value) ? `[${name}="${value}"]` : `[${name}]`));
  return `${tag}${classes.map((name) => `.${cssName(name)}`).join('')}${data.join('')}`;
}

const TEXT_NODE = 3;

/** An element's own non-empty text children, in order: the lines of "<b>Label:</b> value<br>" blocks. */
export function ownTexts(element: Element): string[] {
  return Array.from(element.childNodes)
    .filter((node) => node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim() !== '')
    .map((node) => (node.nodeValue ?? '').replace(/\s+/g, ' ').trim());
}

/** A hint for `element` within its document: its path and which of the path's matches it is (and which of its own texts). */
export function hintFor(element: Element, part?: number): CssHint | undefined {
  const steps: string[] = [];
  for (let current: Element | null = element; current && steps.length < MAX_STEPS && current.tagName !== 'BODY' && current.tagName !== 'HTML'; current = current.parentElement) {
    const step = stepFor(current);
    steps.unshift(step);
    if (step.includes('#')) break;
  }
  const path = steps.join(' > ');
  if (!path || path.length > RECIPE_LIMITS.hint) return undefined;
  const doc = element.ownerDocument;
  let matches: Element[];
  try {
    matches = Array.from(doc.querySelectorAll(path));
  } catch {
    return undefined;
  }
  const nth = matches.indexOf(element);
  if (nth < 0) return undefined;
  return part === undefined ? { path, nth } : { path, nth, part };
}

/** The text a hint names: its element's, or the one own text it names. */
export function textOf(doc: Document, hint: CssHint | undefined, visibleText: (element: Element) => string): string | undefined {
  const element = elementOf(doc, hint);
  if (!element) return undefined;
  return hint?.part === undefined ? visibleText(element) : ownTexts(element)[hint.part];
}

/** The element a hint names on `doc`, when its path still selects that many. */
export function elementOf(doc: Document, hint: CssHint | undefined): Element | undefined {
  if (!hint) return undefined;
  try {
    return doc.querySelectorAll(hint.path)[hint.nth] ?? undefined;
  } catch {
    return undefined;
  }
}
