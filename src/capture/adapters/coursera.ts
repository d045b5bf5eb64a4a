/**
 * Coursera (www.coursera.org): shareable certificates at /verify/<code>, /account/accomplishments/verify/<code>,
 * and specialization / professional certificates at /account/accomplishments/{specialization,professional-cert}/
 * [certificate/]<code>. The verification code in the URL is the certificate code.
 *
 * Provider: certification bodies ask who taught the course, and Coursera is only the platform, so the partner
 * institution is kept beside it: "Coursera (University of Michigan)"; plain "Coursera" when no partner is shown.
 * The page greets the learner by name ("Completed by …", "…'s account is verified"): those phrases are only
 * used as cues, never captured.
 */
import type { Capture, CaptureField } from '../../domain/schema';
import { parseDate } from '../../domain/dates';
import { normalizeSpace, readPage, visibleText } from '../dom';
import type { PageReader } from '../page-reader';
import { canonicalUrl, certificatePageAdapter, clampTitle, mainContent, mainText } from '../adapter-helpers';

const ADAPTER_ID = 'coursera';
const PLATFORM = 'Coursera';
const HOST = 'www.coursera.org';

const CODE = '([A-Za-z0-9]{6,40})';
const CERTIFICATE_PATHS = [
  new RegExp(`^/verify/${CODE}/?$`),
  new RegExp(`^/account/accomplishments/(?:verify|certificate)/${CODE}/?$`),
  new RegExp(`^/account/accomplishments/(?:specialization|professional-cert)/(?:certificate/)?${CODE}/?$`),
];
/** Only an issued certificate says this; a course landing page never does. */
const COMPLETION_CUE = /\bcertifies (?:their|his|her) successful completion|\bcompleted by/i;
const CERTIFIES = /\bcertifies (?:their|his|her) successful completion of (?:the )?(.+?)\.?$/i;
const END_DATE_LABELS = [/^completed on\b/i, /^completion date\b/i, /^date completed\b/i, /^issued on\b/i];
/** The verify page shows the completion date on a line of its own, under "Completed by <name>". */
const LONE_DATE = /^(?:[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [A-Za-z]{3,9}\.? \d{4})$/;
const APPROX_HOURS = /^approx(?:imately|\.)?\s+(\d+(?:\.\d+)?)\s+hours?\b/i;
const PARTNER_LABELS = [/^offered by\b/i];
const VIA_COURSERA = /^(.+?) via Coursera$/i;
const ITEM_LINK = 'a[href^="/learn/"], a[href^="/specializations/"], a[href^="/professional-certificates/"]';

const MAX_PARTNER_LENGTH = 150;
const MAX_HOURS = 10_000;

function certificateCode(url: URL): string | undefined {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return undefined;
  for (const path of CERTIFICATE_PATHS) {
    const m = path.exec(url.pathname);
    if (m) return m[1];
  }
  return undefined;
}

function readPartner(scope: Element | null, page: PageReader): string | undefined {
  const partnerLink = scope?.querySelector('a[href^="/partners/"]');
  const via = page.find(VIA_COURSERA)?.[1];
  const partner = normalizeSpace(visibleText(partnerLink) || page.value(PARTNER_LABELS) || via || '');
  return partner && partner.length <= MAX_PARTNER_LENGTH ? partner : undefined;
}

/** "…completion of [the] [<partner>['s]] <title>." minus the partner, else the linked course or specialization. */
function readTitle(scope: Element | null, page: PageReader, partner: string | undefined): string | undefined {
  let title = page.find(CERTIFIES)?.[1]?.trim();
  if (title && partner && title.toLowerCase().startsWith(partner.toLowerCase())) {
    title = title.slice(partner.length).replace(/^(?:['’]s)?\s+/, '');
  }
  title ||= visibleText(scope?.querySelector(ITEM_LINK));
  return title ? clampTitle(title) : undefined;
}

function readEndDate(page: PageReader): string | undefined {
  const labelled = page.valueAs(END_DATE_LABELS, (v) => parseDate(v, 'mdy'));
  if (labelled) return labelled;
  const lone = page.find(LONE_DATE);
  return lone ? parseDate(lone[0], 'mdy') : undefined;
}

function readHours(page: PageReader): number | undefined {
  const m = page.find(APPROX_HOURS);
  const hours = m ? Number(m[1]) : NaN;
  return Number.isFinite(hours) && hours > 0 && hours <= MAX_HOURS ? hours : undefined;
}

function extractCertificate(doc: Document, url: URL, code: string): Capture[] {
  const scope = mainContent(doc);
  const page = readPage(scope);
  if (!page.find(COMPLETION_CUE)) return [];
  const partner = readPartner(scope, page);
  const title = readTitle(scope, page, partner);
  if (!title) return [];
  const endDate = readEndDate(page);
  const hours = readHours(page);

  const found: CaptureField[] = ['title'];
  if (endDate) found.push('endDate');
  found.push('certificateCode');
  if (hours !== undefined) found.push('hours');
  const capture: Capture = {
    adapterId: ADAPTER_ID,
    title,
    provider: partner ? `${PLATFORM} (${partner})` : PLATFORM,
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

const coursera = certificatePageAdapter({
  id: ADAPTER_ID,
  label: PLATFORM,
  matches: ['https://www.coursera.org/*'],
  codeFromUrl: certificateCode,
  shows: (doc) => COMPLETION_CUE.test(mainText(doc)),
  extract: extractCertificate,
});

export default coursera;
