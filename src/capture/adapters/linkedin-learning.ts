/**
 * LinkedIn Learning (www.linkedin.com/learning): certificates of completion at /learning/certificates/<64 hex>.
 * The page shows the course title (linked to /learning/<slug>), "Course completed on Mar 14, 2026 at 10:22AM UTC",
 * the course duration ("1h 32m") and, for approved courses, continuing-education units with the accrediting
 * body's activity and provider ids: "PMI PDUs/Contact Hours 1.25", "NASBA CPE credits 1.8".
 *
 * Provider is always "LinkedIn Learning". The certificate id in the URL is the certificate code. When both PMI PDUs
 * and NASBA CPE are listed, PDUs win: they name a program (pmi), CPE could belong to several. A page without a
 * completion date is not captured: the course page promises a "Certificate of completion" too. The "Congratulations,
 * <learner>" greeting is never read.
 */
import type { Capture, CaptureField, CreditUnit, Program } from '../../domain/schema';
import { parseDate } from '../../domain/dates';
import { metaContent, readPage, visibleText } from '../dom';
import type { PageReader } from '../page-reader';
import { CERTIFICATE_CODE_LABELS, canonicalUrl, certificatePageAdapter, clampTitle, mainContent, mainText, parseCode } from '../adapter-helpers';

const ADAPTER_ID = 'linkedin-learning';
const PROVIDER = 'LinkedIn Learning';
const HOST = 'www.linkedin.com';

const CERTIFICATE_PATH = /^\/learning\/certificates\/([0-9a-f]{64})\/?$/i;
/** Read from textContent, where a label runs into its value ("Completion date11/3/2025"): no trailing \b. */
const COMPLETION_PROBE = /\bcompleted on|\bcompletion date/i;
const END_DATE_LABELS = [/^course completed on\b/i, /^completed on\b/i, /^completion date\b/i, /^date completed\b/i];
const DURATION_LABELS = [/^duration\b/i, /^course length\b/i, /^length\b/i];
/** "1h 32m", "1 hr 32 min", "2 hours 5 minutes", "45m": a phrase that is only a duration, optionally after "Course ·". */
const DURATION =
  /^(?:course\s*[·•]\s*)?(?:(\d+)\s*(?:h|hrs?|hours?)\b\.?)?\s*(?:(\d+)\s*(?:m|mins?|minutes?)\b\.?)?\s*(?:\d+\s*s(?:ec(?:onds?)?)?)?$/i;
const COURSE_HEADING_LINK = 'h1 a[href^="/learning/"], h2 a[href^="/learning/"], h3 a[href^="/learning/"]';
const GENERIC_HEADING = /^(?:certificate of completion|congratulations\b.*)$/i;
const OG_TITLE = /^(?:certificate of completion(?:\s+for|:)?\s+)?(.+?)(?:\s*[|\-–—]\s*LinkedIn(?: Learning)?.*)?$/i;

const NUMBER = /(\d+(?:\.\d+)?)/;
interface CreditRule {
  labels: RegExp[];
  inText: RegExp;
  unit: CreditUnit;
  program?: Program;
}
const CREDIT_RULES: readonly CreditRule[] = [
  { labels: [/^(?:total\s+)?(?:PMI\s+)?PDUs?(?:\s*\/\s*contact hours)?\b/i], inText: /(\d+(?:\.\d+)?)\s*PMI\s+PDUs?\b|\bPMI\s+PDUs?:?\s*(\d+(?:\.\d+)?)/i, unit: 'PDU', program: 'pmi' },
  { labels: [/^(?:NASBA\s+)?CPE credits?\b/i], inText: /(\d+(?:\.\d+)?)\s*(?:NASBA\s+)?CPE credits?\b|\bCPE credits?:?\s*(\d+(?:\.\d+)?)/i, unit: 'CPE' },
];

const MAX_CREDITS = 1000;
const MAX_HOURS = 10_000;

function certificateCode(url: URL): string | undefined {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return undefined;
  return CERTIFICATE_PATH.exec(url.pathname)?.[1]?.toLowerCase();
}

function readTitle(doc: Document, scope: Element | null): string | undefined {
  const linked = visibleText(scope?.querySelector(COURSE_HEADING_LINK));
  const h1 = visibleText(scope?.querySelector('h1'));
  const heading = h1 && !GENERIC_HEADING.test(h1) ? h1 : '';
  const og = OG_TITLE.exec(metaContent(doc, 'og:title') ?? '')?.[1] ?? '';
  return clampTitle(linked || heading || (GENERIC_HEADING.test(og) ? '' : og));
}

function parseDuration(value: string): number | undefined {
  const m = DURATION.exec(value.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const hours = Math.round((Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60) * 100) / 100;
  return hours > 0 && hours <= MAX_HOURS ? hours : undefined;
}

function readHours(page: PageReader): number | undefined {
  const labelled = page.valueAs(DURATION_LABELS, parseDuration);
  if (labelled !== undefined) return labelled;
  const phrase = page.find(/^(?:course\s*[·•]\s*)?\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?)\b.*$/i);
  return phrase ? parseDuration(phrase[0]) : undefined;
}

function parseCredits(value: string): number | undefined {
  const m = NUMBER.exec(value);
  const credits = m ? Number(m[1]) : NaN;
  return Number.isFinite(credits) && credits > 0 && credits <= MAX_CREDITS ? credits : undefined;
}

function readCredits(page: PageReader): { credits: number; rule: CreditRule } | undefined {
  for (const rule of CREDIT_RULES) {
    const labelled = page.valueAs(rule.labels, parseCredits);
    const inText = labelled === undefined ? page.find(rule.inText) : undefined;
    const credits = labelled ?? (inText ? parseCredits(inText[1] ?? inText[2] ?? '') : undefined);
    if (credits !== undefined) return { credits, rule };
  }
  return undefined;
}

function extractCertificate(doc: Document, url: URL, code: string): Capture[] {
  const scope = mainContent(doc);
  const page = readPage(scope);
  const endDate = page.valueAs(END_DATE_LABELS, (v) => parseDate(v, 'mdy'));
  if (!endDate) return [];
  const title = readTitle(doc, scope);
  if (!title) return [];
  const hours = readHours(page);
  const ce = readCredits(page);

  const found: CaptureField[] = ['title', 'endDate', 'certificateCode'];
  if (ce) found.push('credits');
  if (hours !== undefined) found.push('hours');
  const capture: Capture = {
    adapterId: ADAPTER_ID,
    title,
    provider: PROVIDER,
    sourceUrl: canonicalUrl(url),
    endDate,
    // The certificate's own "Certificate ID" where the page shows one; else the id in its address.
    certificateCode: page.valueAs(CERTIFICATE_CODE_LABELS, parseCode) ?? code,
    // Title, date and code are always all present here (date required, code from the URL).
    confidence: 0.9,
    found,
  };
  if (ce) {
    capture.credits = ce.credits;
    capture.creditUnit = ce.rule.unit;
    if (ce.rule.program) capture.program = ce.rule.program;
  }
  if (hours !== undefined) capture.hours = hours;
  return [capture];
}

const linkedinLearning = certificatePageAdapter({
  id: ADAPTER_ID,
  label: PROVIDER,
  matches: ['https://www.linkedin.com/learning/*'],
  codeFromUrl: certificateCode,
  shows: (doc) => COMPLETION_PROBE.test(mainText(doc)),
  extract: extractCertificate,
});

export default linkedinLearning;
