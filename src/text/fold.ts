/**
 * Text folding: what two spellings of one word have in common. "Sécurité", "SECURITE" and "securite" are one
 * word to a search, a label, a month name or a course title. Pure and import-free, so every room may use it,
 * the domain and the content scripts included.
 */

const ASCII = /^[^\u0080-\uffff]*$/;

/**
 * Accents and other combining marks taken off, compatibility forms made plain ("ﬁ" as "fi", full-width letters
 * as ASCII). ASCII text, nearly all of it, is returned as it is without normalizing.
 */
export function withoutAccents(text: string): string {
  return ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Lower case, without accents: the key under which two spellings of a word meet. */
export function foldedText(text: string): string {
  return withoutAccents(text).toLowerCase();
}

/** Zero-width characters, soft hyphens, the BOM and bidi controls: invisible on the page, so never part of a value. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}
