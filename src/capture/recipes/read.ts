/**
 * Reading a page of a taught site with its recipe. A page whose address has none of the recipe's shapes is not the
 * recipe's business; one that says it is unfinished is no capture; otherwise each field is looked for by its label
 * where it sat (then anywhere beside that label), then by its hint, and read with the field's own parser. A page that
 * shows a completion but where the recipe finds too little is a miss: the recipe has stopped matching the site.
 * Pure: (document, url, recipe) -> reading.
 */
import { orderForLanguage, type DayMonthOrder } from '../../domain/dates';
import { inferDayMonthOrder } from '../../domain/date-order';
import type { Capture, CaptureField } from '../../domain/schema';
import { TAUGHT_ADAPTER_ID, TAUGHT_FIELDS, pageLanguage, type CertificateLinkRule, type FieldRule, type SiteRecipe, type TaughtField, type TitleRule } from '../../domain/site-recipe';
import { fitsAnyShape, fitsShape } from '../../domain/url-shape';
import { certificatePdfUrl } from '../certificate-link';
import { normalizeSpace, visibleText } from '../dom';
import { readPageWithPlaces, type DomPageReader } from './placed-reader';
import { COMPLETED_STATUS, IN_PROGRESS_STATUS } from '../generic/labels';
import { usableTitle } from '../generic/title';
import { elementOf, textOf } from './css-hint';
import { fieldValueIn, type FieldValue } from './field-values';
import { labelPattern } from './label-pattern';
import { valueAfterAnchor } from './sentence-anchor';

const MAX_STATUS = 40;
const MAX_URL_LENGTH = 2048;
const TRAILING_STATUS = /\s*[✓✔]?\s*(?:completed?|passed|attended|abgeschlossen|bestanden|terminée?|completad[oa]|completato|concluído|完了|修了)\s*$/iu;

export type RecipeReading =
  /** The address is not one of the recipe's pages. */
  | { kind: 'elsewhere' }
  /** The page says it is not done (in progress, enrolled, waitlisted), or shows no completion and too little. */
  | { kind: 'unfinished' }
  /** The page shows a completion, but the recipe found neither its date nor its code: the site has changed. */
  | { kind: 'missed'; found: Array<'title' | TaughtField> }
  | { kind: 'read'; capture: Capture };

function valueByRule(doc: Document, reader: DomPageReader, field: TaughtField, rule: FieldRule, order: DayMonthOrder, hintsStandIn: boolean): FieldValue | undefined {
  if (rule.label) {
    const placed = reader.placedValues(labelPattern(rule.label));
    const ordered = [...placed.filter((p) => p.place === rule.place), ...placed.filter((p) => p.place !== rule.place)];
    for (const { value } of ordered) {
      const read = fieldValueIn(field, value, order, rule.rangeEnd);
      if (read !== undefined) return read;
    }
  }
  const anchored = rule.anchor ? valueAfterAnchor(reader, field, rule.anchor, order, rule.rangeEnd) : undefined;
  if (anchored !== undefined) return anchored;
  if (rule.label && !hintsStandIn) return undefined;
  const hinted = textOf(doc, rule.hint, visibleText);
  return hinted ? fieldValueIn(field, hinted.replace(/^[\s:：]+/, ''), order, rule.rangeEnd) : undefined;
}

function readTitle(doc: Document, reader: DomPageReader, rule: TitleRule | undefined): string | undefined {
  if (!rule) return undefined;
  const candidates: string[] = [];
  const hinted = textOf(doc, rule.hint, visibleText);
  if (hinted) candidates.push(hinted);
  if (rule.label) candidates.push(...reader.placedValues(labelPattern(rule.label)).map((p) => p.value));
  if (rule.level) {
    const outside = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]';
    candidates.push(...Array.from(doc.querySelectorAll(`h${rule.level}`)).filter((h) => !h.closest(outside)).map((h) => visibleText(h)));
  }
  for (const candidate of candidates) {
    const title = usableTitle(normalizeSpace(candidate).replace(TRAILING_STATUS, ''));
    if (title) return title;
  }
  return undefined;
}

function linkHref(doc: Document, url: URL, element: Element | undefined): URL | undefined {
  const href = element?.getAttribute('href');
  if (!href) return undefined;
  try {
    const target = new URL(href, url);
    return target.origin === url.origin ? target : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The certificate's address on this page: the link that says what the taught one said, else one whose address has the
 * taught one's shape, else the hinted link, else what the generic finder picks. Only the page's own site qualifies.
 */
export function certificateLinkWithRecipe(doc: Document, url: URL, rule: CertificateLinkRule | undefined): URL | undefined {
  if (rule) {
    const links = Array.from(doc.querySelectorAll('a[href]'));
    const byText = rule.text ? links.find((a) => visibleText(a).toLowerCase() === rule.text!.toLowerCase()) : undefined;
    const byShape = rule.shape ? links.find((a) => { const target = linkHref(doc, url, a); return target !== undefined && fitsShape(target, rule.shape!); }) : undefined;
    const found = linkHref(doc, url, byText) ?? linkHref(doc, url, byShape) ?? linkHref(doc, url, elementOf(doc, rule.hint));
    if (found) return found;
  }
  return certificatePdfUrl(doc, url);
}

function sourceUrlOf(url: URL): string {
  const href = `${url.origin}${url.pathname}${url.search}${url.hash.startsWith('#/') ? url.hash : ''}`;
  return href.length <= MAX_URL_LENGTH ? href : `${url.origin}${url.pathname}`.slice(0, MAX_URL_LENGTH);
}

/** A status saying the activity was not passed: as unfinished as one in progress. */
const FAILED_STATUS = /^(?:failed|not\s+passed|did\s+not\s+pass|nicht\s+bestanden|durchgefallen|échoué|non\s+réussi|no\s+aprobado|suspendido|reprobado|non\s+superato|bocciato|reprovado|não\s+aprovado|niet\s+geslaagd|不合格)$/iu;

/** `today` (YYYY-MM-DD): a page whose completion date is later is a course still to come, whatever else it shows. */
export function readWithRecipe(doc: Document, href: string, recipe: SiteRecipe, today?: string): RecipeReading {
  const url = new URL(href);
  if (!fitsAnyShape(url, recipe.urlShapes)) return { kind: 'elsewhere' };
  const reader = readPageWithPlaces(doc);
  const statuses = reader.shortTexts(MAX_STATUS).map((text) => text.replace(/^(?:status|statut|estado|stato)\s*[:：]\s*/i, ''));
  if (statuses.some((text) => IN_PROGRESS_STATUS.test(text) || FAILED_STATUS.test(text))) return { kind: 'unfinished' };
  const taughtWords = new Set(recipe.completionWords.map((word) => word.toLowerCase()));
  const showsCompletion = statuses.some((text) => taughtWords.has(text.replace(/[!！.]$/, '').toLowerCase()) || COMPLETED_STATUS.test(text));
  const lang = doc.documentElement?.getAttribute('lang');
  const taughtLanguage = recipe.language !== undefined && pageLanguage(lang) === recipe.language;
  // The taught page said it was completed: a page in its language that says nothing of the kind is not (a registration).
  // In another language the site's words for it are unknown.
  if (taughtLanguage && taughtWords.size > 0 && !showsCompletion) return { kind: 'unfinished' };

  // The page's own unambiguous dates say how it writes them; else how the taught page did; else its language.
  const order = inferDayMonthOrder(reader.shortTexts(MAX_STATUS), recipe.dateOrder ?? orderForLanguage(lang));
  // In the taught language a missing label means a missing field; in another, the hint stands in for the label.
  const hintsStandIn = !taughtLanguage;
  const values: Partial<Record<TaughtField, FieldValue>> = {};
  for (const field of TAUGHT_FIELDS) {
    const rule = recipe.fields[field];
    const value = rule ? valueByRule(doc, reader, field, rule, order, hintsStandIn) : undefined;
    if (value !== undefined) values[field] = value;
  }
  const title = readTitle(doc, reader, recipe.title);
  const found = [...(title ? (['title'] as const) : []), ...TAUGHT_FIELDS.filter((field) => values[field] !== undefined)];
  // The date or the code is what shows this page is a completion like the taught one; a recipe taught neither needs the words.
  const keyTaught = recipe.fields.endDate !== undefined || recipe.fields.certificateCode !== undefined;
  const keyFound = values.endDate !== undefined || values.certificateCode !== undefined;
  if (!title || (keyTaught ? !keyFound : !showsCompletion)) return showsCompletion ? { kind: 'missed', found } : { kind: 'unfinished' };
  if (today !== undefined && typeof values.endDate === 'string' && values.endDate > today) return { kind: 'unfinished' };

  const capture: Capture = {
    adapterId: TAUGHT_ADAPTER_ID,
    title,
    sourceUrl: sourceUrlOf(url),
    confidence: showsCompletion ? 0.85 : 0.7,
    found: found.filter((field): field is CaptureField => field !== 'provider'),
  };
  const provider = (values.provider as string | undefined) ?? recipe.providerName;
  if (provider) capture.provider = provider;
  if (values.startDate !== undefined) capture.startDate = values.startDate as string;
  if (values.endDate !== undefined) capture.endDate = values.endDate as string;
  if (values.certificateCode !== undefined) capture.certificateCode = values.certificateCode as string;
  if (values.credits !== undefined) {
    capture.credits = values.credits as number;
    if (recipe.creditUnit) capture.creditUnit = recipe.creditUnit;
  }
  if (values.hours !== undefined) capture.hours = values.hours as number;
  if (recipe.program) capture.program = recipe.program;
  return { kind: 'read', capture };
}
