/**
 * Learning a recipe from the page the user confirmed: for each field they confirmed or corrected, the label a
 * person reads beside its value on this page and where the value sits (site-recipe.ts), with a CSS hint beside it;
 * the title's heading level; the page's URL shape; the words that mark it completed; where its certificate link is.
 * Pure: (document, url, confirmed values) -> recipe. Teaching the same site again merges into its recipe.
 */
import { orderForLanguage, type DayMonthOrder } from '../../domain/dates';
import { inferDayMonthOrder } from '../../domain/date-order';
import type { Capture } from '../../domain/schema';
import {
  RECIPE_LIMITS,
  TAUGHT_FIELDS,
  type CertificateLinkRule,
  type CssHint,
  type FieldRule,
  type RangeEnd,
  type SiteRecipe,
  type TaughtField,
  type TitleRule,
  pageLanguage,
} from '../../domain/site-recipe';
import { urlShape } from '../../domain/url-shape';
import { certificatePdfUrl } from '../certificate-link';
import { normalizeSpace, visibleText } from '../dom';
import { readPageWithPlaces, type DomPageReader } from './placed-reader';
import { CODE_LABELS, CREDIT_LABELS, END_DATE_LABELS, HOURS_COUNT_LABELS, HOURS_LABELS, START_DATE_LABELS, TOTAL_CREDIT_LABELS } from '../generic/field-labels';
import { COMPLETED_STATUS, IN_PROGRESS_STATUS } from '../generic/labels';
import { hintFor, ownTexts } from './css-hint';
import { fieldValueIn, sameFieldValue, type FieldValue } from './field-values';
import { labelPattern, withoutSeparator } from './label-pattern';
import { anchorFor } from './sentence-anchor';

/** What the user confirmed in the form: the record's fields as they saved them, as a capture holds them. */
export type ConfirmedValues = Pick<Capture, 'title' | 'provider' | 'startDate' | 'endDate' | 'certificateCode' | 'credits' | 'creditUnit' | 'hours' | 'program'>;

/** A label is a short text; anything longer is a sentence the value sits in. */
const MAX_LABEL = 60;
const MAX_LABEL_CANDIDATES = 60;
/** How many texts holding a value are looked around; a value repeated more often is repeated by a hostile page. */
const MAX_VALUE_HITS = 20;
/** How far before a value its label may be (a header row of a dozen cells), and after (a tile printing the value first). */
const LABELS_BEFORE = 12;
const LABELS_AFTER = 2;
const MAX_HEADINGS = 200;
const MAX_STATUS = 40;
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** A text as a label: short, with letters, not a number or a status ("Completed" labels nothing). */
function asLabel(text: string, exclude: ReadonlySet<string>): string | undefined {
  const before = text.includes(':') || text.includes('：') ? text.split(/[:：]/)[0]! : text;
  const label = withoutSeparator(before);
  if (label.length < 2 || label.length > MAX_LABEL || !/\p{L}/u.test(label) || /\d{3,}/.test(label) || exclude.has(label.toLowerCase())) return undefined;
  return COMPLETED_STATUS.test(label) || IN_PROGRESS_STATUS.test(label) ? undefined : label;
}

/**
 * The labels worth asking about a value: the short texts just before each text that holds it (a header row's cells
 * may be a dozen texts back) and just after (a tile printing its value first), and its own text's. Bounded, so that
 * a page repeating the value or its labels thousands of times costs no more than a real page.
 */
function labelsNear(reader: DomPageReader, holds: (text: string) => boolean, exclude: ReadonlySet<string>): string[] {
  const texts = reader.entries().map((entry) => entry.text);
  const out = new Set<string>();
  let hits = 0;
  for (let i = 0; i < texts.length && hits < MAX_VALUE_HITS && out.size < MAX_LABEL_CANDIDATES; i++) {
    if (texts[i]!.length > MAX_LABEL * 8 || !holds(texts[i]!)) continue;
    hits += 1;
    for (let j = Math.max(0, i - LABELS_BEFORE); j <= Math.min(texts.length - 1, i + LABELS_AFTER); j++) {
      const label = asLabel(texts[j]!, exclude);
      if (label) out.add(label);
    }
  }
  return [...out];
}

/** Whether a text holds the value: whole ("12 March 2026"), or after its label ("Credits: 8"). */
function textHolds(field: TaughtField, value: FieldValue, order: DayMonthOrder): (text: string) => boolean {
  const ends: Array<RangeEnd | undefined> = field === 'startDate' || field === 'endDate' ? [undefined, field === 'startDate' ? 'start' : 'end'] : [undefined];
  return (text) => {
    const afterLabel = text.split(/[:：]/).slice(1).join(':');
    return [text, afterLabel].some((part) => part !== '' && ends.some((end) => sameFieldValue(field, fieldValueIn(field, part, order, end), value)));
  };
}

/**
 * The smallest element, or own line of an element, whose text holds exactly the value: where a hint points. Found
 * from the page's text nodes, each looked at once: the node's element, or its line in a block of lines.
 */
function hintHolding(reader: DomPageReader, field: TaughtField | 'title', value: FieldValue, order: DayMonthOrder, rangeEnd?: RangeEnd): CssHint | undefined {
  let best: { element: Element; part?: number } | undefined;
  let bestLength = Infinity;
  const holds = (text: string) => sameFieldValue(field, field === 'title' ? text : fieldValueIn(field, text, order, rangeEnd), value);
  for (const { node, text } of reader.entries()) {
    const element = node.parentElement;
    if (!element || text.length > MAX_LABEL * 4 || text.length >= bestLength) continue;
    if (element.childElementCount === 0) {
      const whole = reader.textOf(element);
      if (whole.length < bestLength && holds(whole)) {
        best = { element };
        bestLength = whole.length;
      }
      continue;
    }
    // Lines of a block of "Label: value<br>" pairs have no element of their own.
    const line = text.replace(/^[\s:：]+/, '');
    if (!holds(line)) continue;
    const part = ownTexts(element).indexOf(text);
    if (part >= 0) {
      best = { element, part };
      bestLength = text.length;
    }
  }
  return best ? hintFor(best.element, best.part) : undefined;
}

/** The labels each field goes by on pages the generic reader knows: a label among them is surely this field's. */
const KNOWN_LABELS: Record<TaughtField, readonly RegExp[]> = {
  provider: [],
  startDate: START_DATE_LABELS,
  endDate: END_DATE_LABELS,
  certificateCode: CODE_LABELS,
  credits: [...CREDIT_LABELS, ...TOTAL_CREDIT_LABELS].map(([label]) => label),
  hours: [...HOURS_LABELS, ...HOURS_COUNT_LABELS],
};

/** Whether rank `a` comes before `b`, compared item by item (lower first). */
function ranksBefore(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((value, index) => value !== b[index]);
  return i >= 0 && a[i]! < b[i]!;
}

/**
 * The label whose value, where it sits, is the confirmed one; dates may be one end of a range. Of several, the one
 * whose value says least besides: "Certificate Number" beside the code itself, not the "Certificate" tab whose
 * panel happens to hold it among other things.
 */
function ruleByLabel(reader: DomPageReader, field: TaughtField, value: FieldValue, order: DayMonthOrder, taken: ReadonlySet<string>, exclude: ReadonlySet<string>): FieldRule | undefined {
  const labels = labelsNear(reader, textHolds(field, value, order), exclude);
  const ends: Array<RangeEnd | undefined> = field === 'startDate' || field === 'endDate' ? [undefined, field === 'startDate' ? 'start' : 'end'] : [undefined];
  for (const rangeEnd of ends) {
    let best: { rule: FieldRule; rank: number[] } | undefined;
    for (const label of labels) {
      for (const placed of reader.placedValues(labelPattern(label))) {
        if (!sameFieldValue(field, fieldValueIn(field, placed.value, order, rangeEnd), value)) continue;
        // A range's start read as its only date is right only when the range has one date.
        if (rangeEnd === undefined && field === 'startDate' && fieldValueIn('endDate', placed.value, order, 'end') !== value) continue;
        // Best: a label that names this field in any language the readers know, one no other field took, the tightest value.
        const rank = [KNOWN_LABELS[field].some((known) => known.test(label)) ? 0 : 1, taken.has(label) ? 1 : 0, placed.value.length];
        if (!best || ranksBefore(rank, best.rank)) best = { rule: { label, place: placed.place, ...(rangeEnd ? { rangeEnd } : {}) }, rank };
      }
    }
    if (best) return best.rule;
  }
  return undefined;
}

/** Past this length the text after a label is a sentence the value sits in, where its own words find it better. */
const SENTENCE = 80;

function learnField(reader: DomPageReader, field: TaughtField, value: FieldValue, order: DayMonthOrder, taken: ReadonlySet<string>, exclude: ReadonlySet<string>): FieldRule | undefined {
  let byLabel = ruleByLabel(reader, field, value, order, taken, exclude);
  const inSentence = byLabel?.label ? reader.placedValues(labelPattern(byLabel.label)).some((p) => p.place === byLabel!.place && p.value.length > SENTENCE) : true;
  const anchor = field !== 'provider' && inSentence ? anchorFor(reader, field, value, order) : undefined;
  if (anchor) byLabel = undefined;
  // A range's end is read from the range wherever the value is found: under its label, or where the hint points.
  const rangeEnd = byLabel?.rangeEnd ?? (field === 'endDate' && !hintHolding(reader, field, value, order) ? 'end' : undefined);
  const hint = hintHolding(reader, field, value, order, rangeEnd);
  if (!byLabel && !hint && !anchor) return undefined;
  return { ...byLabel, ...(rangeEnd && !byLabel ? { rangeEnd } : {}), ...(anchor ? { anchor } : {}), ...(hint ? { hint } : {}) };
}

function learnTitle(doc: Document, reader: DomPageReader, title: string): TitleRule | undefined {
  const wanted = normalizeSpace(title).toLowerCase();
  const heading = Array.from(doc.querySelectorAll(HEADINGS))
    .slice(0, MAX_HEADINGS)
    .find((h) => {
      const text = reader.textOf(h).toLowerCase();
      return text === wanted || (text.includes(wanted) && wanted.length * 2 >= text.length);
    });
  if (heading) {
    const hint = hintFor(heading);
    return { level: Number(heading.tagName.slice(1)), ...(hint ? { hint } : {}) };
  }
  // Both, when both are found: the reader tries the hint first, since a title's label is often its kind ("Digital
  // Course"), which differs from page to page.
  const hint = hintHolding(reader, 'title', title, 'mdy');
  const labels = labelsNear(reader, (text) => text.toLowerCase().includes(wanted), new Set([wanted]));
  for (const label of labels) {
    const placed = reader.placedValues(labelPattern(label)).find((p) => sameFieldValue('title', p.value, title));
    if (placed) return { label, place: placed.place, ...(hint ? { hint } : {}) };
  }
  return hint ? { hint } : undefined;
}

/** The short texts on the page that say it is completed ("Completed", "Status: Complete", "Terminé"). */
function completionWords(reader: DomPageReader): string[] {
  const words = new Set<string>();
  for (const text of reader.shortTexts(MAX_STATUS)) {
    const status = text.replace(/^(?:status|statut|estado|stato)\s*[:：]\s*/i, '');
    if (COMPLETED_STATUS.test(status)) words.add(status.replace(/[!！.]$/, ''));
  }
  return [...words].slice(0, RECIPE_LIMITS.words);
}

function learnCertificateLink(doc: Document, url: URL): CertificateLinkRule | undefined {
  const target = certificatePdfUrl(doc, url);
  if (!target) return undefined;
  const link = Array.from(doc.querySelectorAll('a[href]')).find((a) => {
    try {
      return new URL(a.getAttribute('href') ?? '', url).href === target.href;
    } catch {
      return false;
    }
  });
  const text = link ? visibleText(link).slice(0, RECIPE_LIMITS.text) : '';
  const hint = link ? hintFor(link) : undefined;
  // The file's own name differs from certificate to certificate ("ENCOR-2026.pdf"), whatever words it has.
  const shape = urlShape(target).replace(/\/[^/?#]*(\.[a-z0-9]{1,5})(?=[?#]|$)/i, '/*$1');
  return { shape, ...(text ? { text } : {}), ...(hint ? { hint } : {}) };
}

const DATE_FIELDS: ReadonlySet<TaughtField> = new Set(['startDate', 'endDate']);
const DAY_MONTH_ORDERS: readonly DayMonthOrder[] = ['mdy', 'dmy', 'ymd'];

function datesShown(confirmed: ConfirmedValues): boolean {
  return confirmed.startDate !== undefined || confirmed.endDate !== undefined;
}

/** Whether every date the user confirmed is found beside some label or in some text, read in `order`. */
function datesFoundIn(reader: DomPageReader, confirmed: ConfirmedValues, order: DayMonthOrder, exclude: ReadonlySet<string>): boolean {
  return [...DATE_FIELDS].every((field) => {
    const value = confirmed[field as 'startDate' | 'endDate'];
    return value === undefined || labelsNear(reader, textHolds(field, value, order), exclude).length > 0;
  });
}

function otherOrderFindingDates(reader: DomPageReader, confirmed: ConfirmedValues, order: DayMonthOrder, exclude: ReadonlySet<string>): DayMonthOrder | undefined {
  return DAY_MONTH_ORDERS.find((other) => other !== order && datesFoundIn(reader, confirmed, other, exclude));
}

/** The earlier list's items, then the new ones; past `max`, the oldest go. */
function union(earlier: readonly string[], added: readonly string[], max: number): string[] {
  return [...new Set([...earlier, ...added])].slice(-max);
}

/**
 * The recipe for this page's site, learned from what the user confirmed on it; `previous` (the site's recipe, when it
 * was taught before) keeps what this page did not show, and its address shapes and words are kept beside this page's.
 */
export function learnRecipe(doc: Document, href: string, confirmed: ConfirmedValues, now: string, previous?: SiteRecipe): SiteRecipe {
  const url = new URL(href);
  const reader = readPageWithPlaces(doc);
  const languageOrder = orderForLanguage(doc.documentElement?.getAttribute('lang'));
  const order = inferDayMonthOrder(reader.shortTexts(MAX_LABEL), languageOrder);
  const exclude = new Set([normalizeSpace(confirmed.title).toLowerCase()]);
  // A date the user corrected may be one the page writes the other way round (03/04/2026 as 3 April on an English page).
  const dateOrder = datesFoundIn(reader, confirmed, order, exclude) ? order : otherOrderFindingDates(reader, confirmed, order, exclude) ?? order;
  const fields: SiteRecipe['fields'] = { ...previous?.fields };
  let providerName = previous?.providerName;
  const taken = new Set<string>();
  for (const field of TAUGHT_FIELDS) {
    const value = confirmed[field];
    if (value === undefined || value === '') continue;
    const rule = learnField(reader, field, value, DATE_FIELDS.has(field) ? dateOrder : order, taken, exclude);
    if (rule?.label) taken.add(rule.label);
    // A value this page does not show keeps the rule an earlier page taught (the user typed it from elsewhere).
    if (rule) fields[field] = rule;
    else if (field === 'provider') providerName = String(value).slice(0, RECIPE_LIMITS.text);
    if (rule && field === 'provider') providerName = undefined;
  }
  const title = learnTitle(doc, reader, confirmed.title) ?? previous?.title;
  const certificateLink = learnCertificateLink(doc, url) ?? previous?.certificateLink;
  const recipe: SiteRecipe = {
    origin: `${url.protocol}//${url.host}`,
    urlShapes: union(previous?.urlShapes ?? [], [urlShape(url)], RECIPE_LIMITS.shapes),
    completionWords: union(previous?.completionWords ?? [], completionWords(reader), RECIPE_LIMITS.words),
    fields,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    pagesCaptured: previous?.pagesCaptured ?? 0,
  };
  if (title) recipe.title = title;
  if (providerName) recipe.providerName = providerName;
  const unit = confirmed.creditUnit ?? previous?.creditUnit;
  if (unit) recipe.creditUnit = unit;
  const program = confirmed.program ?? previous?.program;
  if (program) recipe.program = program;
  if (certificateLink) recipe.certificateLink = certificateLink;
  const language = pageLanguage(doc.documentElement?.getAttribute('lang')) ?? previous?.language;
  if (language) recipe.language = language;
  // The order this page showed, where it differs from its language's; a page that showed nothing keeps the old one.
  const shown = dateOrder !== languageOrder ? dateOrder : datesShown(confirmed) ? undefined : previous?.dateOrder;
  if (shown) recipe.dateOrder = shown;
  if (previous?.lastUsedAt) recipe.lastUsedAt = previous.lastUsedAt;
  return recipe;
}
