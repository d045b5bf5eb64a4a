/**
 * What each generic source (JSON-LD, Open Badges, meta tags, visible labels) reports, and the cleaning every
 * value goes through before it may become part of a Capture. Page data is hostile until cleaned: strings may
 * hide zero-width or bidi characters, numbers may be huge, and JSON may hold any type where we expect another.
 */
import type { TitleCandidate } from './title';
import type { CaptureField, CreditUnit } from '../../domain/schema';
import { withoutInvisibles } from '../../text/fold';

/** One source's reading of a page. Every field is optional; `found` lists the Capture fields it filled. */
export interface PartialCapture {
  title?: string;
  /** Every title this source saw, for the reader's ranking across sources (see title.ts); `title` is its own best. */
  titleCandidates?: readonly TitleCandidate[];
  /** The people this source saw named (the recipient, the profile's owner): never a title, in any source's ranking. */
  people?: readonly string[];
  provider?: string;
  startDate?: string;
  endDate?: string;
  certificateCode?: string;
  credits?: number;
  creditUnit?: CreditUnit;
  hours?: number;
  found: CaptureField[];
  /**
   * True when the source saw something only a completed activity shows: an issued credential or badge, a
   * completion or issue date, a certificate code, or certificate-of-completion wording. A title alone is not.
   */
  completion: boolean;
  /** True when the source saw that this is no award at all: a receipt, a registration, an unfinished course. */
  notAnAward?: boolean;
  /** 0..1: how far this source's completion evidence can be trusted on its own. */
  confidence: number;
}

export const MAX_TITLE_LENGTH = 500;
export const MAX_PROVIDER_LENGTH = 200;
export const MAX_CODE_LENGTH = 64;
export const MAX_CREDITS = 1000;
export const MAX_HOURS = 10_000;


/** A display string from page data: a string, cleaned and collapsed, at most `max` long (cut, not dropped). */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = withoutInvisibles(value).replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max).trim() : undefined;
}

const DATE_SHAPE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
const CODE_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}._:/#-]*$/u;

/**
 * A certificate code from page data. A value such as "CC-1234 Copy" or "No. 1234 (verify)" yields its first
 * token with a digit; a lone all-capitals token without one is kept too. A code longer
 * than MAX_CODE_LENGTH is dropped rather than cut: a truncated code would fail verification.
 */
export function cleanCode(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = withoutInvisibles(String(value)).trim();
  if (!text || text.length > MAX_CODE_LENGTH * 4) return undefined;
  const tokens = text
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length >= 4);
  // Without a digit, only an all-capitals token reads as a code: "KXQZPTRM" is one, "Verify" is a button.
  // A date ("11/03/2026", "2026-03-11") beside a code's label is the issue date, not the code.
  // A year alone ("March 14, 2026" beside a code's label) is a date's, not a code.
  const code = tokens.find((t) => /\p{N}/u.test(t) && !DATE_SHAPE.test(t) && !/^(?:19|20)\d\d$/.test(t)) ?? (tokens.length === 1 && /^[\p{Lu}-]{6,}$/u.test(tokens[0]!) ? tokens[0] : undefined);
  return code && code.length <= MAX_CODE_LENGTH && CODE_SHAPE.test(code) ? code : undefined;
}

/**
 * A non-negative finite number up to `max`, from a JSON number or a numeric string ("1.5", "1,5").
 * Anything else — objects, arrays, booleans, 1e308, "99999999999999999999" — is not a number here.
 */
export function boundedNumber(value: unknown, max: number): number | undefined {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*\d{1,6}(?:[.,]\d{1,3})?\s*$/.test(value)) n = Number(value.trim().replace(',', '.'));
  else return undefined;
  return Number.isFinite(n) && n >= 0 && n <= max ? Math.round(n * 1000) / 1000 : undefined;
}

/** Hours in an ISO 8601 duration such as "PT14H", "PT1H30M", "PT90M" (days and longer are not workload). */
export function hoursFromIsoDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^P(?:0D)?T(?:(\d{1,5}(?:\.\d+)?)H)?(?:(\d{1,6}(?:\.\d+)?)M)?(?:\d+(?:\.\d+)?S)?$/i.exec(value.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return boundedNumber(Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60, MAX_HOURS);
}

/** An empty reading, for sources that found nothing. */
export function nothingFound(): PartialCapture {
  return { found: [], completion: false, confidence: 0 };
}

/** Lists the Capture fields a partial holds, in the schema's order. */
export function foundFields(partial: Omit<PartialCapture, 'found'>): CaptureField[] {
  const found: CaptureField[] = [];
  if (partial.title) found.push('title');
  if (partial.startDate) found.push('startDate');
  if (partial.endDate) found.push('endDate');
  if (partial.certificateCode) found.push('certificateCode');
  if (partial.credits !== undefined) found.push('credits');
  if (partial.hours !== undefined) found.push('hours');
  return found;
}
