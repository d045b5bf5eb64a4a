/**
 * Open Badges in the page's structured JSON (JSON-LD, an embedded or directly opened credential): a 2.0
 * Assertion (issuedOn, badge.name, badge.issuer.name), a Blockcerts certificate (the same shape, with a
 * recipientProfile), or a 3.0 OpenBadgeCredential / AchievementCredential (issuer.name, awardedDate or validFrom,
 * credentialSubject.achievement.name, the subject's activity dates and credits). An issued badge is the
 * strongest completion evidence a page can carry; an issuer profile, an endorsement, or a badge class or
 * achievement on its own is no award and gives nothing. The recipient is never read: a name there is a person.
 */
import { orderForLanguage, parseDate, type DayMonthOrder } from '../../domain/dates';
import { parseDateRange } from '../../domain/date-ranges';
import { boundedNumber, cleanCode, cleanText, foundFields, MAX_CREDITS, MAX_HOURS, MAX_PROVIDER_LENGTH, MAX_TITLE_LENGTH, nothingFound, type PartialCapture } from './fields';
import { HOURS_IN_TEXT } from './wording';
import { creditsInPhrase } from './labels';
import type { CreditUnit } from '../../domain/schema';
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
 * A certificate code written in the credential's id: a short code, or the uuid of a "urn:uuid:…" id (the credential's
 * own name, which its verifier asks for). An address where the badge is hosted is never one (see nonAddressId), nor
 * is a bare uuid (a database key) or a relative path.
 */
function codeOfId(node: JsonNode): string | undefined {
  const raw = own(node, 'id');
  // "urn:uuid:…" names the credential itself, not where it is kept: a Blockcerts or OB 3.0 verifier asks for it.
  const urn = typeof raw === 'string' ? /^urn:uuid:([0-9a-f-]{36})$/i.exec(raw.trim())?.[1] : undefined;
  if (urn && UUID.test(urn)) return urn.toLowerCase();
  const id = nonAddressId(raw);
  return id && !UUID.test(id) && !id.includes('/') ? cleanCode(id) : undefined;
}

/** The first object of a value that may be one object or a list of them. */
function firstNode(value: unknown): JsonNode | undefined {
  return Array.isArray(value) ? value.slice(0, MAX_LIST_ENTRIES).find(isJsonNode) : isJsonNode(value) ? value : undefined;
}

/** Where a badge says what it took: its description, its criteria, the evidence given for it. */
const MAX_DESCRIPTION = 4000;

function descriptionsOf(...nodes: Array<JsonNode | undefined>): string {
  const texts: string[] = [];
  for (const node of nodes) {
    if (!node) continue;
    for (const key of ['description', 'narrative']) {
      const text = textOf(own(node, key));
      if (text) texts.push(text);
    }
    const criteria = own(node, 'criteria');
    if (isJsonNode(criteria)) texts.push(textOf(own(criteria, 'narrative')) ?? '');
    const evidence = own(node, 'evidence');
    for (const item of Array.isArray(evidence) ? evidence.slice(0, MAX_LIST_ENTRIES) : [evidence]) {
      if (isJsonNode(item)) texts.push(textOf(own(item, 'narrative')) ?? '', textOf(own(item, 'description')) ?? '');
    }
  }
  return texts.join('\n').slice(0, MAX_DESCRIPTION);
}

/** "the 8-hour workshop", "(6 hours, self-paced)", "24 contact hours": the length a badge's words give. */
function hoursIn(text: string): number | undefined {
  const m = HOURS_IN_TEXT.exec(text.replace(/(\d)-(?=hours?\b|hrs?\b|h\b|stündig|heures?\b|horas?\b|ore\b|uur\b)/giu, '$1 '));
  return m ? boundedNumber(Math.round((Number(m[1]!.replace(',', '.')) + Number(m[2] ?? 0) / 60) * 100) / 100, MAX_HOURS) : undefined;
}

/** "approved for 8 ISC2 CPE credits", "(2.4 CEUs)": credits and their unit in a badge's words (as labels.ts reads a phrase). */
function creditsIn(text: string): { credits: number; creditUnit: CreditUnit } | undefined {
  for (const line of text.split('\n')) {
    const found = creditsInPhrase(line);
    if (found?.creditUnit) return { credits: found.credits, creditUnit: found.creditUnit };
  }
  return undefined;
}

/**
 * A badge given only as its address ("…/badges/cloud-incident-response-lab-2026") is named by it: the words of its
 * last segment, less a trailing year or number. Never an id ("3FzLm8NqRk2uV0cHwJ5aTe", a uuid).
 */
function nameFromAddress(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || ref.length > 500) return undefined;
  const slug = /\/([a-z][a-z0-9]*(?:-[a-z0-9]+){1,12})\/?(?:\.json)?$/.exec(ref)?.[1];
  const words = slug?.split('-').filter((word, i, all) => !(i === all.length - 1 && /^\d+$/.test(word)));
  if (!words || words.length < 2 || words.some((word) => /\d/.test(word) && !/^v?\d+$/.test(word))) return undefined;
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
}

/**
 * The activity's own dates, when the badge's words give them as a range that ended by the day it was issued
 * ("winter 2026 term, January 12 to March 20, 2026", "live sessions 5–8 May 2026"): the award may come days later.
 */
function activityDates(words: string, issued: string | undefined, order: DayMonthOrder): { startDate?: string; endDate?: string } {
  if (!issued) return {};
  for (const line of words.split('\n')) {
    const range = line.length <= MAX_RANGE_LINE ? parseDateRange(line, order) : undefined;
    if (range?.start && range.end <= issued && range.start <= range.end) return { startDate: range.start, endDate: range.end };
  }
  return {};
}
const MAX_RANGE_LINE = 600;

function finish(partial: Omit<PartialCapture, 'found' | 'completion' | 'confidence'>): PartialCapture {
  const whole = { ...partial, completion: true, confidence: OPEN_BADGE_CONFIDENCE };
  return { ...whole, found: foundFields(whole) };
}

function fromAssertion(node: JsonNode, resolve: Resolver, order: DayMonthOrder): PartialCapture | undefined {
  if (own(node, 'revoked') === true) return undefined;
  // A badge given only as an address names no title here, unless the page holds that badge class too.
  const badge = resolve(own(node, 'badge'));
  const words = descriptionsOf(isJsonNode(badge) ? badge : undefined, node);
  const issued = dateOf(own(node, 'issuedOn'));
  return finish({
    title: nameOf(badge, MAX_TITLE_LENGTH) ?? nameFromAddress(own(node, 'badge')),
    provider: nameOf(badge && resolve(own(badge, 'issuer')), MAX_PROVIDER_LENGTH),
    endDate: issued,
    ...activityDates(words, issued, order),
    certificateCode: codeOfId(node),
    hours: hoursIn(words),
    ...creditsIn(words),
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
  const words = descriptionsOf(achievement, node);
  const credits = (subject && creditsEarned(subject)) ?? (achievement ? boundedNumber(own(achievement, 'creditsAvailable'), MAX_CREDITS) : undefined);
  const stated = creditsIn(words);
  return finish({
    hours: hoursIn(words),
    // The unit the achievement's words give the same number ("2.4 CEUs"); OB 3.0 itself names none.
    ...(stated && stated.credits === credits ? { creditUnit: stated.creditUnit } : {}),
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
    credits,
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
        ? fromAssertion(node, resolve, orderForLanguage(doc.documentElement?.getAttribute('lang')))
        : undefined;
    if (badge) return badge;
  }
  return nothingFound();
}
