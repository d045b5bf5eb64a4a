/**
 * Cisco Learning Network (learningnetwork.cisco.com): learning plans and courses, served by a Salesforce
 * Experience Cloud single-page app. The record is named either in the query
 * (/s/learning-plan-detail-standard?ltui__urlRecordId=<Salesforce id>) or in the path (/s/learning-plan/<id>/<slug>).
 *
 * The shell (header, navigation, footer, and an empty `[role=main]` or `main`) paints first; the plan's
 * completion summary is rendered into the main region later. Everything is read from that region, by visible
 * labels, so a page read before the summary arrives simply detects nothing, and a later read captures it.
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

const ADAPTER_ID = 'cisco-learning-network';
const PROVIDER = 'Cisco Learning Network';
const HOST = 'learningnetwork.cisco.com';

const RECORD_ID_PARAM = 'ltui__urlRecordId';
/** Salesforce record ids: 15 case-sensitive or 18 case-insensitive alphanumerics. */
const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;
/** Detail pages that name their record in the query string. */
const DETAIL_BY_QUERY = /^\/s\/(?:learning-plan|training-plan|course)-detail(?:-standard)?\/?$/i;
/** Record pages that name it in the path: /s/learning-plan/<id or slug>[/<slug>]. */
const DETAIL_BY_PATH = /^\/s\/(?:learning-plan|course)\/[A-Za-z0-9][\w-]*(?:\/|$)/i;

/** No trailing \b: textContent runs a label into its value ("Completed on2/18/2026"). */
const COMPLETION_PROBE = /\b(?:completed on|completion date|date completed)/i;
const END_DATE_LABELS = [/^completed on\b/i, /^completion date\b/i, /^date completed\b/i, /^completed\b/i];
const START_DATE_LABELS = [/^(?:started|enrolled|assigned) on\b/i, /^start date\b/i, /^enrollment date\b/i, /^assigned date\b/i];
const CODE_LABELS = [...CERTIFICATE_CODE_LABELS, /^achievement (?:id|code)\b/i];
const IN_PROGRESS_PHRASES = ['In Progress', 'Not Started', 'Continue', 'Resume', 'Continue learning plan', 'Start learning plan'];
const SITE_SUFFIX = /\s*[|\-–—:]\s*(?:The )?Cisco Learning Network\s*$/i;
/** Document titles the SPA gives every record page: they name the page type, not the plan. */
const GENERIC_TITLE = /^(?:(?:learning plan|course|training plan) detail(?: standard)?|(?:the )?cisco learning network)$/i;

/** Whether the URL names a record, and by query (its id must then stay in the source URL). */
function recordUrl(url: URL): { byQuery: boolean } | undefined {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return undefined;
  if (DETAIL_BY_QUERY.test(url.pathname)) {
    return RECORD_ID.test(url.searchParams.get(RECORD_ID_PARAM) ?? '') ? { byQuery: true } : undefined;
  }
  return DETAIL_BY_PATH.test(url.pathname) ? { byQuery: false } : undefined;
}

const LABELS: LabelledCompletionSpec = {
  endDateLabels: END_DATE_LABELS,
  startDateLabels: START_DATE_LABELS,
  codeLabels: CODE_LABELS,
  inProgressPhrases: IN_PROGRESS_PHRASES,
  siteSuffix: SITE_SUFFIX,
  // The SPA's own page names ("Learning Plan Detail") are never the item's title.
  notATitle: GENERIC_TITLE,
};

function extractCompletion(doc: Document, url: URL, byQuery: boolean): Capture[] {
  // Salesforce renders dates in the user's locale; the Cisco community defaults to en_US (3/14/2026).
  const completion = readLabelledCompletion(doc, LABELS);
  if (!completion) return [];
  const sourceUrl = canonicalUrl(url, byQuery ? [RECORD_ID_PARAM] : []);
  return [assembleCapture({ adapterId: ADAPTER_ID, provider: PROVIDER, program: 'cisco', sourceUrl, ...completion })];
}

const ciscoLearningNetwork: Adapter = {
  id: ADAPTER_ID,
  label: PROVIDER,
  matches: ['https://learningnetwork.cisco.com/*'],
  program: 'cisco',
  detect(doc, url) {
    if (!recordUrl(url)) return false;
    return guarded(ADAPTER_ID, () => COMPLETION_PROBE.test(mainContent(doc)?.textContent ?? ''), false);
  },
  extract(doc, url) {
    const record = recordUrl(url);
    if (!record) return [];
    return guarded(ADAPTER_ID, () => extractCompletion(doc, url, record.byQuery), []);
  },
};

export default ciscoLearningNetwork;
