/**
 * Cisco Digital Learning (digital-learning.cisco.com): self-paced e-learning courses. The site is a
 * hash-routed single-page app (https://digital-learning.cisco.com/#/course/61908, or under /cx/), so the
 * course is named by the hash; a plain /course/<n> path is accepted too.
 *
 * A completed course shows "Course completed", a "Completion Date", usually "CE Credits: 12" and a certificate
 * code. Courses labelled "lite" or "NO LABS" are captured like any other, title untouched: whether they count
 * is the rules engine's decision, and it decides by that title.
 */
import type { Adapter } from '../adapter';
import type { Capture } from '../../domain/schema';
import {
  CERTIFICATE_CODE_LABELS,
  assembleCapture,
  canonicalUrl,
  guarded,
  mainContent,
  readLabelledCompletion,
  type LabelledCompletionSpec,
} from '../adapter-helpers';

const ADAPTER_ID = 'cisco-digital-learning';
const PROVIDER = 'Cisco Digital Learning';
const HOST = 'digital-learning.cisco.com';

/** The app's own paths: the root and /cx/; the route follows in the hash. */
const APP_PATH = /^\/(?:cx\/?)?$/i;
const HASH_ROUTE = /^#\/course\/(\d+)(?=[/?]|$)/i;
const PATH_ROUTE = /^\/(?:cx\/)?course\/\d+(?:\/|$)/i;

/** No trailing \b: textContent runs a label into its value ("Completion Date02/18/2026"). */
const COMPLETION_PROBE = /\b(?:course completed|completed on|completion date|date completed)/i;
const END_DATE_LABELS = [/^completion date\b/i, /^completed on\b/i, /^date completed\b/i, /^course completed on\b/i];
const START_DATE_LABELS = [/^(?:enrolled|started|activated) on\b/i, /^(?:enrollment|start|activation) date\b/i];
const CODE_LABELS = [...CERTIFICATE_CODE_LABELS, /^certificate\b(?=\s*:)/i];
const IN_PROGRESS_PHRASES = ['In progress', 'Not started', 'Resume course', 'Continue course', 'Start course', 'Resume'];
const SITE_SUFFIX = /\s*[|\-–—:]\s*Cisco Digital Learning(?: Library)?\s*$/i;
/** The SPA's document title never changes: without a heading, it is the site's name, not the course's. */
const SITE_NAME = /^Cisco Digital Learning(?: Library)?$/i;

/** The course's canonical address, or undefined when the URL names no course. */
function courseUrl(url: URL): string | undefined {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return undefined;
  if (PATH_ROUTE.test(url.pathname)) return canonicalUrl(url);
  const route = HASH_ROUTE.exec(url.hash);
  // The hash is the route here: keep the course part of it, drop the tab or query after it.
  return route && APP_PATH.test(url.pathname) ? `${canonicalUrl(url)}#/course/${route[1]}` : undefined;
}

const LABELS: LabelledCompletionSpec = {
  endDateLabels: END_DATE_LABELS,
  startDateLabels: START_DATE_LABELS,
  codeLabels: CODE_LABELS,
  inProgressPhrases: IN_PROGRESS_PHRASES,
  siteSuffix: SITE_SUFFIX,
  notATitle: SITE_NAME,
};

function extractCompletion(doc: Document, sourceUrl: string): Capture[] {
  const completion = readLabelledCompletion(doc, LABELS);
  return completion ? [assembleCapture({ adapterId: ADAPTER_ID, provider: PROVIDER, program: 'cisco', sourceUrl, ...completion })] : [];
}

const ciscoDigitalLearning: Adapter = {
  id: ADAPTER_ID,
  label: PROVIDER,
  matches: ['https://digital-learning.cisco.com/*'],
  program: 'cisco',
  detect(doc, url) {
    if (!courseUrl(url)) return false;
    return guarded(ADAPTER_ID, () => COMPLETION_PROBE.test(mainContent(doc)?.textContent ?? ''), false);
  },
  extract(doc, url) {
    const sourceUrl = courseUrl(url);
    if (!sourceUrl) return [];
    return guarded(ADAPTER_ID, () => extractCompletion(doc, sourceUrl), []);
  },
};

export default ciscoDigitalLearning;
