/**
 * edX (courses.edx.org): web certificates at /certificates/<32 hex>. The page says "<learner> successfully
 * completed and received a passing grade in <course number>: <course title> a course of study offered by
 * <organisation>, an online learning initiative of <university>", with the issue date and certificate id beside it.
 *
 * Title: the course title without its course number ("CS50x: " is edX's catalogue code, not the course's name).
 * Provider: "edX (<organisation>)", e.g. "edX (HarvardX)", the edX member who taught it; plain "edX" when absent.
 * The certificate id in the URL is the certificate code. The learner's name is never read.
 */
import type { Capture, CaptureField } from '../../domain/schema';
import { parseDate } from '../../domain/dates';
import { normalizeSpace, readPage } from '../dom';
import { canonicalUrl, certificatePageAdapter, clampTitle, mainContent, mainText } from '../adapter-helpers';

const ADAPTER_ID = 'edx';
const PLATFORM = 'edX';
const HOST = 'courses.edx.org';

const CERTIFICATE_PATH = /^\/certificates\/([0-9a-f]{32})\/?$/i;
const COMPLETION_CUE = /\bsuccessfully completed/i;
const STATEMENT = /\bpassing grade in (.+?) a course of study offered by (.+?)\s*(?:,|\.|$|\bthrough\b|\ban online learning)/i;
/** "CS50x: ", "PH125.1x: ", "6.00.1x: ": a leading catalogue code, recognised by its digit. */
const COURSE_NUMBER = /^[A-Za-z0-9.+_-]*\d[A-Za-z0-9.+_-]*\s*:\s+/;
const TITLE_IN_DOCUMENT_TITLE = /\bcertificate for (.+?)(?:\s*[|\-–—]\s*edX)?$/i;
const ISSUED_LABELS = [/^original issue date\b/i, /^issued? date\b/i, /^date issued\b/i, /^issued(?: on)?\b/i];
/** A certificate edX has withdrawn still renders, with this notice instead of its details. */
const INVALIDATED = /\bcertificate (?:is no longer valid|has been (?:revoked|invalidated))\b/i;

const MAX_ORG_LENGTH = 150;

function certificateCode(url: URL): string | undefined {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return undefined;
  return CERTIFICATE_PATH.exec(url.pathname)?.[1]?.toLowerCase();
}

/** Phrases are joined from separate text nodes, which leaves " ," and " :" behind; tidy them. */
function tidy(text: string): string {
  return normalizeSpace(text).replace(/\s+([,.:;])/g, '$1').replace(/[,.]$/, '').trim();
}

function extractCertificate(doc: Document, url: URL, code: string): Capture[] {
  const page = readPage(mainContent(doc));
  if (!page.find(COMPLETION_CUE) || page.find(INVALIDATED)) return [];
  const statement = page.find(STATEMENT);
  const courseName = statement?.[1] ?? TITLE_IN_DOCUMENT_TITLE.exec(normalizeSpace(doc.title ?? ''))?.[1] ?? '';
  const title = clampTitle(tidy(tidy(courseName).replace(COURSE_NUMBER, '')));
  if (!title) return [];
  const org = statement ? tidy(statement[2]!) : '';
  const endDate = page.valueAs(ISSUED_LABELS, (v) => parseDate(v, 'mdy'));

  const found: CaptureField[] = ['title'];
  if (endDate) found.push('endDate');
  found.push('certificateCode');
  const capture: Capture = {
    adapterId: ADAPTER_ID,
    title,
    provider: org && org.length <= MAX_ORG_LENGTH ? `${PLATFORM} (${org})` : PLATFORM,
    sourceUrl: canonicalUrl(url),
    certificateCode: code,
    // The code comes from the URL; without an issue date the user must supply the one thing every claim needs.
    confidence: endDate ? 0.9 : 0.6,
    found,
  };
  if (endDate) capture.endDate = endDate;
  return [capture];
}

const edx = certificatePageAdapter({
  id: ADAPTER_ID,
  label: PLATFORM,
  matches: ['https://courses.edx.org/*'],
  codeFromUrl: certificateCode,
  shows: (doc) => COMPLETION_CUE.test(mainText(doc)),
  extract: extractCertificate,
});

export default edx;
