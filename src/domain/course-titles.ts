/**
 * The one title engine: how course titles are compared, wherever they come from. Learning portals, certificates,
 * the CE Item Catalog and the CE portal's claims name the same course differently ("ENCOR v1.2 | Cisco U." against
 * "Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2"). Two readings share one set of rules
 * (folding, the "lite" / "NO LABS" variant, version markers):
 * - titleFeatures, for the catalogue matcher (issue 9): a title's words, course acronyms, version and variant,
 *   compared loosely (words in any order, typos, acronyms the catalogue knows);
 * - titleKey and titleMatch, for the portal sync: a claim names the item the user submitted, so the same title
 *   to the letter after folding, with only a version marker or a bracketed acronym left out.
 * Pure; no catalogue knowledge except the set of acronyms the caller says are known.
 */
import { foldedText, withoutInvisibles } from '../text/fold';

/** "lite" and "NO LABS" digital courses earn no Cisco CE credits: the variant is part of a course's identity. */
export type CourseVariant = 'full' | 'lite';

export interface TitleFeatures {
  /** Cisco Live session codes ("brkens2092"), also listed in `acronyms`: each names exactly one session. */
  sessionCodes: string[];
  /** Content words, lower case, accent-free, singular, without fillers, acronyms or version words; deduplicated. */
  words: string[];
  /** Words joined from hyphenated ones ("revup" from "Rev-Up"), with their parts ("rev", "up"). */
  compoundParts: Record<string, string[]>;
  /** Known course acronyms ("encor") and Cisco Live session codes ("brkens2092"), lower case. */
  acronyms: string[];
  /** "1.2", "2" ("v2.0" and "v2" name the same release); absent when the title names none. */
  version?: string;
  variant: CourseVariant;
}

/**
 * Words that say how or where a course is delivered, not which course it is: portals add them freely
 * ("... e-Learning", "... | Cisco U. Learning Path"), the catalogue mostly does not.
 */
const FILLER_WORDS = new Set([
  'a', 'an', 'the', 'and', 'of', 'for', 'to', 'with', 'in', 'on', 'by', 'at', 'your', 'using',
  'course', 'elearning', 'training', 'online', 'selfpaced', 'self', 'paced', 'learning', 'path', 'digital',
  'video', 'videos', 'module', 'program', 'programme', 'class', 'ondemand', 'demand', 'labs', 'lab', 'edition',
  'updated', 'update', 'new', 'latest', 'version', 'release', 'certificate', 'completion', 'completed', 'u',
  'instructorled', 'ilt', 'vilt', 'classroom', 'live', 'day', 'days', 'hour', 'hours',
]);

/** The word that marks a version ("v1.2", "v 2", "version 1.1", "ver. 3.0", "release 2.1"), and the number after it. */
const VERSION_MARK = String.raw`(?:v|ver|version|release|rel)\s*\.?\s*(\d{1,2}(?:\.\d{1,2}){0,2})`;
/** A marked version anywhere, or a bare "1.1" (a bare integer is too often a year or a model). */
const VERSION_PATTERN = new RegExp(String.raw`(?<![a-z0-9.])(?:${VERSION_MARK}|(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?))(?![a-z0-9]|\.\d)`);
/** The ways portals and the catalogue spell the lab-less variant. */
const LITE_PATTERN = /(?<![a-z0-9])(?:lite|no\s*-?\s*labs?|without\s+labs?|labless|lab\s*-?\s*free)(?![a-z0-9])/;
const LITE_PATTERN_ALL = new RegExp(LITE_PATTERN.source, 'g');
/** Cisco Live session codes (BRKENS-2092, LTRSEC-3001): one session, whatever its title says around it. */
const SESSION_CODE_PATTERN = /(?<![a-z0-9])([a-z]{3,8})[\s-]?(\d{4})(?![a-z0-9])/g;
/** Exam numbers ("200-301", "350-401") name an exam, not a course, and titles add them freely. */
const EXAM_NUMBER_PATTERN = /(?<![a-z0-9])\d{3}-\d{3}(?![a-z0-9])/g;
/** Cisco Live's session families: breakout, lab, technical seminar, DevNet, PSO; other letters+digits are words. */
const SESSION_CODE_PREFIX = /^(?:brk|ltr|tec|devnet|devwks|pso|ibo)[a-z]*$/;

/** Lower case, no accents, "&" as "and": what two spellings of one title have in common. */
export function foldText(text: string): string {
  return foldedText(text)
    .replace(/&/g, ' and ')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Plural and singular name the same thing ("Technologies" in one title, "Technology" in another). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** "2.0" and "2" are one release; "1.10" stays distinct from "1.1". */
export function canonicalVersion(version: string): string {
  return version.replace(/(?:\.0+)+$/, '');
}

function sessionCodes(folded: string): { codes: string[]; rest: string } {
  const codes: string[] = [];
  const rest = folded.replace(SESSION_CODE_PATTERN, (whole, letters: string, digits: string) => {
    if (!SESSION_CODE_PREFIX.test(letters)) return whole;
    codes.push(`${letters}${digits}`);
    return ' ';
  });
  return { codes, rest };
}

/**
 * The features of one title. `knownAcronyms` (lower case) are the course acronyms of the catalogue: a title
 * word is an acronym only when the catalogue knows it as one, so "ENCOR", "(encor)" and "Encor" read alike.
 */
export function titleFeatures(title: string, knownAcronyms: ReadonlySet<string>): TitleFeatures {
  let text = foldText(title);
  const session = sessionCodes(text);
  text = session.rest;
  const variant: CourseVariant = LITE_PATTERN.test(text) ? 'lite' : 'full';
  text = text.replace(LITE_PATTERN_ALL, ' ').replace(EXAM_NUMBER_PATTERN, ' ');
  const versionMatch = VERSION_PATTERN.exec(text);
  const version = versionMatch ? canonicalVersion((versionMatch[1] ?? versionMatch[2])!) : undefined;
  if (versionMatch) text = text.slice(0, versionMatch.index) + ' ' + text.slice(versionMatch.index + versionMatch[0].length);
  // "SD-WAN", "SDWAN" and "e-Learning" are single words to whoever typed them; but "Rev-Up" may be "Rev Up"
  // to the catalogue, so each joined word keeps its parts for the matcher to fall back on.
  const compoundParts: Record<string, string[]> = {};
  for (const compound of text.match(/[a-z0-9]+(?:[-'’.][a-z0-9]+)+/g) ?? []) {
    const parts = compound.split(/[-'’.]/).filter((part) => part.length >= 2 && !FILLER_WORDS.has(part));
    compoundParts[singular(compound.replace(/[-'’.]/g, ''))] = parts.map(singular);
  }
  text = text.replace(/(?<=[a-z0-9])[-'’.](?=[a-z0-9])/g, '');
  const acronyms = new Set(session.codes);
  const words = new Set<string>();
  for (const raw of text.split(/[^a-z0-9]+/)) {
    if (raw.length === 0) continue;
    if (knownAcronyms.has(raw)) {
      acronyms.add(raw);
      continue;
    }
    if (FILLER_WORDS.has(raw) || raw.length < 2) continue;
    words.add(singular(raw));
  }
  return { sessionCodes: session.codes, words: [...words], compoundParts, acronyms: [...acronyms], ...(version !== undefined ? { version } : {}), variant };
}

/** Course acronyms a catalogue name declares: "(ENCOR)", "(CCNA)", "(SD-WAN)"; lower case, hyphens dropped. */
export function declaredAcronyms(name: string): string[] {
  const found: string[] = [];
  for (const match of foldText(name).matchAll(/\(\s*([a-z][a-z0-9-]{2,11})\s*\)/g)) {
    const acronym = match[1]!.replace(/-/g, '');
    // A catalogue also parenthesises ordinary words ("(Beta)", "(Lite)"): those are not course codes.
    if (!FILLER_WORDS.has(acronym) && !/^(?:lite|beta|new|labs?|nolabs?)$/.test(acronym)) found.push(acronym);
  }
  return found;
}

/**
 * Optimal string alignment distance capped at `max` (adjacent transpositions count once: "Netwrok").
 * Returns max + 1 as soon as the distance must exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** Every string one deletion away from `word`, and `word` itself: the keys of the typo index. */
export function deletionVariants(word: string): string[] {
  const variants = new Set([word]);
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
}

// ---------------------------------------------------------------------- exact keys, for the portal sync

/** An acronym in brackets: "(ENAUTO)", "[SD-WAN]"; one token of capitals and digits. */
const BRACKETED_ACRONYM = /\s*[([]\s*([A-Z0-9][A-Z0-9+&/-]{1,15})\s*[)\]]/g;
/** A version marker at the end: "v1.1", "V 3.0", "version 2", "(v1.1)", "- v1.1". */
const TRAILING_VERSION = new RegExp(String.raw`(?:^|[\s\-–—:,([])${VERSION_MARK}\s*[)\]]?\s*$`, 'i');

/** Text as a person reads it: compatibility forms made plain, invisible characters and extra spacing gone. */
export function cleanText(text: string): string {
  return withoutInvisibles(text.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/** Folded (foldText), with punctuation and spacing reduced to single spaces: "Cisco U." and "cisco u" are one. */
export function foldedWords(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export interface TitleKey {
  /** Folded words, without the version marker and bracketed acronyms. */
  base: string;
  /** "1.1" for "v1.1"; trailing ".0"s dropped, so v1 = v1.0. */
  version?: string;
  acronyms: string[];
  /** The "lite" / "NO LABS" variant: never the same item as the full course. */
  reduced: boolean;
}

export function titleKey(title: string): TitleKey {
  let text = cleanText(title);
  const reduced = LITE_PATTERN.test(foldText(text));
  const acronyms: string[] = [];
  text = text.replace(BRACKETED_ACRONYM, (whole, token: string) => {
    if (!/[A-Z]/.test(token) || LITE_PATTERN.test(foldText(token))) return whole;
    acronyms.push(token.replace(/[^A-Z0-9]/g, ''));
    return ' ';
  });
  const version = TRAILING_VERSION.exec(text.trim());
  if (version) text = text.trim().slice(0, version.index);
  const key: TitleKey = { base: foldedWords(text), acronyms: [...new Set(acronyms)].sort(), reduced };
  if (version) key.version = canonicalVersion(version[1]!);
  return key;
}

/** 2: the same title to the letter (after folding); 1: the same item with a version or acronym left out; 0: not the same. */
export function titleMatch(a: TitleKey, b: TitleKey): 0 | 1 | 2 {
  if (!a.base || a.base !== b.base || a.reduced !== b.reduced) return 0;
  if (a.version !== undefined && b.version !== undefined && a.version !== b.version) return 0;
  const sameAcronyms = a.acronyms.join(' ') === b.acronyms.join(' ');
  if (a.acronyms.length > 0 && b.acronyms.length > 0 && !sameAcronyms) return 0;
  return a.version === b.version && sameAcronyms ? 2 : 1;
}
