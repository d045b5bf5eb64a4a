/**
 * Cisco U. (u.cisco.com): learning paths, courses and tutorials. A completion page shows the item's title,
 * a completion date ("Completed on March 14, 2026", "Completion date: 14 Mar 2026"), usually CE credits and
 * sometimes a certificate or completion ID. Everything is read from visible labels, never from the portal's
 * generated class names, which change with every deploy.
 */
import type { Adapter } from '../adapter';
import type { Capture, CaptureField } from '../../domain/schema';
import { parseDate } from '../../domain/dates';
import { metaContent, normalizeSpace, readPage, visibleText, type PageReader } from '../dom';

const ADAPTER_ID = 'cisco-u';
const PROVIDER = 'Cisco U.';
const HOST = 'u.cisco.com';

/** /paths/<slug>/<n>, /path/<n>, /courses/<slug>/<n>, /course/<n>, and the same shapes for tutorials. */
const ITEM_PATH = /^\/(?:paths?|courses?|tutorials?)\/(?:[^/]+\/)?\d+(?:\/|$)/i;
/** Cheap text probe for detect(): a completion label somewhere in the main content. */
const COMPLETION_PROBE = /\b(?:completed on|completion date|date completed)\b/i;

// Labels are tried in order, most specific first; each must lead its text (see dom.ts).
const END_DATE_LABELS = [/^completed on\b/i, /^completion date\b/i, /^date completed\b/i, /^completed\b/i];
const START_DATE_LABELS = [/^started on\b/i, /^started\b/i, /^enrolled on\b/i, /^enrolled\b/i, /^start date\b/i, /^date started\b/i, /^enrollment date\b/i];
const CREDIT_LABELS = [/^(?:continuing education|CE) credits?\b/i, /^credits\b/i];
const CREDITS_IN_TEXT = /(\d+(?:\.\d+)?)\s*(?:CE|continuing education)\s+credits?\b/i;
const CODE_LABELS = [
  /^certificate (?:id|code|number|no)\b\.?/i,
  /^completion (?:id|code|certificate id)\b/i,
  /^credential id\b/i,
  /^(?:validation|verification) code\b/i,
];
/** Status phrases and buttons that only an unfinished item shows. */
const IN_PROGRESS_PHRASES = ['In progress', 'Resume', 'Resume path', 'Resume course', 'Resume tutorial', 'Not started'];
const PERCENT_COMPLETE = /\b(\d{1,3}(?:\.\d+)?)\s*%\s*complete\b/i;
const SITE_SUFFIX = /\s*[|\-–—:]\s*Cisco U\.?\s*$/i;

const MAX_TITLE_LENGTH = 500;
const MAX_CODE_LENGTH = 64;
const MAX_CREDITS = 1000;

function isItemUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname.toLowerCase() === HOST && ITEM_PATH.test(url.pathname);
}

/** The portal's header, sidebar and footer carry other items' statuses and credits: read the main content. */
function mainContent(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? doc.documentElement;
}

/**
 * Adapter failures must not break the page the user is on, but in tests and dev builds (Vite's DEV flag)
 * they are thrown so a bug is never mistaken for "not a completion page".
 */
function guarded<T>(work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    if (import.meta.env?.DEV) throw error;
    console.warn(`Recert Companion: the ${ADAPTER_ID} adapter could not read this page`, error);
    return fallback;
  }
}

/** Item URL without query (tracking, UI state) or hash: the path alone identifies the item. */
function canonicalUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function readTitle(doc: Document, scope: Element | null): string | undefined {
  const heading = visibleText(scope?.querySelector('h1') ?? doc.querySelector('h1'));
  const fromPage = heading || metaContent(doc, 'og:title') || normalizeSpace(doc.title ?? '');
  const title = fromPage.replace(SITE_SUFFIX, '').trim();
  return title ? title.slice(0, MAX_TITLE_LENGTH) : undefined;
}

function parseCredits(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\b/.exec(value.trim());
  const credits = m ? Number(m[1]) : NaN;
  return Number.isFinite(credits) && credits <= MAX_CREDITS ? credits : undefined;
}

function readCredits(page: PageReader): number | undefined {
  const labelled = page.valueAs(CREDIT_LABELS, parseCredits);
  if (labelled !== undefined) return labelled;
  const inText = page.find(CREDITS_IN_TEXT);
  return inText ? parseCredits(inText[1]!) : undefined;
}

/** The code-like token of a value such as "CSCO-U-8F3K2Q Copy": the first token with a digit, else a lone token. */
function parseCode(value: string): string | undefined {
  const tokens = value.split(/\s+/).map((t) => t.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')).filter((t) => t.length >= 4);
  const code = tokens.find((t) => /\d/.test(t)) ?? (tokens.length === 1 ? tokens[0] : undefined);
  return code && code.length <= MAX_CODE_LENGTH && /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(code) ? code : undefined;
}

function looksInProgress(page: PageReader): boolean {
  const percent = page.find(PERCENT_COMPLETE);
  if (percent && Number(percent[1]) < 100) return true;
  return page.hasPhrase(IN_PROGRESS_PHRASES);
}

function extractCompletion(doc: Document, url: URL): Capture[] {
  const scope = mainContent(doc);
  const page = readPage(scope);
  const endDate = page.valueAs(END_DATE_LABELS, (v) => parseDate(v, 'mdy'));
  // No completion date means no completion, whatever else the page shows.
  if (!endDate || looksInProgress(page)) return [];
  const title = readTitle(doc, scope);
  if (!title) return [];

  let startDate = page.valueAs(START_DATE_LABELS, (v) => parseDate(v, 'mdy'));
  if (startDate && startDate > endDate) startDate = undefined; // misread: a start cannot follow the end
  const credits = readCredits(page);
  const certificateCode = page.valueAs(CODE_LABELS, parseCode);

  const found: CaptureField[] = ['title'];
  if (startDate) found.push('startDate');
  found.push('endDate');
  if (certificateCode) found.push('certificateCode');
  if (credits !== undefined) found.push('credits');

  const capture: Capture = {
    adapterId: ADAPTER_ID,
    title,
    provider: PROVIDER,
    sourceUrl: canonicalUrl(url),
    endDate,
    program: 'cisco',
    creditUnit: 'CE',
    // Title, completion date and credits are what a CE claim needs; without credits the user must look them up.
    confidence: credits !== undefined ? 0.9 : 0.6,
    found,
  };
  if (startDate) capture.startDate = startDate;
  if (credits !== undefined) capture.credits = credits;
  if (certificateCode) capture.certificateCode = certificateCode;
  return [capture];
}

const ciscoU: Adapter = {
  id: ADAPTER_ID,
  label: PROVIDER,
  matches: ['https://u.cisco.com/*'],
  detect(doc, url) {
    if (!isItemUrl(url)) return false;
    return guarded(() => {
      const scope = mainContent(doc);
      if (!scope) return false;
      return COMPLETION_PROBE.test(scope.textContent ?? '') || scope.querySelector('[aria-label*="completed" i]') !== null;
    }, false);
  },
  extract(doc, url) {
    if (!isItemUrl(url)) return [];
    return guarded(() => extractCompletion(doc, url), []);
  },
};

export default ciscoU;
