/**
 * Finding a form field the way a user does: by what its label says. Strategies, strongest first, each tried in
 * every search root (document, open shadow roots, same-origin iframes) before the next: a <label> (for= or
 * wrapping the control), aria-labelledby, aria-label, a <label> standing right before the control, the name or
 * id attribute, the placeholder. The filler adds the ways a form shows a label without marking it up, and drop zones
 * (find-more.ts): the portal's every-page script, which only asks whether the form is there, carries none of that.
 * Generated class names are never used: they change with every deploy of the portal.
 */
import type { FieldKind, FieldSpec } from './fill-types';
import { boundedText, isElement, labelKey, matchesAny } from './dom-text';
import { elementById, searchRoots, type SearchRoot } from './search-roots';

export const CONTROLS = 'input, textarea, select, [role=combobox]';
/** Longer than this, a text is a paragraph, not a label. */
export const MAX_LABEL_CHARS = 200;
/** How many siblings after an unattached <label> may hold its control. */
const MAX_SIBLINGS = 3;

const TEXT_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'url']);
const DATE_TYPES = new Set([...TEXT_TYPES, 'date']);

function inputType(el: Element): string {
  return (el.getAttribute('type') ?? '').trim().toLowerCase();
}

export function isFileInput(el: Element): boolean {
  return el.tagName === 'INPUT' && inputType(el) === 'file';
}

/** The input an ARIA 1.1 combobox wrapper holds, else `el` itself. */
export function elementOrControl(el: Element): Element {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' ? el : (el.querySelector('input, textarea') ?? el);
}

/** The writable control behind `el` when it suits `kind`: an ARIA 1.1 combobox wrapper gives its input. */
export function acceptControl(el: Element | null | undefined, kind: FieldKind): Element | undefined {
  if (!isElement(el)) return undefined;
  let control: Element = el;
  if (control.tagName !== 'INPUT' && control.tagName !== 'TEXTAREA' && control.tagName !== 'SELECT') {
    if (control.getAttribute('role') !== 'combobox') return undefined;
    const inner = control.querySelector('input, textarea');
    if (!inner) return undefined;
    control = inner;
  }
  if (control.hasAttribute('disabled')) return undefined;
  switch (control.tagName) {
    case 'TEXTAREA':
      return kind === 'text' ? control : undefined;
    case 'SELECT':
      return kind === 'combobox' ? control : undefined;
    default: {
      const type = inputType(control);
      if (kind === 'file') return type === 'file' ? control : undefined;
      const allowed = kind === 'date' ? DATE_TYPES : TEXT_TYPES;
      return allowed.has(type) ? control : undefined;
    }
  }
}

export function textOf(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const text = boundedText(el, MAX_LABEL_CHARS);
  return text === undefined ? undefined : labelKey(text);
}

export function attributeText(el: Element, name: string): string | undefined {
  const value = el.getAttribute(name);
  return value && value.length <= MAX_LABEL_CHARS ? labelKey(value) : undefined;
}

function labelsMatching(root: SearchRoot, spec: FieldSpec): Element[] {
  return Array.from(root.querySelectorAll('label')).filter((label) => matchesAny(spec.labels, textOf(label)));
}

/** The control a <label> names: for= (in the label's own root), else the one it wraps. */
export function labelledControl(label: Element): Element | null | undefined {
  const forId = label.getAttribute('for');
  return forId ? elementById(label, forId) : label.querySelector(CONTROLS);
}

/** A label whose control is its next sibling (or inside it), climbing out of a wrapper that holds only the label. */
export function controlAfter(label: Element): Element | undefined {
  let from: Element | null = label;
  for (let climb = 0; from && climb < 2; climb += 1) {
    let sibling = from.nextElementSibling;
    for (let i = 0; sibling && i < MAX_SIBLINGS; i += 1, sibling = sibling.nextElementSibling) {
      if (sibling.tagName === 'LABEL') return undefined; // the next field's label: this one has no control of its own
      if (sibling.matches(CONTROLS)) return sibling;
      const inner = sibling.querySelector(CONTROLS);
      if (inner) return inner;
    }
    const parent: Element | null = from.parentElement;
    from = parent && parent.childElementCount === 1 ? parent : null;
  }
  return undefined;
}

export function ariaLabelledText(el: Element): string | undefined {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
  const parts = ids.map((id) => textOf(elementById(el, id)) ?? '');
  const text = labelKey(parts.join(' '));
  return text || undefined;
}

export type Strategy = (root: SearchRoot, spec: FieldSpec) => Iterable<Element | null | undefined>;

/** Elements to pass over: those already used for another field, and what the filler keeps out (decoys). */
export interface Excluded {
  has(el: Element): boolean;
}

/** The ways a form ties words to a control. */
export const LABEL_STRATEGIES: readonly Strategy[] = [
  (root, spec) => labelsMatching(root, spec).map(labelledControl),
  (root, spec) => Array.from(root.querySelectorAll('[aria-labelledby]')).filter((el) => matchesAny(spec.labels, ariaLabelledText(el))),
  (root, spec) => Array.from(root.querySelectorAll('[aria-label]')).filter((el) => matchesAny(spec.labels, attributeText(el, 'aria-label'))),
  (root, spec) => labelsMatching(root, spec).filter((label) => !labelledControl(label)).map(controlAfter),
];

/** Second chances: what the control's own attributes say. */
export const ATTRIBUTE_STRATEGIES: readonly Strategy[] = [
  (root, spec) =>
    Array.from(root.querySelectorAll(CONTROLS)).filter((el) => matchesAny(spec.names, el.getAttribute('name')) || matchesAny(spec.names, el.getAttribute('id'))),
  (root, spec) =>
    Array.from(root.querySelectorAll('[placeholder], [aria-placeholder]')).filter((el) => {
      const placeholder = attributeText(el, 'placeholder') ?? attributeText(el, 'aria-placeholder');
      return matchesAny(spec.placeholders, placeholder) || matchesAny(spec.labels, placeholder);
    }),
];

/** The field `spec` describes among `roots`, by `strategies` in turn, skipping the elements `exclude` has. */
export function findFieldIn(roots: readonly SearchRoot[], spec: FieldSpec, exclude?: Excluded, strategies: readonly Strategy[] = [...LABEL_STRATEGIES, ...ATTRIBUTE_STRATEGIES]): Element | undefined {
  for (const strategy of strategies) {
    for (const root of roots) {
      for (const candidate of strategy(root, spec)) {
        const control = acceptControl(candidate, spec.kind);
        if (control && !exclude?.has(control)) return control;
      }
    }
  }
  return undefined;
}

/** The field `spec` describes in `doc`, its open shadow roots and its same-origin iframes. */
export function findField(doc: Document, spec: FieldSpec): Element | undefined {
  return findFieldIn(searchRoots(doc), spec);
}
