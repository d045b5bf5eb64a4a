/**
 * Picking an item by its name in a type-ahead (role=combobox, aria-autocomplete, a datalist) or a <select>.
 * The name is typed, the page's own list of role=option items is awaited (bounded, on the page's timers), the
 * best option is clicked, and the field is read back. Best means, on normalised names: exact, then the option
 * starting with the name, then the option holding all its words; among equals, the option whose extra words
 * are only a version ("v1.1"), the highest version, the shortest name. So "Implementing Automation for Cisco
 * Enterprise Solutions (ENAUTO)" picks "... (ENAUTO) v1.1" over "... v1.0" and "... lite".
 */
import { boundedText, nameKey } from './dom-text';
import { elementById } from './search-roots';
import { blurField, clickElement, fire, focusField, pageDelay, readValue, setNativeValue, typeValue, writeValue } from './set-value';

const MAX_OPTIONS = 500;
const MAX_OPTION_CHARS = 300;
const POLL_MS = 50;
/** Polls with the same options and none fitting before a query counts as answered. */
const STABLE_POLLS = 8;
const VERSION = /^v?\d+(?:\.\d+)*$/;

export interface PickResult {
  ok: boolean;
  /** What the field shows now: the option picked, or the name left typed. */
  shown: string;
  element?: Element;
}

type Rank = readonly [tier: number, unexplainedWords: number, version: number, length: number];

function versionValue(word: string): number {
  const parts = word.replace(/^v/, '').split('.').map(Number);
  return (parts[0] ?? 0) * 1_000_000 + (parts[1] ?? 0) * 1_000 + (parts[2] ?? 0);
}

/** How well `option` answers `wanted`; undefined when it does not at all. */
export function rankOption(wanted: string, option: string): Rank | undefined {
  const w = nameKey(wanted);
  const o = nameKey(option);
  if (!w || !o) return undefined;
  const wantedWords = new Set(w.split(' '));
  const optionWords = o.split(' ');
  let tier: number;
  if (o === w) tier = 3;
  else if (o.startsWith(`${w} `)) tier = 2;
  else if ([...wantedWords].every((word) => optionWords.includes(word))) tier = 1;
  else return undefined;
  const extras = optionWords.filter((word) => !wantedWords.has(word));
  const versions = extras.filter((word) => VERSION.test(word));
  return [tier, extras.length - versions.length, Math.max(0, ...versions.map(versionValue)), o.length];
}

function better(a: Rank, b: Rank): boolean {
  if (a[0] !== b[0]) return a[0] > b[0];
  if (a[1] !== b[1]) return a[1] < b[1];
  if (a[2] !== b[2]) return a[2] > b[2];
  return a[3] < b[3];
}

/** The candidate whose text best answers `wanted`, or undefined when none does. */
export function bestMatch<T>(wanted: string, candidates: Iterable<{ text: string; item: T }>): T | undefined {
  let best: { rank: Rank; item: T } | undefined;
  for (const { text, item } of candidates) {
    const rank = rankOption(wanted, text);
    if (rank && (!best || better(rank, best.rank))) best = { rank, item };
  }
  return best?.item;
}

function comboboxWrapper(input: Element): Element | null {
  const wrapper = input.parentElement?.closest('[role=combobox]');
  return wrapper && wrapper.contains(input) ? wrapper : null;
}

/** Whether `el` is a type-ahead rather than a plain text box. */
export function isTypeAhead(el: Element): boolean {
  if (el.tagName !== 'INPUT') return false;
  const autocomplete = (el.getAttribute('aria-autocomplete') ?? '').toLowerCase();
  return (
    el.getAttribute('role') === 'combobox' ||
    autocomplete === 'list' ||
    autocomplete === 'both' ||
    el.getAttribute('aria-haspopup') === 'listbox' ||
    el.hasAttribute('list') ||
    comboboxWrapper(el) !== null
  );
}

function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  return !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** Never press anything that could submit or navigate, whatever role the page gives it. */
function isSafeToClick(option: Element): boolean {
  return !option.closest('button, input, a[href], form [type=submit]') && option.getAttribute('aria-disabled') !== 'true';
}

function optionText(option: Element): string {
  return option.getAttribute('aria-label') ?? boundedText(option, MAX_OPTION_CHARS) ?? '';
}

/** The listbox's options: the one aria-controls/aria-owns names, else any shown in the input's root or document. */
function visibleOptions(input: Element): Element[] {
  const owners = [input, comboboxWrapper(input)].filter((el): el is Element => el !== null);
  const ids = owners.flatMap((el) => `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`.split(/\s+/)).filter(Boolean);
  const doc = input.ownerDocument;
  const listboxes = ids.map((id) => elementById(input, id) ?? doc.getElementById(id)).filter((el): el is Element => !!el);
  const scopes: ParentNode[] = listboxes.length > 0 ? listboxes : [input.getRootNode() as ParentNode, doc].filter((s, i, all) => all.indexOf(s) === i);
  const options: Element[] = [];
  for (const scope of scopes) {
    for (const option of Array.from(scope.querySelectorAll('[role=option]'))) {
      if (options.length >= MAX_OPTIONS) return options;
      if (isShown(option)) options.push(option);
    }
  }
  return options;
}

/** What to type: the full name, then its code in parentheses ("ENAUTO"), then its first words. */
function queries(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const code = /\(([\p{Lu}\d][\p{Lu}\d-]{1,15})\)/u.exec(name)?.[1];
  return [...new Set([name.trim(), code, words.length > 3 ? words.slice(0, 3).join(' ') : undefined].filter((q): q is string => !!q))];
}

/** Whether the field shows `choice`: in the input, or beside it as a chip. */
export function showsChoice(input: Element, choice: string): boolean {
  const key = nameKey(choice);
  if (nameKey(readValue(input)) === key) return true;
  // Chips: some widgets empty the input and show the choice beside it.
  const around = comboboxWrapper(input) ?? input.parentElement;
  return !!around && nameKey(boundedText(around, MAX_OPTION_CHARS * 2) ?? '').includes(key);
}

/** Waits for the list to answer `wanted`: the best option, null when the list settled with none, undefined on timeout. */
async function awaitOption(input: Element, wanted: string, deadline: number): Promise<Element | null | undefined> {
  let previous = '';
  let stable = 0;
  for (;;) {
    const options = visibleOptions(input).filter(isSafeToClick);
    const best = bestMatch(wanted, options.map((item) => ({ text: optionText(item), item })));
    if (best) return best;
    const signature = options.map(optionText).join('\n');
    stable = options.length > 0 && signature === previous ? stable + 1 : 0;
    previous = signature;
    if (stable >= STABLE_POLLS) return null;
    if (Date.now() >= deadline) return undefined;
    await pageDelay(input, Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
  }
}

async function pickFromTypeAhead(input: Element, wanted: string, waitMs: number): Promise<PickResult> {
  focusField(input);
  const list = queries(wanted);
  const start = Date.now();
  for (const [i, query] of list.entries()) {
    typeValue(input, query);
    const option = await awaitOption(input, wanted, start + (waitMs * (i + 1)) / list.length);
    if (!option) continue;
    const shown = optionText(option);
    clickElement(option);
    const stuck = await waitOnPage(input, () => showsChoice(input, shown), Math.min(500, waitMs));
    blurField(input);
    await pageDelay(input, 0);
    return { ok: stuck && showsChoice(input, shown), shown: readValue(input) || shown, element: input };
  }
  // Nothing fits: the full name stays typed for the user to pick from the list.
  typeValue(input, wanted);
  return { ok: false, shown: wanted, element: input };
}

async function waitOnPage(node: Element, test: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() >= deadline) return false;
    await pageDelay(node, POLL_MS);
  }
  return true;
}

function pickFromSelect(select: HTMLSelectElement, wanted: string): PickResult {
  const option = bestMatch(wanted, Array.from(select.options ?? [], (item) => ({ text: item.label || item.text, item })));
  if (!option || option.disabled) return { ok: false, shown: '', element: select };
  focusField(select);
  setNativeValue(select, option.value);
  fire(select, 'Event', 'input', { bubbles: true, composed: true });
  fire(select, 'Event', 'change', { bubbles: true });
  blurField(select);
  return { ok: select.value === option.value, shown: option.label || option.text, element: select };
}

function pickFromDatalist(input: HTMLInputElement, wanted: string): PickResult | undefined {
  const listId = input.getAttribute('list');
  const datalist = listId ? elementById(input, listId) : undefined;
  if (!datalist) return undefined;
  const values = Array.from(datalist.querySelectorAll('option'), (item) => item.value || item.textContent || '');
  const value = bestMatch(wanted, values.map((text) => ({ text, item: text })));
  if (!value) return undefined;
  writeValue(input, value);
  return { ok: readValue(input) === value, shown: value, element: input };
}

/** Chooses the item named `wanted` in a select, a datalist input or a type-ahead; reads back what it shows. */
export async function pickByName(el: Element, wanted: string, waitMs: number): Promise<PickResult> {
  if (el.tagName === 'SELECT') return pickFromSelect(el as HTMLSelectElement, wanted);
  const fromList = el.hasAttribute('list') ? pickFromDatalist(el as HTMLInputElement, wanted) : undefined;
  return fromList ?? pickFromTypeAhead(el, wanted, waitMs);
}

/** Whether the field already shows `wanted` (or an option that answers it as well as the exact name would). */
export function alreadyChosen(current: string, wanted: string): boolean {
  const rank = rankOption(wanted, current);
  return !!rank && rank[0] >= 2 && rank[1] === 0;
}
