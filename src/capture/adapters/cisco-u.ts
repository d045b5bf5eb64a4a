/**
 * Cisco U. (u.cisco.com): learning paths, courses and tutorials. A completion page shows the item's title,
 * a completion date ("Completed on March 14, 2026", "Completion date: 14 Mar 2026"), usually CE credits and
 * sometimes a certificate or completion ID. Everything is read from visible labels, never from the site's
 * generated class names, which change with every deploy.
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

const ADAPTER_ID = 'cisco-u';
const PROVIDER = 'Cisco U.';
const HOST = 'u.cisco.com';

/** /paths/<slug>/<n>, /path/<n>, /courses/<slug>-<n>, /course/<n>, and the same shapes for tutorials: an item's id has a digit. */
const ITEM_PATH = /^\/(?:paths?|learning-paths?|courses?|tutorials?)\/(?:[^/]+\/)?[^/]*\d[^/]*(?:\/|$)/i;
/** Cheap text probe for detect(): a completion label or status somewhere in the main content ("Completed on",
 * or "Completed" beside its date in the next element). No \b: textContent runs neighbouring texts together
 * ("CourseCompleted on2/18/2026"); extract() decides, and refuses an unfinished item. */
const COMPLETION_PROBE = /(?:completed|completion date)/i;
/** What only an unfinished item's page says: a progress figure under 100%, "In progress", "Resume", "Not started". */
const IN_PROGRESS_PROBE = /(?:in progress|not started|resume|(?<!\d)\d{1,2}(?:\.\d+)?\s*% complete)/i;

// Labels are tried in order, most specific first; each must lead its text (see dom.ts).
const END_DATE_LABELS = [/^completed on\b/i, /^completion date\b/i, /^date completed\b/i, /^completed\b/i];
const START_DATE_LABELS = [/^started on\b/i, /^started\b/i, /^enrolled on\b/i, /^enrolled\b/i, /^start date\b/i, /^date started\b/i, /^enrollment date\b/i];
/** Status phrases and buttons that only an unfinished item shows. */
const IN_PROGRESS_PHRASES = ['In progress', 'Resume', 'Resume path', 'Resume course', 'Resume tutorial', 'Not started'];
const SITE_SUFFIX = /\s*[|\-–—:]\s*Cisco U\.?\s*$/i;

function isItemUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname.toLowerCase() === HOST && ITEM_PATH.test(url.pathname);
}

const LABELS: LabelledCompletionSpec = {
  endDateLabels: END_DATE_LABELS,
  startDateLabels: START_DATE_LABELS,
  codeLabels: CERTIFICATE_CODE_LABELS,
  inProgressPhrases: IN_PROGRESS_PHRASES,
  siteSuffix: SITE_SUFFIX,
};

function extractCompletion(doc: Document, url: URL): Capture[] {
  const completion = readLabelledCompletion(doc, LABELS);
  // Title, completion date and credits are what a CE claim needs; without credits the user must look them up.
  return completion ? [assembleCapture({ adapterId: ADAPTER_ID, provider: PROVIDER, program: 'cisco', sourceUrl: canonicalUrl(url), ...completion })] : [];
}

const ciscoU: Adapter = {
  id: ADAPTER_ID,
  label: PROVIDER,
  matches: ['https://u.cisco.com/*'],
  program: 'cisco',
  detect(doc, url) {
    if (!isItemUrl(url)) return false;
    return guarded(ADAPTER_ID, () => {
      const scope = mainContent(doc);
      if (!scope) return false;
      const text = scope.textContent ?? '';
      if (IN_PROGRESS_PROBE.test(text)) return false;
      return COMPLETION_PROBE.test(text) || scope.querySelector('[aria-label*="completed" i]') !== null;
    }, false);
  },
  extract(doc, url) {
    if (!isItemUrl(url)) return [];
    return guarded(ADAPTER_ID, () => extractCompletion(doc, url), []);
  },
};

export default ciscoU;
