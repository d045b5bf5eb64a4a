/**
 * Open Badges in the page's structured JSON (JSON-LD, an embedded or directly opened credential): a 2.0
 * Assertion (issuedOn, badge.name, badge.issuer.name), a Blockcerts certificate (the same shape, with a
 * recipientProfile), or a 3.0 OpenBadgeCredential / AchievementCredential (issuer.name, awardedDate or validFrom,
 * credentialSubject.achievement.name, the subject's activity dates and credits). An issued badge is the
 * strongest completion evidence a page can carry; an issuer profile, an endorsement, or a badge class or
 * achievement on its own is no award and gives nothing. The recipient is never read: a name there is a person.
 */
import { parseDate } from '../../domain/dates';
import { boundedNumber, cleanCode, cleanText, foundFields, MAX_CREDITS, MAX_PROVIDER_LENGTH, MAX_TITLE_LENGTH, nothingFound, type PartialCapture } from './fields';
import { hasType, idOf, isJsonNode, jsonLdNodes, nonAddressId, own, textOf, typesOf, type JsonNode } from './json-ld-nodes';

const ASSERTION_TYPES = new Set(['Assertion']);
const CREDENTIAL_TYPES = new Set(['OpenBadgeCredential', 'AchievementCredential']);
const OPEN_BADGE_CONFIDENCE = 0.9;
/** Results and subjects looked at per credential. */
const MAX_LIST_ENTRIES = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a node of the same page by its id, for fields that name another node ("badge": "https://…"). */
type Resolver = (ref: unknown) => JsonNode | undefined;

function resolverOf(nodes: readonly JsonNode[]): Resolver {
  let byId: Map<string, JsonNode> | undefined;
  const lookup = (id: string): JsonNode | undefined => {
    if (!byId) {
      byId = new Map();
      for (const node of nodes) {
        const nodeId = idOf(node);
        // A named node wins over a bare reference to it ({"id": …, "type": …}), whichever comes first.
        if (nodeId && (!byId.has(nodeId) || (own(byId.get(nodeId)!, 'name') === undefined && own(node, 'name') !== undefined))) byId.set(nodeId, node);
      }
    }
    return byId.get(id);
  };
  return (ref) => {
    if (typeof ref === 'string') return lookup(ref);
    if (!isJsonNode(ref)) return undefined;
    if (own(ref, 'name') !== undefined) return ref;
    const id = idOf(ref);
    return (id !== undefined ? lookup(id) : undefined) ?? ref;
  };
}

/** Badge dates are ISO timestamps; the date part is the day the issuer wrote, whatever the offset. */
function dateOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 64 ? parseDate(value, 'ymd') : undefined;
}

function nameOf(node: JsonNode | undefined, max: number): string | undefined {
  return node ? cleanText(textOf(own(node, 'name')), max) : undefined;
}

/**
 * A certificate code written in the credential's id, when that id is a short code. Open Badges ids are IRIs,
 * where the badge is hosted or a urn:uuid: never a code (see nonAddressId), nor is a bare uuid (a database key)
 * or a relative path.
 */
function codeOfId(node: JsonNode): string | undefined {
  const id = nonAddressId(own(node, 'id'));
  return id && !UUID.test(id) && !id.includes('/') ? cleanCode(id) : undefined;
}

/** The first object of a value that may be one object or a list of them. */
function firstNode(value: unknown): JsonNode | undefined {
  return Array.isArray(value) ? value.slice(0, MAX_LIST_ENTRIES).find(isJsonNode) : isJsonNode(value) ? value : undefined;
}

function finish(partial: Omit<PartialCapture, 'found' | 'completion' | 'confidence'>): PartialCapture {
  const whole = { ...partial, completion: true, confidence: OPEN_BADGE_CONFIDENCE };
  return { ...whole, found: foundFields(whole) };
}

function fromAssertion(node: JsonNode, resolve: Resolver): PartialCapture | undefined {
  if (own(node, 'revoked') === true) return undefined;
  // A badge given only as an address names no title here, unless the page holds that badge class too.
  const badge = resolve(own(node, 'badge'));
  return finish({
    title: nameOf(badge, MAX_TITLE_LENGTH),
    provider: nameOf(badge && resolve(own(badge, 'issuer')), MAX_PROVIDER_LENGTH),
    endDate: dateOf(own(node, 'issuedOn')),
    certificateCode: codeOfId(node),
  });
}

/** creditsEarned, on the subject or on one of its results: what this holder earned. */
function creditsEarned(subject: JsonNode): number | undefined {
  const direct = boundedNumber(own(subject, 'creditsEarned'), MAX_CREDITS);
  if (direct !== undefined) return direct;
  const results = own(subject, 'result');
  for (const result of Array.isArray(results) ? results.slice(0, MAX_LIST_ENTRIES) : [results]) {
    const credits = isJsonNode(result) ? boundedNumber(own(result, 'creditsEarned'), MAX_CREDITS) : undefined;
    if (credits !== undefined) return credits;
  }
  return undefined;
}

function fromCredential(node: JsonNode, resolve: Resolver): PartialCapture {
  const subject = firstNode(own(node, 'credentialSubject'));
  const achievement = subject ? resolve(own(subject, 'achievement')) : undefined;
  const subjectDate = (key: string) => (subject ? dateOf(own(subject, key)) : undefined);
  // awardedDate keeps the day of the award when a reissue moved validFrom; validFrom is VC 2.0's issue date,
  // issuanceDate VC 1.1's, which OB 3.0's first implementations used.
  const awarded =
    dateOf(own(node, 'awardedDate')) ?? subjectDate('awardedDate') ?? dateOf(own(node, 'validFrom')) ??
    dateOf(own(node, 'issuanceDate')) ?? subjectDate('issuedOn');
  // The activity's own end is the completion date; the award may come days later.
  const endDate = subjectDate('activityEndDate') ?? awarded;
  const startDate = subjectDate('activityStartDate');
  const provider =
    nameOf(resolve(own(node, 'issuer')), MAX_PROVIDER_LENGTH) ?? nameOf(achievement && resolve(own(achievement, 'creator')), MAX_PROVIDER_LENGTH);
  return finish({
    title:
      nameOf(achievement, MAX_TITLE_LENGTH) ??
      nameOf(node, MAX_TITLE_LENGTH) ??
      // humanCode ("CS-101") names the achievement, not this holder's credential: a title of last resort
      cleanText(achievement && own(achievement, 'humanCode'), MAX_TITLE_LENGTH),
    provider,
    startDate: startDate && endDate && startDate <= endDate ? startDate : undefined,
    endDate,
    certificateCode: codeOfId(node),
    // What this holder earned wins over what the achievement offers; neither says in which unit.
    credits: (subject && creditsEarned(subject)) ?? (achievement ? boundedNumber(own(achievement, 'creditsAvailable'), MAX_CREDITS) : undefined),
  });
}

/**
 * A Blockcerts certificate or an assertion whose type was left out: an object with an issue date, a recipient
 * and a badge object. A badge class alone has none of the first two.
 */
function isUntypedAssertion(node: JsonNode): boolean {
  return (
    typesOf(node).length === 0 &&
    isJsonNode(own(node, 'badge')) &&
    typeof own(node, 'issuedOn') === 'string' &&
    (isJsonNode(own(node, 'recipient')) || isJsonNode(own(node, 'recipientProfile')))
  );
}

/** The first valid Open Badge in the page's structured JSON (nodes may be passed in when already parsed). */
export function readOpenBadges(doc: Document, _url: URL, nodes: readonly JsonNode[] = jsonLdNodes(doc)): PartialCapture {
  const resolve = resolverOf(nodes);
  for (const node of nodes) {
    const badge = hasType(node, CREDENTIAL_TYPES)
      ? fromCredential(node, resolve)
      : hasType(node, ASSERTION_TYPES) || isUntypedAssertion(node)
        ? fromAssertion(node, resolve)
        : undefined;
    if (badge) return badge;
  }
  return nothingFound();
}
