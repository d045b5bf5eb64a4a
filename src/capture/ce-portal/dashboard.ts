/**
 * The Cisco CE portal's dashboard (https://ce.cisco.com): the user's CE claims (item, dates, credits, status
 * Pending / Earned / Rejected) and certifications (with expiry dates), read as a pure function of
 * (document, url). The markup is not public, so the reader goes by visible labels: a table or ARIA grid
 * whose header names an item and a status column, or cards of <dl> label/value pairs; certifications under a
 * "My Certifications" heading or in a grid with expiry columns. Messages, help tables and catalogue lists
 * share words with it ("Status", "Credits") but never an item column of claim statuses.
 */
import type { CePortalCertification, CePortalClaim, CePortalDashboard } from '../../domain/ce-portal-sync';
import { parseDate } from '../../domain/dates';
import { guarded } from '../adapter-helpers';
import { readPage, visibleText } from '../dom';
import {
  CERTIFICATION_LABELS,
  CERTIFICATIONS_HEADING,
  CLAIM_LABELS,
  NO_CLAIMS,
  cleanCell,
  labelKey,
  fieldsOf,
  parseCellCredits,
  parseCertificationStatus,
  parseClaimId,
  parseClaimStatus,
  parseName,
  pageDateOrder,
  type CertificationField,
  type ClaimField,
} from './labels';
import { COUNT, DATES_LABEL, certificationOfPieces, claimDetailsOfPieces, claimOfPieces, dateSpan, type Found } from './item-fields';
import { chooseItems, headingAbove, holds, inAside, listedItems, piecesOf, walkPage, type ItemReading } from './listed-items';
import { cardsOf, gridsOf, headingsMatching, isHeading, landmarksIn, nameCellText, regionOf, type Card, type RowBudget } from './structures';
import { isCePortalUrl } from './item-catalog-page';

export type { CePortalCertification, CePortalClaim, CePortalDashboard } from '../../domain/ce-portal-sync';

const READER_ID = 'ce-portal-dashboard';
/** How far up a board's column heading is looked for, and a section's. */
const LANE_LEVELS = 3;
const SECTION_LEVELS = 8;
/** Rows (table rows and cards together) read from one page, whatever it holds. */
const MAX_ROWS = 2000;
/** What detection reads before deciding: enough for the first rows of a claims table. */
const DETECT_ROWS = 200;
const MAX_CERTIFICATIONS = 200;

interface Scan {
  claims: Found<ClaimField>[];
  certifications: Found<CertificationField>[];
  /** A claims grid was found (its header), whether or not it had rows. */
  claimsGrid: boolean;
}

function valuesOf<F extends string>(columns: Map<F, number>, cells: readonly Element[], nameField: F): Found<F> {
  const found: Found<F> = new Map();
  for (const [field, index] of columns) {
    const cell = cells[index];
    const text = field === nameField ? nameCellText(cell) : cleanCell(visibleText(cell));
    if (text) found.set(field, text);
  }
  return found;
}

function cardValues<F extends string>(card: Card, vocabulary: Readonly<Record<F, RegExp>>, nameField: F): Found<F> {
  const found: Found<F> = new Map();
  for (const [field, index] of fieldsOf(card.labels, vocabulary)) {
    const value = card.values[index];
    if (value) found.set(field, value);
  }
  // A heading over the whole list ("My Certifications", "CE Claims") is not the card's name.
  if (!found.has(nameField) && card.heading && !CERTIFICATIONS_HEADING.test(card.heading) && !/\bclaims?\b/i.test(card.heading)) {
    found.set(nameField, card.heading);
  }
  return found;
}

type Listed = { claim: Found<ClaimField> } | { certification: Found<CertificationField> };

/** A claim row's fields completed from the details it discloses (a row under it, opened by its expander). */
function withDetails(found: Found<ClaimField>, cells: readonly Element[]): Found<ClaimField> {
  const row = cells[0]?.parentElement;
  const control = row?.querySelector('[aria-expanded][aria-controls]');
  const id = control?.getAttribute('aria-controls')?.split(/\s+/)[0];
  const details = id ? (row!.getRootNode() as Partial<Document>).getElementById?.(id) : null;
  if (!details || details.contains(row!)) return found;
  for (const [field, value] of claimDetailsOfPieces(piecesOf(details))) if (!found.has(field)) found.set(field, value);
  return found;
}

/** A list's status when its heading is one ("Pending 2"): the columns of a board of claims. */
function laneStatus(item: Element): string | undefined {
  const heading = headingAbove(item, LANE_LEVELS);
  const words = heading && cleanCell(visibleText(heading)).replace(COUNT, '');
  return words && parseClaimStatus(words) ? words : undefined;
}

/**
 * Sections whose entries look like claims or certifications but are not the user's: suggestions, the catalogue,
 * events, exams, transcripts, help, news.
 */
const NOT_MINE =
  /\b(?:recommend\w*|suggest\w*|catalog(?:ue)?|new in|popular|featured|trending|upcoming|events?|webinars?|exams?|transcripts?|faqs?|frequently asked|help|how it works|news|announcements?|messages?|notifications?|cookies?)\b/i;

/** A heading that names the user's own lists keeps them theirs: "My certifications and exams", "Claims help". */
const MINE = /\b(?:claims?|certifications?)\b/i;
const notMine = (heading: string) => NOT_MINE.test(heading) && !MINE.test(heading);

function inSectionNotMine(item: Element): boolean {
  const heading = headingAbove(item, SECTION_LEVELS);
  return inAside(item) || (heading !== undefined && notMine(cleanCell(visibleText(heading))));
}

/** A listed item as a claim or a certification: what its place says, else what it reads more of. */
function readListed(item: Element, inCertifications: (el: Element) => boolean): ItemReading<Listed> | undefined {
  const pieces = piecesOf(item);
  const claim = claimOfPieces(pieces, laneStatus(item));
  const certification = certificationOfPieces(pieces);
  const value: Listed | undefined =
    certification && (!claim || inCertifications(item) || certification.size > claim.size) ? { certification } : claim ? { claim } : undefined;
  if (!value) return undefined;
  const name = 'claim' in value ? value.claim.get('itemName') : value.certification.get('name');
  const title = pieces.find((p) => p.text === name)?.element as Element | undefined;
  // Read all the same, so that the section around it is not taken for one item either.
  const mine = !inSectionNotMine(item) && !(title && isHeading(title) && notMine(name ?? ''));
  return { ...(mine ? { value } : {}), ...(title ? { title } : {}) };
}

function scan(body: Element, rowLimit: number): Scan {
  const result: Scan = { claims: [], certifications: [], claimsGrid: false };
  const budget: RowBudget = { left: rowLimit };
  const walk = walkPage(body);
  const landmarks = walk.roots.map(landmarksIn);
  const headings = landmarks.flatMap((l) => l.headings);
  const certificationRegions = headingsMatching(headings, CERTIFICATIONS_HEADING)
    .map(regionOf)
    .filter((r): r is Element => r !== null);
  const inCertifications = (el: Element) => certificationRegions.some((region) => region.contains(el));
  // An item holding a table is a section of the page, and an item inside one was read with it.
  const grids: Element[] = [];

  for (const grid of gridsOf(landmarks.flatMap((l) => l.grids), body)) {
    grids.push(grid.element);
    const certColumns = fieldsOf(grid.headers, CERTIFICATION_LABELS);
    const claimColumns = fieldsOf(grid.headers, CLAIM_LABELS);
    const datedCertifications = certColumns.has('expiresOn') || certColumns.has('earnedOn') || inCertifications(grid.element);
    if (certColumns.has('name') && !claimColumns.has('itemName') && datedCertifications) {
      for (const cells of grid.rows(budget)) result.certifications.push(valuesOf<CertificationField>(certColumns, cells, 'name'));
    } else if (claimColumns.has('itemName') && claimColumns.has('status')) {
      result.claimsGrid = true;
      const datesColumn = grid.headers.findIndex((header) => DATES_LABEL.test(labelKey(header)));
      for (const cells of grid.rows(budget)) {
        const found = valuesOf<ClaimField>(claimColumns, cells, 'itemName');
        const span = datesColumn >= 0 ? dateSpan(visibleText(cells[datesColumn])) : undefined;
        if (span && !found.has('startDate') && !found.has('endDate')) found.set('startDate', span.start).set('endDate', span.end);
        result.claims.push(withDetails(found, cells));
      }
    }
  }

  // Cards, list entries, disclosures, repeated blocks: read as a person reads them, the <dl>s inside them included.
  const candidates = listedItems([...landmarks.flatMap((l) => l.entries), ...walk.repeated], headings, grids).slice(0, Math.max(0, budget.left));
  budget.left -= candidates.length;
  const items = chooseItems(candidates, (item) => readListed(item, inCertifications));
  for (const { value } of items) {
    if ('claim' in value) result.claims.push(value.claim);
    else result.certifications.push(value.certification);
  }

  for (const card of cardsOf(landmarks.flatMap((l) => l.lists), body, budget)) {
    if (items.some(({ element }) => holds(element, card.element))) continue;
    const asCertification = cardValues<CertificationField>(card, CERTIFICATION_LABELS, 'name');
    // A status alone says nothing: a profile card may read "Status: Active" too.
    if (inCertifications(card.element) || asCertification.has('expiresOn') || asCertification.has('earnedOn')) result.certifications.push(asCertification);
    else result.claims.push(cardValues<ClaimField>(card, CLAIM_LABELS, 'itemName'));
  }
  return result;
}

const CLAIM_DATES: readonly ClaimField[] = ['startDate', 'endDate', 'submittedOn'];
const CERTIFICATION_DATES: readonly CertificationField[] = ['earnedOn', 'expiresOn'];

function toClaim(found: Found<ClaimField>, date: (text: string | undefined) => string | undefined): CePortalClaim | undefined {
  const status = parseClaimStatus(found.get('status') ?? '');
  const itemName = parseName(found.get('itemName') ?? '');
  if (!status || !itemName) return undefined;
  const endDate = date(found.get('endDate'));
  let startDate = date(found.get('startDate'));
  // A start after the end is a misreading (or the columns' order guessed wrong): keep only the end.
  if (startDate && endDate && startDate > endDate) startDate = undefined;
  const credits = parseCellCredits(found.get('credits') ?? '');
  const submittedOn = date(found.get('submittedOn'));
  const claimId = parseClaimId(found.get('claimId') ?? '');
  // Absent fields are left out, not undefined: the claim goes into a message as it is.
  return {
    itemName,
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    ...(credits !== undefined ? { credits } : {}),
    status,
    ...(submittedOn ? { submittedOn } : {}),
    ...(claimId ? { claimId } : {}),
  };
}

function toCertification(found: Found<CertificationField>, date: (text: string | undefined) => string | undefined): CePortalCertification | undefined {
  const name = parseName(found.get('name') ?? '');
  if (!name) return undefined;
  const earnedOn = date(found.get('earnedOn'));
  const expiresOn = date(found.get('expiresOn'));
  const status = parseCertificationStatus(found.get('status') ?? '');
  return {
    name,
    ...(expiresOn ? { expiresOn } : {}),
    // Earned on or after the expiry is a misreading; the expiry is what matters.
    ...(earnedOn && (!expiresOn || earnedOn < expiresOn) ? { earnedOn } : {}),
    ...(status ? { status } : {}),
  };
}

/** Drops repeats: responsive pages often render the same list twice (a table, and cards for small screens). */
function distinct<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function read(doc: Document, rowLimit: number): CePortalDashboard | undefined {
  const body = doc.body ?? doc.documentElement;
  if (!body) return undefined;
  const found = scan(body, rowLimit);
  const dateTexts = [
    ...found.claims.flatMap((f) => CLAIM_DATES.map((field) => f.get(field) ?? '')),
    ...found.certifications.flatMap((f) => CERTIFICATION_DATES.map((field) => f.get(field) ?? '')),
  ];
  const order = pageDateOrder(doc, dateTexts);
  const date = (text: string | undefined) => (text ? parseDate(text, order) : undefined);
  const claims = distinct(found.claims.flatMap((f) => toClaim(f, date) ?? []));
  const certifications = distinct(found.certifications.flatMap((f) => toCertification(f, date) ?? [])).slice(0, MAX_CERTIFICATIONS);
  if (claims.length > 0) return { claims, certifications, claimsState: 'listed' };
  // "No claims yet" counts only on a page that also shows the claims list's frame or the certifications.
  const saysNone = (found.claimsGrid || certifications.length > 0) && readPage(body).find(NO_CLAIMS) !== undefined;
  if (saysNone) return { claims, certifications, claimsState: 'none' };
  return certifications.length > 0 ? { claims, certifications, claimsState: 'unreadable' } : undefined;
}

/** The CE portal's dashboard: on ce.cisco.com, showing claims, the "no claims yet" notice, or certifications. */
export function isCePortalDashboard(doc: Document, url: URL): boolean {
  if (!isCePortalUrl(url)) return false;
  return guarded(READER_ID, () => read(doc, DETECT_ROWS) !== undefined, false);
}

/** What the dashboard shows, or undefined when this is not the dashboard. Never throws; reads at most 2,000 rows. */
export function readCePortalDashboard(doc: Document, url: URL): CePortalDashboard | undefined {
  if (!isCePortalUrl(url)) return undefined;
  return guarded(READER_ID, () => read(doc, MAX_ROWS), undefined);
}
