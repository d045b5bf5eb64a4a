/**
 * The CE portal dashboard's vocabulary: the column and field labels it may use for a claim and for a
 * certification, the status words, and the parsers for one cell's text. The real markup is not public, so
 * everything is keyed on visible words, never on class names.
 */
import type { CePortalCertification, CePortalClaimStatus } from '../../domain/ce-portal-sync';
import { orderForLanguage, type DayMonthOrder } from '../../domain/dates';
import { parseCode } from '../adapter-helpers';

/** Zero-width characters, soft hyphens and bidi controls: invisible on the page, so never part of a value. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const MAX_NAME_LENGTH = 500;
const MAX_CREDITS = 1000;

/** A cell's text as the user reads it: invisible characters gone, spacing collapsed. */
export function cleanCell(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** A label as written in a header or <dt>: lower case, without a trailing colon, asterisk or sort arrow. */
export function labelKey(text: string): string {
  return cleanCell(text).toLowerCase().replace(/[\s:*▲▼△▽↑↓⇅⬍↕]+$/u, '').replace(/^[\s▲▼△▽↑↓⇅⬍↕]+/u, '');
}

export type ClaimField = 'itemName' | 'startDate' | 'endDate' | 'credits' | 'status' | 'submittedOn' | 'claimId';
export type CertificationField = 'name' | 'earnedOn' | 'expiresOn' | 'status';

/** Whole-label patterns (see labelKey), so "Item Type" is never the item and "Credits Expire" never the credits. */
export const CLAIM_LABELS: Readonly<Record<ClaimField, RegExp>> = {
  itemName: /^(?:item|item name|item title|activity|activity name|activity title|course|course name|course title|title|training|training name)$/,
  startDate: /^(?:start date|start|started|started on|date started|begin date|from)$/,
  endDate: /^(?:end date|end|completion date|completed|completed on|date completed|date of completion|finish date|to)$/,
  credits: /^(?:credits?|ce credits?|ce|credit value|ce credit value|credits (?:claimed|earned|requested)|ce credits (?:claimed|earned|requested))$/,
  status: /^(?:status|claim status|state)$/,
  submittedOn: /^(?:submitted|submitted on|submitted date|date submitted|submission date|claimed on|date claimed)$/,
  claimId: /^(?:claim id|claim|claim number|claim no\.?|claim #|request id|reference|reference id|reference number|id|#)$/,
};

export const CERTIFICATION_LABELS: Readonly<Record<CertificationField, RegExp>> = {
  name: /^(?:certifications?|certification name|name|credential|credential name|track|certification track)$/,
  earnedOn: /^(?:earned|earned on|date earned|achieved|achieved on|date achieved|certified|certified on|certified date|date certified|certified since|certification date|issued|issued on|issue date|active since|last recertified|recertified on|recertification date)$/,
  expiresOn: /^(?:expires|expires on|expired|expired on|expiration|expiration date|expiry|expiry date|valid through|valid thru|valid until|valid to|recertify by|renew by)$/,
  status: /^(?:status|certification status|state)$/,
};

export type ItemCatalogField = 'name' | 'code' | 'credits' | 'type' | 'provider' | 'availableUntil';

/**
 * The Item Catalog's columns. "End date" is left out of availableUntil on purpose: on the portal it names a
 * claim's completion, and a grid with it is the claims list, not the catalogue.
 */
export const ITEM_CATALOG_LABELS: Readonly<Record<ItemCatalogField, RegExp>> = {
  name: /^(?:item|item name|item title|title|name|course|course name|course title|activity|activity name|training|training name|offering)$/,
  code: /^(?:item id|item code|item number|item no\.?|item #|id|code|course code|course id|offering id|#)$/,
  credits: /^(?:credits?|ce credits?|ce|ce value|credit value|ce credit value|credits available|ce credits available)$/,
  type: /^(?:type|item type|delivery|delivery type|delivery method|delivery format|format|modality|learning type|category)$/,
  provider: /^(?:provider|training provider|learning provider|offered by|delivered by|partner|learning partner|vendor)$/,
  availableUntil: /^(?:expires|expires on|expiry|expiry date|expiration|expiration date|available until|available through|available to|valid until|offer ends|offer end date|offer expires|claim by|claimable until|last day to claim|claim deadline)$/,
};

/** The catalogue's own heading: "Item Catalog", "CE Item Catalogue", "Catalog". */
export const CATALOGUE_HEADING = /^(?:(?:cisco )?(?:ce|continuing education) )?(?:item )?catalog(?:ue)?(?: of items)?$/i;

/** Headings over the certifications: "My Certifications", "Certifications", "Your Cisco certifications". */
export const CERTIFICATIONS_HEADING = /^(?:my |your )?(?:cisco |active |current )?certifications?(?: held)?$/i;

/** The empty state of the claims list; it must lead its block, so help text quoting it never counts. */
export const NO_CLAIMS =
  /^[^\p{L}]*(?:you have not (?:yet )?submitted any (?:ce )?(?:items|claims|activities)|you have no (?:ce )?(?:items|claims)(?: yet)?\b|no (?:ce )?(?:items|claims) (?:have been )?(?:submitted|found|yet|to display))/iu;

/** Which field each label of a header row or card names; the first column wins when two say the same. */
export function fieldsOf<F extends string>(labels: readonly string[], vocabulary: Readonly<Record<F, RegExp>>): Map<F, number> {
  const out = new Map<F, number>();
  labels.forEach((label, index) => {
    const key = labelKey(label);
    for (const field of Object.keys(vocabulary) as F[]) {
      if (!out.has(field) && vocabulary[field].test(key)) out.set(field, index);
    }
  });
  return out;
}

/**
 * "Earned", "✓ Approved", "Pending review", "Not approved": the claim's status when the whole value is one,
 * else undefined; prose such as "Pending, then Earned" is no status.
 */
export function parseClaimStatus(text: string): CePortalClaimStatus | undefined {
  const t = statusWords(text);
  if (/^(?:rejected|declined|denied|not (?:approved|accepted|eligible))$/.test(t)) return 'rejected';
  if (/^(?:earned|approved|accepted|awarded|credited)$/.test(t)) return 'earned';
  if (/^(?:pending(?: review| approval| validation)?|in review|under review|awaiting (?:review|approval|validation)|submitted|processing)$/.test(t)) return 'pending';
  return undefined;
}

export function parseCertificationStatus(text: string): CePortalCertification['status'] {
  const t = statusWords(text);
  if (/^retired$/.test(t)) return 'retired';
  if (/^(?:expired|lapsed|inactive)$/.test(t)) return 'expired';
  if (/^(?:active|current|valid|certified)$/.test(t)) return 'active';
  return undefined;
}

/** A status badge's words: lower case, without the icon before them or the full stop after. */
function statusWords(text: string): string {
  return labelKey(text).replace(/^[^\p{L}]+/u, '').replace(/[.!]+$/, '');
}

/** "24", "12.5 CE", "24 CE credits", "CE: 8": the first number, when it is a plausible credit value. */
export function parseCellCredits(text: string): number | undefined {
  const m = /(?<![\d.,])(\d{1,4}(?:\.\d{1,2})?)(?![\d.,]*\d)/.exec(cleanCell(text));
  const credits = m ? Number(m[1]) : NaN;
  return Number.isFinite(credits) && credits >= 0 && credits <= MAX_CREDITS ? credits : undefined;
}

/**
 * A catalogue item's credit value: "16", "16 CE", "16 credits", "CE: 8", "12.5". Refused when the cell holds
 * two numbers ("8–16", "16 (was 24)"): guessing one of them would store a wrong value as the official one.
 */
export function parseItemCredits(text: string, max: number): number | undefined {
  const clean = cleanCell(text);
  if ((clean.match(/\d+(?:[.,]\d+)*/g) ?? []).length !== 1) return undefined;
  const credits = parseCellCredits(clean);
  return credits !== undefined && credits <= max ? credits : undefined;
}

/**
 * A page's numeric date order: its language's, unless its own dates settle it (a first number over 12 can only
 * be a day; a second one over 12 only a day after the month).
 */
export function pageDateOrder(doc: Document, texts: readonly string[]): DayMonthOrder {
  const fallback = orderForLanguage(doc.documentElement?.getAttribute('lang'));
  if (fallback === 'ymd') return fallback;
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const m = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/.-])/.exec(text);
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return dayFirst ? 'dmy' : 'mdy';
  return fallback;
}

export function parseClaimId(text: string): string | undefined {
  return parseCode(cleanCell(text).replace(/^#\s*/, ''));
}

/**
 * A name as shown, or undefined when it is empty or too long to be one. A CCIE's number, which portals print beside
 * its name ("CCIE Enterprise Infrastructure CCIE# 66402"), is the holder's, not the certification's.
 */
export function parseName(text: string): string | undefined {
  const name = cleanCell(text.replace(/\s*\(?\bCCIE\s*#\s*\d+\b\)?/gi, ''));
  return name && name.length <= MAX_NAME_LENGTH ? name : undefined;
}
