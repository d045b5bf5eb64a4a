/**
 * Open Badges embedded in the page as JSON-LD: a 2.0 Assertion (issuedOn, badge.name, badge.issuer.name)
 * or a 3.0 OpenBadgeCredential / AchievementCredential (validFrom, issuer.name, credentialSubject.achievement
 * with name and creditsAvailable). An issued badge is the strongest completion evidence a page can carry.
 */
import { parseDate } from '../../domain/dates';
import { boundedNumber, cleanCode, cleanText, foundFields, MAX_CREDITS, MAX_PROVIDER_LENGTH, MAX_TITLE_LENGTH, nothingFound, type PartialCapture } from './fields';
import { hasType, isJsonNode, jsonLdNodes, own, textOf, type JsonNode } from './json-ld-nodes';

const ASSERTION_TYPES = new Set(['Assertion']);
const CREDENTIAL_TYPES = new Set(['OpenBadgeCredential', 'AchievementCredential']);
const OPEN_BADGE_CONFIDENCE = 0.9;

/** Badge dates are ISO timestamps; the date part is the day the issuer wrote, whatever the offset. */
function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 64 ? parseDate(value, 'ymd') : undefined;
}

/** The identifying part of an assertion or credential id: a URL's last path segment or a urn:uuid's uuid. */
function codeFromId(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  const urn = /^urn:uuid:([0-9a-f-]{8,64})$/i.exec(value.trim());
  if (urn) return cleanCode(urn[1]);
  try {
    const segments = new URL(value).pathname.split('/').filter(Boolean);
    const last = segments[segments.length - 1];
    return last ? cleanCode(decodeURIComponent(last)) : undefined;
  } catch {
    return undefined;
  }
}

function finish(partial: Omit<PartialCapture, 'found' | 'completion' | 'confidence'>): PartialCapture {
  const whole = { ...partial, completion: true, confidence: OPEN_BADGE_CONFIDENCE };
  return { ...whole, found: foundFields(whole) };
}

function fromAssertion(node: JsonNode): PartialCapture | undefined {
  if (own(node, 'revoked') === true) return undefined;
  const badge = own(node, 'badge');
  const badgeNode = isJsonNode(badge) ? badge : undefined;
  const issuer = badgeNode ? own(badgeNode, 'issuer') : undefined;
  return finish({
    title: cleanText(badgeNode && textOf(own(badgeNode, 'name')), MAX_TITLE_LENGTH),
    provider: cleanText(isJsonNode(issuer) ? textOf(own(issuer, 'name')) : undefined, MAX_PROVIDER_LENGTH),
    endDate: dateOf(own(node, 'issuedOn')),
    certificateCode: codeFromId(own(node, 'id')),
  });
}

function fromCredential(node: JsonNode): PartialCapture {
  const subject = own(node, 'credentialSubject');
  const subjectNode = Array.isArray(subject) ? subject.find(isJsonNode) : isJsonNode(subject) ? subject : undefined;
  const achievement = subjectNode ? own(subjectNode, 'achievement') : undefined;
  const achievementNode = isJsonNode(achievement) ? achievement : undefined;
  const issuer = own(node, 'issuer');
  return finish({
    title:
      cleanText(achievementNode && textOf(own(achievementNode, 'name')), MAX_TITLE_LENGTH) ??
      cleanText(textOf(own(node, 'name')), MAX_TITLE_LENGTH) ??
      // humanCode ("CS-101") names the achievement, not this holder's credential: a title of last resort
      cleanText(achievementNode && own(achievementNode, 'humanCode'), MAX_TITLE_LENGTH),
    provider: cleanText(isJsonNode(issuer) ? textOf(own(issuer, 'name')) : undefined, MAX_PROVIDER_LENGTH),
    // validFrom in VC 2.0; issuanceDate in VC 1.1, which OB 3.0's first implementations used
    endDate: dateOf(own(node, 'validFrom')) ?? dateOf(own(node, 'issuanceDate')) ?? dateOf(subjectNode && own(subjectNode, 'issuedOn')),
    certificateCode: codeFromId(own(node, 'id')),
    credits: achievementNode ? boundedNumber(own(achievementNode, 'creditsAvailable'), MAX_CREDITS) : undefined,
  });
}

/** The first valid Open Badge in the page's JSON-LD (nodes may be passed in when already parsed). */
export function readOpenBadges(doc: Document, _url: URL, nodes: readonly JsonNode[] = jsonLdNodes(doc)): PartialCapture {
  for (const node of nodes) {
    const badge = hasType(node, CREDENTIAL_TYPES) ? fromCredential(node) : hasType(node, ASSERTION_TYPES) ? fromAssertion(node) : undefined;
    if (badge) return badge;
  }
  return nothingFound();
}
