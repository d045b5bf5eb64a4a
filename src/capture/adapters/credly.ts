/**
 * Credly (www.credly.com): earned badges at /badges/<uuid> (and /badges/<uuid>/public_url, the share link).
 * The badge name is the title, the issuing organisation the provider, "Date issued" the end date and the badge's
 * uuid the certificate code. The expiry date is the badge's, not the activity's, so it is not captured.
 * An Open Badges 2.0 assertion in the page (JSON-LD) is preferred over visible labels when it is present.
 * Template pages (/org/<org>/badge/<slug>) describe a badge anyone may earn: they are not captured.
 */
import type { Capture, CaptureField, Program } from '../../domain/schema';
import { parseDate } from '../../domain/dates';
import { metaContent, normalizeSpace, readPage, visibleText } from '../dom';
import { canonicalUrl, certificatePageAdapter, clampTitle, mainContent, mainText } from '../adapter-helpers';

const ADAPTER_ID = 'credly';
const HOST = 'www.credly.com';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const BADGE_PATH = new RegExp(`^/badges/(${UUID})(?:/public_url)?/?$`, 'i');
/** "Date issued", "Issued on", "Issue date": only an earned badge has one. */
const ISSUED_PROBE = /\b(?:date issued|issued on|issue date)/i; // no trailing \b: textContent runs "Issued on" into its value
const ISSUED_LABELS = [/^date issued\b/i, /^issued on\b/i, /^issue date\b/i];
const ISSUER_LABELS = [/^issued by\b/i];
/** og:title reads "<badge> was issued by <issuer> to <learner>."; the learner's name is never kept. */
const OG_TITLE = /^(.+?) was issued by (.+?) to .+$/i;
const SITE_SUFFIX = /\s*[|\-–—]\s*Credly\s*$/i;

/** Issuers whose badges plainly belong to a renewal program; anything else leaves the program absent. */
const ISSUER_PROGRAMS: ReadonlyArray<readonly [RegExp, Program]> = [
  [/\bcisco\b/i, 'cisco'],
  [/\bcomptia\b/i, 'comptia'],
  [/\(isc\)\s*(?:2|²)|\bisc2\b|\bisc²/i, 'isc2'],
  [/\bisaca\b/i, 'isaca'],
  [/\bpmi\b|project management institute/i, 'pmi'],
];

const MAX_PROVIDER_LENGTH = 200;

function badgeId(url: URL): string | undefined {
  if (url.protocol !== 'https:' || url.hostname.toLowerCase() !== HOST) return undefined;
  return BADGE_PATH.exec(url.pathname)?.[1]?.toLowerCase();
}

interface BadgeData {
  name?: string;
  issuer?: string;
  issuedOn?: string;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? normalizeSpace(value) : undefined;
}

function hasType(node: Record<string, unknown>, type: string): boolean {
  const types = Array.isArray(node.type) ? node.type : [node.type ?? node['@type']];
  return types.includes(type);
}

/** The first Open Badges 2.0 Assertion in the page's JSON-LD; a malformed block is skipped. */
function openBadgesAssertion(doc: Document): BadgeData | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const candidate of Array.isArray(parsed) ? parsed : [parsed]) {
      const node = asRecord(candidate);
      if (!node || !hasType(node, 'Assertion')) continue;
      const badge = asRecord(node.badge);
      const issuer = asRecord(badge?.issuer);
      return { name: text(badge?.name), issuer: text(issuer?.name) ?? text(badge?.issuer), issuedOn: text(node.issuedOn) };
    }
  }
  return undefined;
}

function programOf(issuer: string): Program | undefined {
  return ISSUER_PROGRAMS.find(([pattern]) => pattern.test(issuer))?.[1];
}

function extractBadge(doc: Document, url: URL, code: string): Capture[] {
  const scope = mainContent(doc);
  const page = readPage(scope);
  const assertion = openBadgesAssertion(doc);
  const og = OG_TITLE.exec(metaContent(doc, 'og:title') ?? '');

  const issuedOn = (assertion?.issuedOn && parseDate(assertion.issuedOn)) || page.valueAs(ISSUED_LABELS, (v) => parseDate(v, 'mdy'));
  // Without an issue date or an assertion this is not (yet) an earned badge: a template, or a page still loading.
  if (!issuedOn && !assertion) return [];

  const heading = visibleText(scope?.querySelector('h1')).replace(SITE_SUFFIX, '');
  const title = clampTitle(assertion?.name ?? (heading || og?.[1] || ''));
  const issuer = (assertion?.issuer ?? page.value(ISSUER_LABELS) ?? og?.[2])?.slice(0, MAX_PROVIDER_LENGTH);
  if (!title || !issuer) return [];

  const found: CaptureField[] = ['title'];
  if (issuedOn) found.push('endDate');
  found.push('certificateCode');
  const capture: Capture = {
    adapterId: ADAPTER_ID,
    title,
    provider: issuer,
    sourceUrl: canonicalUrl(url),
    certificateCode: code,
    // The badge id always comes from the URL; the issue date is what makes it a dated completion.
    confidence: issuedOn ? 0.9 : 0.6,
    found,
  };
  if (issuedOn) capture.endDate = issuedOn;
  const program = programOf(issuer);
  if (program) capture.program = program;
  return [capture];
}

const credly = certificatePageAdapter({
  id: ADAPTER_ID,
  label: 'Credly',
  matches: ['https://www.credly.com/*'],
  codeFromUrl: badgeId,
  shows: (doc) => ISSUED_PROBE.test(mainText(doc)) || openBadgesAssertion(doc) !== undefined,
  extract: extractBadge,
});

export default credly;
