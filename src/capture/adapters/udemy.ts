/**
 * Udemy (www.udemy.com): certificates of completion at /certificate/UC-<uuid>/. The page states "This certificate
 * above verifies that <learner> successfully completed the course <title> on <date> as taught by <instructor> on
 * Udemy"; the certificate itself (when rendered as text) carries "Date", "Length: 14.5 total hours" and
 * "Certificate no: UC-…". The UC- number in the URL is the certificate code; the provider is always "Udemy"
 * (instructors are individuals, not providers a certification body recognises). The learner's name is skipped.
 */
import type { Capture, CaptureField } from '../../domain/schema';
import { parseDate } from '../../domain/dates';
import { readPage, visibleText } from '../dom';
import type { PageReader } from '../page-reader';
import { canonicalUrl, certificatePageAdapter, clampTitle, mainContent, mainText } from '../adapter-helpers';

const ADAPTER_ID = 'udemy';
const PROVIDER = 'Udemy';
const HOST = 'www.udemy.com';

const CERTIFICATE_PATH = /^\/certificate\/(UC-[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})\/?$/i;
const COMPLETION_CUE = /\bsuccessfully completed the course|\bcertificate of completion/i;
const VERIFIES =
  /\bsuccessfully completed the course (.+?) on (\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [A-Za-z]{3,9}\.? \d{4}) as taught by\b/i;
const DATE_LABELS = [/^date\b/i, /^completed on\b/i];
const LENGTH_LABELS = [/^length\b/i];
const TOTAL_HOURS = /(?<![\d.])(\d+(?:\.\d+)?)\s*total hours?\b/i;
const COURSE_LINK = 'a[href^="/course/"]';

const MAX_HOURS = 10_000;

function certificateCode(url: URL): string | undefined {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return undefined;
  return CERTIFICATE_PATH.exec(url.pathname)?.[1];
}

function parseHours(value: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*(?:total )?hours?\b/i.exec(value);
  const hours = m ? Number(m[1]) : NaN;
  return Number.isFinite(hours) && hours > 0 && hours <= MAX_HOURS ? hours : undefined;
}

function readHours(page: PageReader): number | undefined {
  const labelled = page.valueAs(LENGTH_LABELS, parseHours);
  if (labelled !== undefined) return labelled;
  const total = page.find(TOTAL_HOURS);
  return total ? parseHours(total[0]) : undefined;
}

function extractCertificate(doc: Document, url: URL, code: string): Capture[] {
  const scope = mainContent(doc);
  const page = readPage(scope);
  if (!page.find(COMPLETION_CUE)) return [];
  const statement = page.find(VERIFIES);
  const title = clampTitle(statement?.[1] || visibleText(scope?.querySelector(COURSE_LINK)));
  if (!title) return [];
  const endDate = (statement && parseDate(statement[2]!, 'mdy')) || page.valueAs(DATE_LABELS, (v) => parseDate(v, 'mdy'));
  const hours = readHours(page);

  const found: CaptureField[] = ['title'];
  if (endDate) found.push('endDate');
  found.push('certificateCode');
  if (hours !== undefined) found.push('hours');
  const capture: Capture = {
    adapterId: ADAPTER_ID,
    title,
    provider: PROVIDER,
    sourceUrl: canonicalUrl(url),
    certificateCode: code,
    // The code comes from the URL; without a completion date the user must supply the one thing every claim needs.
    confidence: endDate ? 0.9 : 0.6,
    found,
  };
  if (endDate) capture.endDate = endDate;
  if (hours !== undefined) capture.hours = hours;
  return [capture];
}

const udemy = certificatePageAdapter({
  id: ADAPTER_ID,
  label: PROVIDER,
  matches: ['https://www.udemy.com/*'],
  codeFromUrl: certificateCode,
  shows: (doc) => COMPLETION_CUE.test(mainText(doc)),
  extract: extractCertificate,
});

export default udemy;
