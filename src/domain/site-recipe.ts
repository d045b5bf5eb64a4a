/**
 * What the extension remembers of a learning site the user taught it (issue 17): how to find each field again on the
 * site's other completion pages. Not a selector: a field is found by the label a person reads beside it and where
 * the value sits relative to that label; a CSS path is only a hint for when the label is not there (the same page in
 * another language). Pure data and pure helpers: the zod schema that checks a stored or imported recipe is in
 * schema.ts, the reading and learning on a document in capture/recipes/.
 */
import type { CREDIT_UNITS, PROGRAMS } from './vocabulary';

/** The fields a recipe can find on a page; the title has its own rule (a heading). */
export const TAUGHT_FIELDS = ['provider', 'startDate', 'endDate', 'certificateCode', 'credits', 'hours'] as const;
export type TaughtField = (typeof TAUGHT_FIELDS)[number];

/**
 * Where a value sits relative to its label, as the page reader finds it: the rest of the label's own text
 * ("Completed on: 3 March 2026"), the label's cell's pair (dt/dd, th/td), the text after it, or the text before it
 * (a stat tile printing "12" over "CE credits").
 */
export const VALUE_PLACES = ['inline', 'cell', 'after', 'before'] as const;
export type ValuePlace = (typeof VALUE_PLACES)[number];

/** Which date of a value holding a range ("2–6 March 2026") the field is. */
export type RangeEnd = 'start' | 'end';

/**
 * A CSS path to an element, built from the names a site keeps across its pages and languages (tags, ids and
 * classes without digits, data-* names), and which of the elements it selects: a hint, tried after the label.
 */
export interface CssHint {
  path: string;
  nth: number;
  /** The value is one of the element's own lines ("<b>Date:</b> 3 March 2026<br>"): the index of that text among its text children. */
  part?: number;
}

export interface FieldRule {
  /** The label's text as the page showed it, without its colon ("Completion Date"). */
  label?: string;
  place?: ValuePlace;
  /** The value is one end of a range shown under one label. */
  rangeEnd?: RangeEnd;
  /** The words just before the value in a sentence ("completed it on"), when no label stands beside it. */
  anchor?: string;
  hint?: CssHint;
}

export interface TitleRule {
  /** 1–6 when the title was a heading. */
  level?: number;
  label?: string;
  place?: ValuePlace;
  hint?: CssHint;
}

export interface CertificateLinkRule {
  /** What the link says ("Download certificate"). */
  text?: string;
  /** The link's address with its ids as `*` (/learn/certificates/*.pdf), relative to the site. */
  shape?: string;
  hint?: CssHint;
}

/** Set when a page of the recipe's shape showed a completion but the recipe found too little on it. */
export interface RecipeMiss {
  at: string;
  url: string;
  /** The popup said so; it says so once per miss. */
  told: boolean;
}

export interface SiteRecipe {
  /** The site: scheme, host and port ("https://acme.csod.com"). One recipe per site. */
  origin: string;
  /** The addresses of its completion pages, ids as `*` (path, kept query keys and a hash route). */
  urlShapes: string[];
  /** Short texts that mark a completed page there ("Completed", "Status: Complete"). */
  completionWords: string[];
  title?: TitleRule;
  fields: Partial<Record<TaughtField, FieldRule>>;
  /** The provider the user confirmed when the page names none: the same for every page of the site. */
  providerName?: string;
  /** The credit unit the user confirmed (CE, CPE, …), for credits the page shows as a bare number. */
  creditUnit?: (typeof CREDIT_UNITS)[number];
  /**
   * The taught page's language (its <html lang>, primary subtag). A field's hint stands in for its label only on a
   * page in another language: in the same language, a label that is not there means the field is not there.
   */
  language?: string;
  /**
   * How the site writes all-numeric dates, when the taught page showed it and its language would say otherwise
   * (an English-language system printing 17/03/2026): a page's own dates still win where they show theirs.
   */
  dateOrder?: 'mdy' | 'dmy' | 'ymd';
  /** The program the user's records from this site count toward. */
  program?: (typeof PROGRAMS)[number];
  certificateLink?: CertificateLinkRule;
  createdAt: string;
  updatedAt: string;
  lastUsedAt?: string;
  pagesCaptured: number;
  miss?: RecipeMiss;
}

/** The adapter id of captures read with a recipe (records keep it: "captured on a taught site"). */
export const TAUGHT_ADAPTER_ID = 'taught';

/** Bounds on what a recipe keeps: a page cannot make one grow without end. */
export const RECIPE_LIMITS = { shapes: 8, words: 8, text: 120, hint: 300 } as const;

/** The primary language subtag of a document's <html lang> ("de" of "de-AT"), or undefined. */
export function pageLanguage(lang: string | null | undefined): string | undefined {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/**
 * The match pattern a taught site's content script and host permission use: the whole site, any path. Match patterns
 * name no port (one without a port matches any), so a site on another port is asked for by its host.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The origin of an http(s) address, or undefined for anything else (file:, an extension page, about:blank). */
export function siteOrigin(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? `${url.protocol}//${url.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** The host a person recognises, for the dashboard and the offer ("acme.csod.com"). */
export function recipeHost(recipe: Pick<SiteRecipe, 'origin'>): string {
  return new URL(recipe.origin).host;
}

/** The fields a recipe was taught, in the order a form shows them. */
export function taughtFieldNames(recipe: SiteRecipe): Array<'title' | TaughtField> {
  return [...(recipe.title ? (['title'] as const) : []), ...TAUGHT_FIELDS.filter((field) => recipe.fields[field] !== undefined)];
}

/** Whether any of the match patterns serves the origin's host, on any path (a site read in part is read). */
export function hostServedBy(origin: string, patterns: readonly string[]): boolean {
  const { hostname } = new URL(origin);
  return patterns.some((pattern) => {
    const host = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1];
    return host !== undefined && (host === hostname || (host.startsWith('*.') && hostname.endsWith(host.slice(1))));
  });
}
