/**
 * Finding a form field the way a user does: by what its label says. Strategies, strongest first, each tried in
 * every search root (document, open shadow roots, same-origin iframes) before the next: a <label> (for= or
 * wrapping the control), aria-labelledby, aria-label, a <label> standing right before the control, the name or
 * id attribute, the placeholder. A file field with no file input falls back to a drop zone found by its caption.
 * Generated class names are never used: they change with every deploy of the portal.
 */
import type { FieldKind, FieldSpec } from './fill-types';
import { boundedText, isElement, labelKey, matchesAny } from './dom-text';
import { elementById, searchRoots, type SearchRoot } from './search-roots';

const CONTROLS = 'input, textarea, select, [role=combobox]';
/** Longer than this, a text is a paragraph, not a label. */
const MAX_LABEL_CHARS = 200;
/** How many siblings after an unattached <label> may hold its control. */
const MAX_SIBLINGS = 3;
const MAX_ZONE_CLIMB = 4;

const TEXT_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'url']);
const DATE_TYPES = new Set([...TEXT_TYPES, 'date']);

function inputType(el: Element): string {
  return (el.getAttribute('type') ?? '').trim().toLowerCase();
}

export function isFileInput(el: Element): boolean {
  return el.tagName === 'INPUT' && inputType(el) === 'file';
}

/** The writable control behind `el` when it suits `kind`: an ARIA 1.1 combobox wrapper gives its input. */
function acceptControl(el: Element | null | undefined, kind: FieldKind): Element | undefined {
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

function textOf(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const text = boundedText(el, MAX_LABEL_CHARS);
  return text === undefined ? undefined : labelKey(text);
}

function attributeText(el: Element, name: string): string | undefined {
  const value = el.getAttribute(name);
  return value && value.length <= MAX_LABEL_CHARS ? labelKey(value) : undefined;
}

function labelsMatching(root: SearchRoot, spec: FieldSpec): Element[] {
  return Array.from(root.querySelectorAll('label')).filter((label) => matchesAny(spec.labels, textOf(label)));
}

/** The control a <label> names: for= (in the label's own root), else the one it wraps. */
function labelledControl(label: Element): Element | null | undefined {
  const forId = label.getAttribute('for');
  return forId ? elementById(label, forId) : label.querySelector(CONTROLS);
}

/** A label whose control is its next sibling (or inside it), climbing out of a wrapper that holds only the label. */
function controlAfter(label: Element): Element | undefined {
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

function ariaLabelledText(el: Element): string | undefined {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
  const parts = ids.map((id) => textOf(elementById(el, id)) ?? '');
  const text = labelKey(parts.join(' '));
  return text || undefined;
}

type Strategy = (root: SearchRoot, spec: FieldSpec) => Iterable<Element | null | undefined>;

const STRATEGIES: readonly Strategy[] = [
  (root, spec) => labelsMatching(root, spec).map(labelledControl),
  (root, spec) => Array.from(root.querySelectorAll('[aria-labelledby]')).filter((el) => matchesAny(spec.labels, ariaLabelledText(el))),
  (root, spec) => Array.from(root.querySelectorAll('[aria-label]')).filter((el) => matchesAny(spec.labels, attributeText(el, 'aria-label'))),
  (root, spec) => labelsMatching(root, spec).filter((label) => !labelledControl(label)).map(controlAfter),
  (root, spec) =>
    Array.from(root.querySelectorAll(CONTROLS)).filter((el) => matchesAny(spec.names, el.getAttribute('name')) || matchesAny(spec.names, el.getAttribute('id'))),
  (root, spec) =>
    Array.from(root.querySelectorAll('[placeholder], [aria-placeholder]')).filter((el) => {
      const placeholder = attributeText(el, 'placeholder') ?? attributeText(el, 'aria-placeholder');
      return matchesAny(spec.placeholders, placeholder) || matchesAny(spec.labels, placeholder);
    }),
];

/** A drop zone's own words: its aria-label, or the text directly inside it ("Drag and drop <b>a PDF</b> here"). */
function ownCaption(el: Element): string {
  const aria = attributeText(el, 'aria-label');
  if (aria) return aria;
  let text = '';
  for (let child = el.firstChild; child && text.length <= MAX_LABEL_CHARS; child = child.nextSibling) {
    if (child.nodeType === 3) text += ` ${(child as Text).data.slice(0, MAX_LABEL_CHARS + 1)}`;
  }
  return text.length > MAX_LABEL_CHARS ? '' : labelKey(text);
}

/** What marks an element as the box that takes the drop, rather than a caption inside it. */
function looksLikeZone(el: Element): boolean {
  if (el.hasAttribute('aria-dropeffect') || el.getAttribute('role') === 'button' || el.hasAttribute('tabindex')) return true;
  const marks = `${el.getAttribute('class') ?? ''} ${el.id} ${Array.from(el.attributes, (a) => a.name).join(' ')}`;
  return /drop-?zone|drop-?area|ondrop|data-drop/i.test(marks);
}

function dropZoneIn(root: SearchRoot, spec: FieldSpec): Element | undefined {
  const patterns = [...(spec.dropZones ?? []), ...spec.labels];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.hasAttribute('hidden')) continue;
    const captioned = matchesAny(spec.dropZones, ownCaption(el));
    if (!captioned && !(looksLikeZone(el) && matchesAny(patterns, attributeText(el, 'aria-label')))) continue;
    let zone: Element = el;
    for (let up: Element | null = el, level = 0; up && level <= MAX_ZONE_CLIMB; up = up.parentElement, level += 1) {
      if (looksLikeZone(up)) {
        zone = up;
        break;
      }
    }
    // A drop zone wrapping a hidden file input (react-dropzone does this): the input is the better door.
    const input = Array.from(zone.querySelectorAll('input')).find(isFileInput);
    return input && !input.hasAttribute('disabled') ? input : zone;
  }
  return undefined;
}

/** The field `spec` describes among `roots`, skipping elements already used for another field. */
export function findFieldIn(roots: readonly SearchRoot[], spec: FieldSpec, exclude?: ReadonlySet<Element>): Element | undefined {
  for (const strategy of STRATEGIES) {
    for (const root of roots) {
      for (const candidate of strategy(root, spec)) {
        const control = acceptControl(candidate, spec.kind);
        if (control && !exclude?.has(control)) return control;
      }
    }
  }
  if (spec.kind === 'file') {
    for (const root of roots) {
      const zone = dropZoneIn(root, spec);
      if (zone && !exclude?.has(zone)) return zone;
    }
  }
  return undefined;
}

/** The field `spec` describes in `doc`, its open shadow roots and its same-origin iframes. */
export function findField(doc: Document, spec: FieldSpec): Element | undefined {
  return findFieldIn(searchRoots(doc), spec);
}
