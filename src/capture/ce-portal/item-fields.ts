/**
 * One listed item's fields (a claim or a certification shown as a card or a list entry rather than a table row),
 * read from its pieces of text as a person reads them: a title, label/value pairs ("Expires" over "Jan 9, 2028"),
 * "Label: value" inside a line ("Status: Earned"), status chips, and sentences ("Certified since March 14, 2026.
 * Expires on 03/14/2029.", "You attended from 10/05/2026 to 10/09/2026 and claimed 64 CE credits."). Values are
 * returned as found; the dashboard reader parses dates once it knows the page's date order.
 */
import {
  CERTIFICATION_LABELS,
  CLAIM_LABELS,
  fieldsOf,
  labelKey,
  parseCertificationStatus,
  parseClaimStatus,
  type CertificationField,
  type ClaimField,
} from './labels';

/** A piece of text read as one: a heading, a label, a value, a line, or a status chip. */
export interface Piece {
  text: string;
  heading: boolean;
  /** Where the piece was read, for the caller; never looked at here. */
  element?: unknown;
}

/** Values as found, before dates are read: a page's numeric date order is decided from all its dates at once. */
export type Found<F extends string> = Map<F, string>;

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/** A date as portals print one in English: ISO, numeric, "March 14, 2026", "14 Mar 2026", "14-Mar-2026". */
const DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|${MONTH} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)?[ -]${MONTH},?[ -]\d{4})`;
const DATES = new RegExp(String.raw`(?<![\w/.-])${DATE}(?![\w/-])`, 'gi');
/** What joins the two dates of a span: "Sep 22, 2026 – Sep 26, 2026", "from 10/05/2026 to 10/09/2026". */
const SPAN_JOIN = new RegExp(String.raw`^\s*(?:–|—|-|to|until|through|thru|and)\s*(${DATE})`, 'i');
const HAS_DATE = new RegExp(String.raw`(?<![\w/.-])${DATE}(?![\w/-])`, 'i');
const HAS_LETTER = /\p{L}/u;
/** A count after a list's name: "Pending 2", "Earned (3)". */
export const COUNT = /\s*\(?\d+\)?$/;
const isOnlyDate = (text: string) => hasDate(text) && !/\p{L}{3,}/u.test(text.replace(DATES, ''));

/** The words just before a date that say which date it is; matched at the end of the text leading up to it. */
const CERTIFICATION_CUES: readonly [CertificationField, RegExp][] = [
  ['earnedOn', /\b(?:(?:certified|active|held[\w ]{0,25}|valid) since|earned(?: on)?|certified(?: on)?|achieved(?: on)?|issued(?: on)?|granted(?: on)?|awarded(?: on)?|recertified(?: on)?)$/],
  ['expiresOn', /\b(?:expires?(?: on| in \d+ days?)?|expired(?: on)?|expiration(?: date)?|expiry(?: date)?|valid (?:until|through|thru|to)|recertify by|renew by)$/],
];
const CLAIM_CUES: readonly [ClaimField, RegExp][] = [
  ['submittedOn', /\bsubmitted(?: \w+){0,3} on$|\bsubmitted$|\bsubmission date$/],
  ['startDate', /\b(?:start|started|start date|began|starting)(?: on)?$/],
  ['endDate', /\b(?:end|completed|finished|ended|end date|completion date)(?: on)?$/],
];
/** Words just after a date that say which it is: "On 01/12/2026 you submitted …". */
const CLAIM_AFTER_CUES: readonly [ClaimField, RegExp][] = [['submittedOn', /^\W*(?:you |it was |was )?submitted\b/i]];
/** A one-day activity: the day is both its start and its end. */
const ONE_DAY_CUE = /\b(?:took place|was held|held|attended|delivered)(?: on)?$/;
/** Labels of a value holding an activity's dates, one day or a span. */
export const DATES_LABEL = /^(?:(?:course|training|activity|session|event|attendance)? ?dates?|training|attended|when)$/;

const CLAIM_ID = /\bclaim(?: id| number| no\.?| reference| ref\.?)?\s*[:#]?\s*#?\s*([a-z]{0,6}-?\d[\w-]{3,})/i;
/** A piece that is only a number after "#": a claim's, on a card that prints no label for it. */
const HASH_CODE = /^#\s?([a-z]{0,6}-?\d[\w-]{3,})$/i;
/** A name quoted in a sentence: "On 01/12/2026 you submitted “SISE v4.0” (attended …)". */
const QUOTED = /[“"«]([^”"»]{3,200})[”"»]/;
const CREDITS_WORD = /^(?:ce )?credits?$/i;
/** A piece that is only a credit value: "40 CE", "16 CE credits". */
const CREDITS_PIECE = /^(\d{1,3}(?:\.\d{1,2})?) ?(?:ce|ce credits?|credits?)$/i;
/** A status after a dash at the end of a line: "… expires 03/14/2029) — Active". */
const TRAILING_STATUS = /[—–]\s*(\p{L}[\p{L} ]{2,20})[.]?$/u;
/** A title leading a line of details: "CCNP Enterprise (certified 03/14/2026, expires 03/14/2029)". */
const LEADING_TITLE = /^([^(—–:]*\p{L}[^(—–:]*?)\s*[(—–]/u;
const CREDITS_IN_TEXT = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s+(?:ce\s+)?credits?\b/i;
const CURRENTLY = /\b(?:is |are )?currently ([a-z]+(?: review)?)/i;
/** "Label: value" within a line; the value ends at the sentence or a dash. */
const INLINE_LABEL = /^([^:]{1,40}):\s*(.+)$/;

/** Text that may name an item: words, and not a status, a date, a credit value or a number. */
// A question ("What does Pending mean?") is help, not a name.
const isTitleLike = (text: string) => HAS_LETTER.test(text) && !/\?$/.test(text) && !isStatus(text.replace(COUNT, '')) && !hasDate(text) && !CREDITS_PIECE.test(text) && !HASH_CODE.test(text);
const isStatus = (text: string) => parseClaimStatus(text) !== undefined || parseCertificationStatus(text) !== undefined;
/** Sentences and " · "-joined parts of a line: "Certified Feb 27, 2024 · Expires Feb 27, 2027". */
const segmentsOf = (text: string) => text.split(/(?<=[.;!?])\s+(?=\p{Lu})|\s+[·•|]\s+/u);
/** A status value's first words: "Earned — 40 credits were added…" is Earned. */
const firstWords = (value: string) => value.split(/\s+[—–-]\s+|[.,;(]/)[0] ?? '';
/** A status at the head of a labelled value: "Awarded on Sep 18, 2026" is Awarded, "Under review" is itself. */
function leadingStatus(value: string, parse: (text: string) => string | undefined): string | undefined {
  const words = firstWords(value).split(' ');
  for (let n = Math.min(words.length, 3); n > 0; n--) {
    const status = parse(words.slice(0, n).join(' '));
    if (status) return status;
  }
  return undefined;
}

const DASH = '\\s*[–—-]\\s*';
/** Spans printed with the month or year once: "23–27 Nov 2026", "Nov 23–27, 2026", "16 Nov – 20 Nov 2026". */
const SHORT_SPANS: readonly [RegExp, string][] = [
  [new RegExp(String.raw`\b(\d{1,2})${DASH}(\d{1,2}) (${MONTH}),? (\d{4})\b`, 'gi'), '$1 $3 $4 – $2 $3 $4'],
  [new RegExp(String.raw`\b(${MONTH}) (\d{1,2})${DASH}(\d{1,2}),? (\d{4})\b`, 'gi'), '$1 $2, $4 – $1 $3, $4'],
  [new RegExp(String.raw`\b(\d{1,2} ${MONTH})${DASH}(\d{1,2} ${MONTH}),? (\d{4})\b`, 'gi'), '$1 $3 – $2 $3'],
];

const withSpansWhole = (text: string) => SHORT_SPANS.reduce((t, [pattern, to]) => t.replace(pattern, to), text);
const hasDate = (text: string) => HAS_DATE.test(withSpansWhole(text));

/** The two dates of a span ("Sep 22, 2026 – Sep 26, 2026", "23–27 Nov 2026"), or one day's date as both. */
export function dateSpan(text: string): { start: string; end: string } | undefined {
  const first = datesIn(text)[0];
  return first && { start: first.date, end: first.until ?? first.date };
}

/** Dates in a text with the words before each, and spans ("X – Y") as one pair. */
function datesIn(raw: string): { cue: string; date: string; until?: string; after: string }[] {
  const text = withSpansWhole(raw);
  const out: { cue: string; date: string; until?: string; after: string }[] = [];
  let from = 0;
  for (const m of text.matchAll(DATES)) {
    if (m.index < from) continue;
    const end = m.index + m[0].length;
    const span = SPAN_JOIN.exec(text.slice(end));
    const cue = labelKey(text.slice(from, m.index)).replace(/[\s,(]+$/, '');
    const after = text.slice(span ? end + span[0].length : end, end + 60);
    out.push(span ? { cue, date: m[0], until: span[1], after } : { cue, date: m[0], after });
    from = span ? end + span[0].length : end;
  }
  return out;
}

interface Reading<F extends string> {
  vocabulary: Readonly<Record<F, RegExp>>;
  nameField: F;
  cues: readonly [F, RegExp][];
  afterCues?: readonly [F, RegExp][];
  status: (text: string) => string | undefined;
  /** Dates that belong to no single field: one day, or a span. */
  dates?: (found: Found<F>, date: string, until: string | undefined) => void;
}

function setOnce<F extends string>(found: Found<F>, field: F, value: string | undefined): void {
  if (value && !found.has(field)) found.set(field, value);
}

function fieldOfLabel<F extends string>(label: string, vocabulary: Readonly<Record<F, RegExp>>): F | undefined {
  return fieldsOf([label], vocabulary).keys().next().value;
}

function readItem<F extends string>(pieces: readonly Piece[], reading: Reading<F>): Found<F> {
  const found: Found<F> = new Map();
  const used = new Set<number>();
  const { vocabulary, nameField } = reading;
  // "Status: Active" is a value, not a title; "Cisco Live 2026 – BRKENS-2092: Catalyst Switching" is a title.
  const isLabelled = (text: string) => fieldOfLabel(INLINE_LABEL.exec(text)?.[1] ?? '', vocabulary) !== undefined;
  const labelOf = (i: number) => {
    const text = pieces[i]?.text ?? '';
    return text.length <= 40 ? fieldOfLabel(text, vocabulary) ?? (reading.dates && DATES_LABEL.test(labelKey(text)) ? 'dates' : undefined) : undefined;
  };
  // Label over (or beside) its value.
  for (let i = 0; i + 1 < pieces.length; i++) {
    const field = labelOf(i);
    const value = pieces[i + 1]!.text;
    if (!field || used.has(i) || labelOf(i + 1) || isLabelled(value)) continue;
    // A date's label takes only a value with a date ("Expired" over "Certified: Oct 2, 2023" is a badge).
    if (reading.cues.some(([dated]) => dated === field) && !hasDate(value)) continue;
    const spanned = reading.dates && datesIn(value)[0];
    // "Training: Oct 12 – Oct 16" holds the dates; "Certification: CCNA" the name.
    if ((field === 'dates' || field === nameField) && spanned) reading.dates!(found, spanned.date, spanned.until);
    else if (field === 'dates') continue;
    else setOnce(found, field as F, field === 'status' ? leadingStatus(value, reading.status) : value);
    used.add(i).add(i + 1);
  }
  // "Label: value" inside a line.
  pieces.forEach((piece, i) => {
    if (used.has(i)) return;
    for (const segment of segmentsOf(piece.text)) {
      const m = INLINE_LABEL.exec(segment);
      const field = m && fieldOfLabel(m[1]!, vocabulary);
      if (!field || field === nameField) continue;
      setOnce(found, field, field === 'status' ? leadingStatus(m[2]!, reading.status) : m[2]);
    }
  });
  // "#CE26-0000-0342" alone: a claim's number (and no title).
  pieces.forEach((piece, i) => {
    const code = HASH_CODE.exec(piece.text)?.[1];
    if (code && !used.has(i) && 'claimId' in vocabulary) {
      setOnce(found, 'claimId' as F, code);
      used.add(i);
    }
  });
  // The title: the item's heading, else its first line that is no label, value, chip or sentence with dates.
  const titleAt = (accept: (piece: Piece) => boolean) =>
    pieces.findIndex((p, i) => !used.has(i) && accept(p) && isTitleLike(p.text) && !isLabelled(p.text));
  let title = titleAt((p) => p.heading);
  if (title < 0) title = titleAt(() => true);
  if (title >= 0 && !found.has(nameField)) {
    found.set(nameField, pieces[title]!.text);
    used.add(title);
  }
  if (!found.has(nameField)) setOnce(found, nameField, pieces.map((p) => QUOTED.exec(p.text)?.[1]).find(Boolean));
  // One line holding it all: the name leads, the details follow in brackets or after a dash.
  const lead = !found.has(nameField) && pieces.length === 1 ? LEADING_TITLE.exec(pieces[0]!.text)?.[1] : undefined;
  if (lead && !hasDate(lead) && hasDate(pieces[0]!.text)) found.set(nameField, lead);
  for (let i = 0; i < pieces.length; i++) {
    if (used.has(i)) continue;
    const text = pieces[i]!.text;
    // A status word over a date is its label ("Earned" over "08/19/2026"), not the item's status.
    // A heading that is a status is the item's list, counted: "Rejected 1".
    if (!isOnlyDate(pieces[i + 1]?.text ?? '')) setOnce(found, 'status' as F, reading.status(pieces[i]!.heading ? text.replace(COUNT, '') : text));
    for (const segment of segmentsOf(text)) {
      for (const { cue, date, until, after } of datesIn(segment)) {
        if (until || ONE_DAY_CUE.test(cue)) reading.dates?.(found, date, until);
        const field = until ? undefined : (reading.cues.find(([, pattern]) => pattern.test(cue)) ?? reading.afterCues?.find(([, pattern]) => pattern.test(after)))?.[0];
        if (field) setOnce(found, field, date);
      }
      setOnce(found, 'status' as F, reading.status(CURRENTLY.exec(segment)?.[1] ?? ''));
    }
    setOnce(found, 'status' as F, reading.status(TRAILING_STATUS.exec(text)?.[1] ?? ''));
  }
  return found;
}

const CLAIM_READING: Reading<ClaimField> = {
  vocabulary: CLAIM_LABELS,
  nameField: 'itemName',
  cues: CLAIM_CUES,
  afterCues: CLAIM_AFTER_CUES,
  status: parseClaimStatus,
  dates(found, date, until) {
    setOnce(found, 'startDate', date);
    setOnce(found, 'endDate', until ?? date);
  },
};

const CERTIFICATION_READING: Reading<CertificationField> = {
  vocabulary: CERTIFICATION_LABELS,
  nameField: 'name',
  cues: CERTIFICATION_CUES,
  status: parseCertificationStatus,
};

/** A claim's fields in pieces that are not a whole claim: a table row's details shown under it. */
export function claimDetailsOfPieces(pieces: readonly Piece[]): Found<ClaimField> {
  return readItem(pieces, CLAIM_READING);
}

/**
 * The item as a claim, when it reads as one: an item, a status (its own, else `listedAs`, the status its list is
 * headed by, as a board's columns are), and a date, a credit value or a claim number.
 */
export function claimOfPieces(pieces: readonly Piece[], listedAs?: string): Found<ClaimField> | undefined {
  const found = readItem(pieces, CLAIM_READING);
  setOnce(found, 'status', listedAs && parseClaimStatus(listedAs));
  if (!found.has('claimId')) {
    for (const piece of pieces) {
      const id = CLAIM_ID.exec(piece.text)?.[1];
      if (id) {
        found.set('claimId', id);
        break;
      }
    }
  }
  // "40 CE credits" in a sentence, or a big "30" over the word "credits".
  const over = pieces.findIndex((p, i) => /^\d{1,3}(?:\.\d{1,2})?$/.test(p.text) && CREDITS_WORD.test(pieces[i + 1]?.text ?? ''));
  setOnce(found, 'credits', over >= 0 ? pieces[over]!.text : pieces.map((p) => (CREDITS_PIECE.exec(p.text) ?? CREDITS_IN_TEXT.exec(p.text))?.[1]).find(Boolean));
  const detailed = ['startDate', 'endDate', 'submittedOn', 'credits', 'claimId'].some((f) => found.has(f as ClaimField));
  return found.has('itemName') && found.has('status') && detailed ? found : undefined;
}

/** The item as a certification, when it reads as one: a name and the day it was earned or expires. */
export function certificationOfPieces(pieces: readonly Piece[]): Found<CertificationField> | undefined {
  const found = readItem(pieces, CERTIFICATION_READING);
  return found.has('name') && (found.has('earnedOn') || found.has('expiresOn')) ? found : undefined;
}

/** Whether a piece is a status chip: "Active", "Pending Review", "✓ Approved" (a claim's status or a certification's). */
export const isStatusChip = isStatus;
