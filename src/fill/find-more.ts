/**
 * What the filler finds beyond find-field.ts's ways (which the portal's every-page script also carries, to ask whether
 * the form is there): words that stand as a label without being marked up as one (a span over a Lightning input, a
 * floating label after its input), one label over a pair of date inputs ("Training dates": start, then end), a drop
 * zone when the form has no file input, and the fields a person would never type the claim into (a search box in the
 * page's header, a newsletter box in its footer, anything behind an open modal dialog).
 */
import type { FieldSpec } from './fill-types';
import { labelKey, matchesAny } from './dom-text';
import {
  ATTRIBUTE_STRATEGIES,
  CONTROLS,
  LABEL_STRATEGIES,
  MAX_LABEL_CHARS,
  acceptControl,
  ariaLabelledText,
  attributeText,
  elementOrControl,
  findFieldIn,
  isFileInput,
  labelledControl,
  textOf,
  type Excluded,
  type Strategy,
} from './find-field';
import { elementById, type SearchRoot } from './search-roots';

const MAX_ZONE_CLIMB = 4;
/** How far up from words standing as a label the box holding their one control may be. */
const MAX_BOX_CLIMB = 3;
/** Elements whose own words may be a label that nothing ties to its control. */
const LOOSE_LABELS = 'span, div, p, legend, dt, th, b, strong';
/** Page chrome: a control here is the site's (search, newsletter), never the form's. */
const CHROME = 'nav, header, footer, [role=search], [role=banner], [role=navigation], [role=contentinfo]';
/** Where <header> and <footer> are a section's, not the page's. */
const SECTIONING = 'article, section, main, aside, form, dialog, [role=dialog], [role=main]';

/** The one control in `box` (an ARIA combobox wrapper counts as its input); null when there are several. */
function onlyControl(box: Element): Element | null | undefined {
  const found = new Set<Element>();
  for (const el of Array.from(box.querySelectorAll(CONTROLS))) {
    if ((el.getAttribute('type') ?? '').toLowerCase() !== 'hidden') found.add(elementOrControl(el));
  }
  return found.size > 1 ? null : [...found][0];
}

/** Words standing as a label (not a <label>): the one control in the smallest box around them. */
const looseLabel: Strategy = (root, spec) =>
  Array.from(root.querySelectorAll(LOOSE_LABELS))
    .filter((el) => el.childElementCount <= 3 && !el.querySelector(CONTROLS) && matchesAny(spec.labels, textOf(el)))
    .map((el) => {
      for (let box = el.parentElement, level = 0; box && level < MAX_BOX_CLIMB; box = box.parentElement, level += 1) {
        const control = onlyControl(box);
        if (control !== undefined) return control;
      }
      return undefined;
    });

/** The box a label names: its for= target or what it wraps, the group it labels, a legend's fieldset. */
function namedBoxes(root: SearchRoot, labels: readonly RegExp[]): Element[] {
  const boxes: Element[] = [];
  for (const label of Array.from(root.querySelectorAll('label, legend'))) {
    if (!matchesAny(labels, textOf(label))) continue;
    const forId = label.getAttribute('for');
    const box = forId ? elementById(label, forId) : label.tagName === 'LEGEND' ? label.parentElement : (labelledControl(label) ?? label);
    if (box) boxes.push(box);
  }
  for (const el of Array.from(root.querySelectorAll('[aria-labelledby], [aria-label]'))) {
    if (matchesAny(labels, ariaLabelledText(el) ?? attributeText(el, 'aria-label'))) boxes.push(el);
  }
  return boxes;
}

/** One label over two date inputs, start then end (a date-range picker): the one `spec.range.part` asks for. */
const dateRange: Strategy = (root, spec) => {
  if (!spec.range) return [];
  return namedBoxes(root, spec.range.labels).map((box) => {
    const inputs = Array.from(box.querySelectorAll('input')).filter((input) => acceptControl(input, 'date') === input);
    return inputs.length === 2 ? inputs[spec.range!.part] : undefined;
  });
};

const FILL_STRATEGIES: readonly Strategy[] = [...LABEL_STRATEGIES, looseLabel, dateRange, ...ATTRIBUTE_STRATEGIES];

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

/** Fields a person types or attaches into, as a claim's are. */
const TYPED = 'input:not([type]), input[type=text], input[type=date], input[type=file], textarea, [role=combobox]';

/** A <dialog> opened with showModal(), not show(): only a modal one covers the page behind it. */
function isModal(dialog: Element): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return false; // a DOM without :modal
  }
}

/** Whether `el` is inside `box`, through the shadow roots between them. */
function within(box: Element, el: Element): boolean {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) if (node === box) return true;
  return false;
}

/**
 * The fields of `doc` no one fills a claim into: behind an open modal dialog (the form is in it), or in the page's
 * own header, navigation or footer (a site search, a newsletter box).
 */
export function decoysOf(doc: Document): (el: Element) => boolean {
  // The last modal dialog open (the one on top) that has fields to type in: a consent box of switches is no form.
  const modal = Array.from(doc.querySelectorAll('[aria-modal="true"], dialog[open]'))
    .filter((el) => (el.tagName !== 'DIALOG' || isModal(el)) && !el.closest('[hidden], [aria-hidden="true"]') && el.querySelector(TYPED))
    .at(-1);
  return (el) => {
    if (modal && !within(modal, el)) return true;
    const chrome = el.closest(CHROME);
    return !!chrome && !chrome.parentElement?.closest(SECTIONING);
  };
}

/** The field `spec` describes among `roots`, by every way the filler knows, skipping what `exclude` has. */
export function findFillable(roots: readonly SearchRoot[], spec: FieldSpec, exclude?: Excluded): Element | undefined {
  const field = findFieldIn(roots, spec, exclude, FILL_STRATEGIES);
  if (field || spec.kind !== 'file') return field;
  for (const root of roots) {
    const zone = dropZoneIn(root, spec);
    if (zone && !exclude?.has(zone)) return zone;
  }
  return undefined;
}


