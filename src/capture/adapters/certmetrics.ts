/**
 * CertMetrics (cp.certmetrics.com), where Cisco tracks certifications: the public credential verification page
 * https://cp.certmetrics.com/cisco/en/public/verify/credential/<16 upper-case alphanumerics or 32 hex>.
 * It shows the holder's name, the certification, when it was earned, when it expires, and a validation number.
 *
 * Captured: the certification's name as the title, the earned/issued date as the end date, and the validation
 * code. Never captured: the holder's name (only labelled values that are not the holder are read) and the
 * expiry date (a Capture has no field for it; the certification form asks for it separately).
 */
import type { Adapter } from '../adapter';
import type { Capture } from '../../domain/schema';
import { parseDate } from '../../domain/dates';
import { readPage } from '../dom';
import { assembleCapture, canonicalUrl, clampTitle, guarded, mainContent, parseCode } from '../adapter-helpers';

const ADAPTER_ID = 'certmetrics';
const PROVIDER = 'Cisco (CertMetrics)';
const HOST = 'cp.certmetrics.com';

/** Only Cisco's tenant: other vendors' credentials on CertMetrics are not Cisco certifications. */
const VERIFY_PATH = /^\/cisco\/[a-z]{2}(?:-[a-z]{2})?\/public\/verify\/credential\/([A-Z0-9]{16}|[0-9a-fA-F]{32})\/?$/;

/** No trailing \b: textContent runs a label into its value ("Date Earned14 Mar 2025"). */
const EARNED_PROBE = /\b(?:date earned|earned on|certification date|issue date|date issued|issued on)/i;
const EARNED_LABELS = [/^(?:date earned|earned on|earned date)\b/i, /^certification date\b/i, /^(?:issue date|date issued|issued on)\b/i];
// The label must stand alone ("Certification:"), so "Certification Date" or "Credential ID" never answer it.
const NAME_LABELS = [/^(?:certification|credential)(?: name| title)?(?=\s*:?\s*$)/i, /^(?:certification|credential)(?: name| title)?\s*:/i];
const CODE_LABELS = [/^(?:validation|verification) (?:number|code|id)\b/i, /^credential (?:id|code|number)\b/i];
const STATUS_LABELS = [/^(?:credential |certification )?status\b/i];
/** A status that says the credential does not stand (an expired one was still earned on its date). */
const VOID_STATUS = /\b(?:revoked|invalid|suspended|not (?:found|valid|verified)|inactive)\b/i;

function credentialCode(url: URL): string | undefined {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return undefined;
  return VERIFY_PATH.exec(url.pathname)?.[1];
}

function extractCredential(doc: Document, url: URL, urlCode: string): Capture[] {
  const page = readPage(mainContent(doc));
  const status = page.value(STATUS_LABELS);
  if (status && VOID_STATUS.test(status)) return [];
  const endDate = page.valueAs(EARNED_LABELS, (v) => parseDate(v, 'mdy'));
  const title = page.valueAs(NAME_LABELS, clampTitle);
  if (!endDate || !title) return [];
  return [
    assembleCapture({
      adapterId: ADAPTER_ID,
      provider: PROVIDER,
      program: 'cisco',
      title,
      sourceUrl: canonicalUrl(url),
      endDate,
      certificateCode: page.valueAs(CODE_LABELS, parseCode) ?? urlCode,
      // The certifying body's own record of an earned certification: as sure as a page gets. Credits do not
      // apply to a certification, so their absence says nothing about the page.
      confidence: 0.9,
    }),
  ];
}

const certmetrics: Adapter = {
  id: ADAPTER_ID,
  label: PROVIDER,
  matches: ['https://cp.certmetrics.com/*'],
  program: 'cisco',
  detect(doc, url) {
    if (!credentialCode(url)) return false;
    return guarded(ADAPTER_ID, () => EARNED_PROBE.test(mainContent(doc)?.textContent ?? ''), false);
  },
  extract(doc, url) {
    const code = credentialCode(url);
    if (!code) return [];
    return guarded(ADAPTER_ID, () => extractCredential(doc, url, code), []);
  },
};

export default certmetrics;
