/**
 * Pieces every site adapter needs: failure containment, canonical item URLs, titles, credits, codes, and the
 * assembly of a Capture with its `found` list. Label reading itself lives in dom.ts; this module only holds the
 * label lists and value parsers that several sites share.
 */
import type { Adapter } from './adapter';
import type { Capture, CaptureField, CreditUnit, Program } from '../domain/schema';
import { parseDate } from '../domain/dates';
import { metaContent, normalizeSpace, readPage, visibleText } from './dom';
import type { PageReader } from './page-reader';

const MAX_TITLE_LENGTH = 500;
const MAX_CODE_LENGTH = 64;
const MAX_CREDITS = 1000;

export const CE_CREDIT_LABELS: readonly RegExp[] = [/^(?:continuing education|CE) credits?\b/i, /^credits\b/i];
export const CE_CREDITS_IN_TEXT = /(\d+(?:\.\d+)?)\s*(?:CE|continuing education)\s+credits?\b/i;
export const CERTIFICATE_CODE_LABELS: readonly RegExp[] = [
  /^certificate (?:id|code|number|no)\b\.?/i,
  /^completion (?:id|code|certificate id)\b/i,
  /^credential id\b/i,
  /^(?:validation|verification) code\b/i,
];
const PERCENT_COMPLETE = /\b(\d{1,3}(?:\.\d+)?)\s*%\s*complete\b/i;

/**
 * Adapter failures must not break the page the user is on, but in tests and dev builds (Vite's DEV flag)
 * they are thrown so a bug is never mistaken for "not a completion page".
 */
export function guarded<T>(adapterId: string, work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    if (import.meta.env?.DEV) throw error;
    console.warn(`Recert Companion: ${adapterId} could not read this page`, error);
    return fallback;
  }
}

/** Portals put other items' statuses and credits in their header, sidebar and footer: read the main content. */
export function mainContent(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

/**
 * The item's address without tracking parameters, UI state or hash. `keepParams` names the query parameters
 * that identify the item (a record id in the query string); they are kept, in that order.
 */
export function canonicalUrl(url: URL, keepParams: readonly string[] = []): string {
  const kept = new URLSearchParams();
  for (const name of keepParams) {
    const value = url.searchParams.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}

/** The main heading, else og:title, else the document title, without the site's name appended to it. */
export function readTitle(doc: Document, scope: Element | null, siteSuffix: RegExp): string | undefined {
  const heading = visibleText(scope?.querySelector('h1') ?? doc.querySelector('h1'));
  const fromPage = heading || metaContent(doc, 'og:title') || normalizeSpace(doc.title ?? '');
  return clampTitle(fromPage.replace(siteSuffix, ''));
}

export function clampTitle(text: string): string | undefined {
  const title = normalizeSpace(text);
  return title ? title.slice(0, MAX_TITLE_LENGTH) : undefined;
}

/** The leading number of a value such as "12", "12 credits" or "1.5 CE". */
export function parseCredits(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\b/.exec(value.trim());
  const credits = m ? Number(m[1]) : NaN;
  return Number.isFinite(credits) && credits <= MAX_CREDITS ? credits : undefined;
}

/** Credits from a label ("CE Credits: 12"), else from a phrase ("12 CE credits"). */
export function readCredits(page: PageReader, labels: readonly RegExp[] = CE_CREDIT_LABELS): number | undefined {
  const labelled = page.valueAs(labels, parseCredits);
  if (labelled !== undefined) return labelled;
  const inText = page.mentions('credit') ? page.find(CE_CREDITS_IN_TEXT) : undefined;
  return inText ? parseCredits(inText[1]!) : undefined;
}

/** The code-like token of a value such as "CSCO-U-8F3K2Q Copy": the first token with a digit, else a lone token. */
export function parseCode(value: string): string | undefined {
  const tokens = value.split(/\s+/).map((t) => t.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')).filter((t) => t.length >= 4);
  const code = tokens.find((t) => /\d/.test(t)) ?? (tokens.length === 1 ? tokens[0] : undefined);
  return code && code.length <= MAX_CODE_LENGTH && /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(code) ? code : undefined;
}

/** An unfinished progress figure ("45% complete") or one of the status phrases only an unfinished item shows. */
export function looksInProgress(page: PageReader, phrases: readonly string[]): boolean {
  const percent = page.mentions('%') ? page.find(PERCENT_COMPLETE) : undefined;
  if (percent && Number(percent[1]) < 100) return true;
  return page.hasPhrase(phrases);
}

export interface CaptureParts {
  adapterId: string;
  provider: string;
  program: Program;
  title: string;
  sourceUrl: string;
  startDate?: string | undefined;
  endDate?: string | undefined;
  certificateCode?: string | undefined;
  credits?: number | undefined;
  /** The unit of `credits`, set only when credits were found; defaults to 'CE'. */
  creditUnit?: CreditUnit;
  /** Defaults to 0.9 with credits and 0.6 without: a CE claim needs them, and without them the user looks them up. */
  confidence?: number;
}

/** A Capture with only the fields that were found, listed in `found` in a fixed order. */
export function assembleCapture(parts: CaptureParts): Capture {
  const { startDate, endDate, certificateCode, credits } = parts;
  const found: CaptureField[] = ['title'];
  if (startDate) found.push('startDate');
  if (endDate) found.push('endDate');
  if (certificateCode) found.push('certificateCode');
  if (credits !== undefined) found.push('credits');
  const capture: Capture = {
    adapterId: parts.adapterId,
    title: parts.title,
    provider: parts.provider,
    sourceUrl: parts.sourceUrl,
    program: parts.program,
    confidence: parts.confidence ?? (credits !== undefined ? 0.9 : 0.6),
    found,
  };
  if (startDate) capture.startDate = startDate;
  if (endDate) capture.endDate = endDate;
  if (certificateCode) capture.certificateCode = certificateCode;
  if (credits !== undefined) {
    capture.credits = credits;
    capture.creditUnit = parts.creditUnit ?? 'CE';
  }
  return capture;
}

/** A certificate page whose address carries the certificate's code (Coursera, Udemy, edX, LinkedIn, Credly). */
export interface CertificatePageSpec {
  id: string;
  label: string;
  matches: readonly string[];
  /** The code from the address, or undefined when the address is not a certificate page. */
  codeFromUrl(url: URL): string | undefined;
  /** One cheap look at the page: does it show a completed certificate? */
  shows(doc: Document): boolean;
  extract(doc: Document, url: URL, code: string): Capture[];
}

/** The Adapter for such pages: the address decides first, then one look, and nothing ever throws at the page. */
export function certificatePageAdapter(spec: CertificatePageSpec): Adapter {
  return {
    id: spec.id,
    label: spec.label,
    matches: spec.matches,
    detect(doc, url) {
      if (!spec.codeFromUrl(url)) return false;
      return guarded(spec.id, () => spec.shows(doc), false);
    },
    extract(doc, url) {
      const code = spec.codeFromUrl(url);
      if (!code) return [];
      return guarded(spec.id, () => spec.extract(doc, url, code), []);
    },
  };
}

/** The text of the page's main content, for cheap probes. */
export function mainText(doc: Document): string {
  return mainContent(doc)?.textContent ?? '';
}

/** How a site labels its completion page (Cisco U., Cisco Learning Network, Cisco Digital Learning). */
export interface LabelledCompletionSpec {
  endDateLabels: readonly RegExp[];
  startDateLabels: readonly RegExp[];
  codeLabels: readonly RegExp[];
  inProgressPhrases: readonly string[];
  /** " | Cisco U." and the like, cut from a title taken from the document's title. */
  siteSuffix: RegExp;
  /** Titles that name the site or a page type rather than the item ("Learning Plan Detail"). */
  notATitle?: RegExp;
}

export interface LabelledCompletion {
  title: string;
  startDate?: string;
  endDate: string;
  certificateCode?: string;
  credits?: number;
}

/**
 * A completion page read through its labels, inside the main content. No completion date means no completion,
 * whatever else the page shows; a start date after the end is a misreading and is dropped.
 */
export function readLabelledCompletion(doc: Document, spec: LabelledCompletionSpec): LabelledCompletion | undefined {
  const scope = mainContent(doc);
  const page = readPage(scope);
  // The Cisco sites write numeric dates month first (en_US).
  // A "Completed" badge reads like a bare label; the block after it may be "Started September 2, 2026".
  const endDate = page.valueAs(spec.endDateLabels, (v) => (spec.startDateLabels.some((l) => l.test(v)) ? undefined : parseDate(v, 'mdy')));
  if (!endDate || looksInProgress(page, spec.inProgressPhrases)) return undefined;
  const title = readTitle(doc, scope, spec.siteSuffix);
  if (!title || spec.notATitle?.test(title)) return undefined;
  let startDate = page.valueAs(spec.startDateLabels, (v) => parseDate(v, 'mdy'));
  if (startDate && startDate > endDate) startDate = undefined;
  return { title, startDate, endDate, certificateCode: page.valueAs(spec.codeLabels, parseCode), credits: readCredits(page) };
}
