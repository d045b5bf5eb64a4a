/**
 * Matching a course title against the CE Item Catalog (issue 9): Cisco grants credits only for catalogue items,
 * and a claim must name the item as the catalogue does. `indexItemCatalog` does the per-item work once;
 * `matchTitle` then answers for one title in well under a millisecond on a 5,000-item catalogue.
 *
 * Score: words weigh by rarity in the catalogue (IDF), so "Cisco" or "Implementing" decide little and
 * "Wireless" decides much. The confidence is the harmonic mean of how much of the title the item explains and
 * how much of the item the title names; a shared course acronym ("ENCOR") names the whole item. Word order is
 * ignored, a word one edit away counts for TYPO_SIMILARITY of itself. Hard rules come before any score: a
 * lite / NO LABS title only meets lite items (and a full one only full items), and two versions never meet.
 */
import type { ItemCatalogEntry } from './item-catalog';
import { boundedEditDistance, declaredAcronyms, deletionVariants, titleFeatures, type TitleFeatures } from './course-titles';

/**
 * At or above this a title gets the item's official name and credits. Set on the matching set
 * (test/fixtures/catalogue) midway in its gap: the nearest wrong item any title met scored 0.79 ("Implementing
 * Cisco Enterprise Networks" against the Wireless course: all title words present, one rare item word
 * missing), while right items under portal noise (a prefix, a typo, a missing "Introduction to") score 0.85 or
 * more. Lower lets sibling courses through; higher loses titles with one extra word.
 */
export const MATCH_THRESHOLD = 0.82;
/** Items within this of the best are a near tie: the user picks. Small: a rare extra word moves a score by ~0.1. */
export const TIE_MARGIN = 0.04;
/** Below the match threshold, a best candidate above this is still shown ("did you mean"); below it, nothing is. */
export const SUGGESTION_THRESHOLD = 0.5;
/** A word one edit away ("Enterprize") is probably the word, but less surely than an exact one. */
export const TYPO_SIMILARITY = 0.85;
/** Typos are only forgiven in words this long: "ASR" one edit from "ASA" is another product, not a typo. */
export const TYPO_MIN_LENGTH = 5;
/** Title and item naming different course acronyms ("(ENARSI)" against "(ENCOR)") are different courses. */
export const ACRONYM_CONFLICT_FACTOR = 0.6;
/** A shared Cisco Live session code names one session, whatever event, city or year the title adds around it. */
export const SESSION_CODE_CONFIDENCE = 0.95;

export interface ScoredItem {
  item: ItemCatalogEntry;
  confidence: number;
}

export type ItemCatalogMatch =
  | { kind: 'match'; item: ItemCatalogEntry; confidence: number }
  | { kind: 'tie'; candidates: ScoredItem[] }
  | { kind: 'none'; best?: ScoredItem };

/**
 * What else the record knows. Credits are deliberately not a hint: most items carry 24, 40 or 64, so equal
 * credits say little, and they must never pick one version of a course over another.
 */
export interface MatchHints {
  /** A course acronym the certificate or portal shows apart from the title ("ENCOR"). */
  acronym?: string;
}

interface IndexedItem {
  item: ItemCatalogEntry;
  features: TitleFeatures;
  /** Summed IDF weight of the item's words. */
  wordWeight: number;
  /** Items of one course across versions share this (acronym, or words, plus variant). */
  courseKey: string;
}

export interface ItemCatalogIndex {
  readonly items: readonly IndexedItem[];
  readonly knownAcronyms: ReadonlySet<string>;
  /** Word -> indices of the items that contain it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Acronym -> indices of the items that declare it. */
  readonly acronymPostings: ReadonlyMap<string, readonly number[]>;
  readonly weights: ReadonlyMap<string, number>;
  /** Deletion variant -> vocabulary words it comes from (symmetric-delete typo lookup). */
  readonly typoKeys: ReadonlyMap<string, readonly string[]>;
  /** Weight of a word no item has, and of an acronym: as rare as a word can be. */
  readonly rareWeight: number;
  /** Course key -> indices of its items: the versions of one course. */
  readonly courseGroups: ReadonlyMap<string, readonly number[]>;
}

function courseKey(features: TitleFeatures): string {
  const identity = features.acronyms.length > 0 ? [...features.acronyms].sort() : [...features.words].sort();
  return `${features.variant}|${identity.join(' ')}`;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexItemCatalog(items: readonly ItemCatalogEntry[]): ItemCatalogIndex {
  const knownAcronyms = new Set<string>();
  for (const item of items) for (const acronym of declaredAcronyms(item.name)) knownAcronyms.add(acronym);
  const featured = items.map((item) => ({ item, features: titleFeatures(item.name, knownAcronyms) }));
  const postings = new Map<string, number[]>();
  const acronymPostings = new Map<string, number[]>();
  featured.forEach(({ features }, index) => {
    for (const word of features.words) append(postings, word, index);
    for (const acronym of features.acronyms) append(acronymPostings, acronym, index);
  });
  const count = Math.max(items.length, 1);
  const weights = new Map<string, number>();
  for (const [word, list] of postings) weights.set(word, Math.log(1 + count / list.length));
  const typoKeys = new Map<string, string[]>();
  for (const word of postings.keys()) {
    if (word.length < TYPO_MIN_LENGTH) continue;
    for (const key of deletionVariants(word)) append(typoKeys, key, word);
  }
  const indexed = featured.map(({ item, features }) => ({
    item,
    features,
    wordWeight: features.words.reduce((sum, word) => sum + weights.get(word)!, 0),
    courseKey: courseKey(features),
  }));
  const courseGroups = new Map<string, number[]>();
  indexed.forEach((entry, itemIndex) => append(courseGroups, entry.courseKey, itemIndex));
  return { items: indexed, knownAcronyms, postings, acronymPostings, weights, typoKeys, rareWeight: Math.log(1 + count), courseGroups };
}

/** Vocabulary words a title word may stand for, best first: itself, then words one edit away. */
function vocabularyMatches(index: ItemCatalogIndex, word: string): Array<{ word: string; similarity: number }> {
  if (index.weights.has(word)) return [{ word, similarity: 1 }];
  if (word.length < TYPO_MIN_LENGTH) return [];
  const near = new Set<string>();
  for (const key of deletionVariants(word)) for (const candidate of index.typoKeys.get(key) ?? []) near.add(candidate);
  return [...near].filter((candidate) => boundedEditDistance(word, candidate, 1) <= 1).sort().map((candidate) => ({ word: candidate, similarity: TYPO_SIMILARITY }));
}

/** The title's words, a hyphen-joined word the catalogue lacks ("revup") replaced by its parts ("rev", "up"). */
function titleWords(index: ItemCatalogIndex, title: TitleFeatures): string[] {
  const words = new Set<string>();
  for (const word of title.words) {
    const parts = title.compoundParts[word];
    if (index.weights.has(word) || !parts || parts.length === 0) words.add(word);
    else for (const part of parts) words.add(part);
  }
  return [...words];
}

/** Hard rules: what may never be matched, whatever the words say. */
function compatible(title: TitleFeatures, item: TitleFeatures): boolean {
  if (title.variant !== item.variant) return false;
  return title.version === undefined || item.version === undefined || title.version === item.version;
}

function harmonicMean(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

interface Candidate extends ScoredItem {
  itemIndex: number;
}

/** How much of each item the title's words name: summed IDF weight per item index, one call's scratch. */
interface TitleEvidence {
  title: TitleFeatures;
  matchedWeight: Float64Array;
  /** 1 where the item declares one of the title's acronyms or session codes. */
  sharesAcronym: Uint8Array;
  touched: number[];
  /** The whole title's weight: its words (unknown ones as rare as can be) and its acronyms. */
  titleWeight: number;
}

function gatherEvidence(index: ItemCatalogIndex, title: TitleFeatures): TitleEvidence {
  const count = index.items.length;
  const matchedWeight = new Float64Array(count);
  const isTouched = new Uint8Array(count);
  // The last title word that credited each item: a word and its typo neighbours credit an item once.
  const creditedBy = new Int32Array(count);
  const touched: number[] = [];
  const touch = (itemIndex: number) => {
    if (isTouched[itemIndex] === 0) {
      isTouched[itemIndex] = 1;
      touched.push(itemIndex);
    }
  };
  let titleWeight = title.acronyms.length * index.rareWeight;
  titleWords(index, title).forEach((word, wordNumber) => {
    const matches = vocabularyMatches(index, word);
    titleWeight += matches.length > 0 ? index.weights.get(matches[0]!.word)! : index.rareWeight;
    for (const { word: vocabularyWord, similarity } of matches) {
      const weight = index.weights.get(vocabularyWord)! * similarity;
      for (const itemIndex of index.postings.get(vocabularyWord)!) {
        if (creditedBy[itemIndex] === wordNumber + 1) continue;
        creditedBy[itemIndex] = wordNumber + 1;
        matchedWeight[itemIndex]! += weight;
        touch(itemIndex);
      }
    }
  });
  const sharesAcronym = new Uint8Array(count);
  for (const acronym of title.acronyms) {
    for (const itemIndex of index.acronymPostings.get(acronym) ?? []) {
      sharesAcronym[itemIndex] = 1;
      touch(itemIndex);
    }
  }
  return { title, matchedWeight, sharesAcronym, touched, titleWeight };
}

function countShared(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (const value of a) if (b.includes(value)) shared += 1;
  return shared;
}

/** The item's confidence for this title, or undefined when a hard rule forbids the match. */
function confidenceOf(index: ItemCatalogIndex, evidence: TitleEvidence, itemIndex: number): number | undefined {
  const { title, titleWeight } = evidence;
  const entry = index.items[itemIndex]!;
  if (!compatible(title, entry.features)) return undefined;
  const weight = evidence.matchedWeight[itemIndex]!;
  const sharedAcronyms = countShared(title.acronyms, entry.features.acronyms);
  const titleExplained = titleWeight === 0 ? 0 : (weight + sharedAcronyms * index.rareWeight) / titleWeight;
  const itemNamed = sharedAcronyms > 0 ? 1 : entry.wordWeight === 0 ? 0 : Math.min(1, weight / entry.wordWeight);
  let confidence = harmonicMean(Math.min(1, titleExplained), itemNamed);
  if (sharedAcronyms === 0 && title.acronyms.length > 0 && entry.features.acronyms.length > 0) confidence *= ACRONYM_CONFLICT_FACTOR;
  if (countShared(title.sessionCodes, entry.features.sessionCodes) > 0) confidence = Math.max(confidence, SESSION_CODE_CONFIDENCE);
  return Math.min(1, Math.round(confidence * 1000) / 1000);
}

/** The most confidenceOf can give an item that shares no acronym: cheap enough to skip most of a big catalogue. */
function wordsOnlyBound(index: ItemCatalogIndex, evidence: TitleEvidence, itemIndex: number): number {
  const weight = evidence.matchedWeight[itemIndex]!;
  const wordWeight = index.items[itemIndex]!.wordWeight;
  return harmonicMean(evidence.titleWeight === 0 ? 0 : Math.min(1, weight / evidence.titleWeight), wordWeight === 0 ? 0 : Math.min(1, weight / wordWeight));
}

const itemOrderKey = ({ name, provider, type, code, credits }: ItemCatalogEntry) => [name, provider ?? '', type ?? '', code ?? '', String(credits)].join('\u0000');

/** Best first; equal confidences by name, provider, type, code: the answer never depends on the catalogue's order. */
function byConfidence(a: ScoredItem, b: ScoredItem): number {
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  const [keyA, keyB] = [itemOrderKey(a.item), itemOrderKey(b.item)];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

const scoredItem = ({ item, confidence }: Candidate): ScoredItem => ({ item, confidence });

export function matchTitle(index: ItemCatalogIndex, title: string, hints: MatchHints = {}): ItemCatalogMatch {
  const features = titleFeatures(title, index.knownAcronyms);
  const hinted = hints.acronym ? titleFeatures(hints.acronym, index.knownAcronyms).acronyms : [];
  for (const acronym of hinted) if (!features.acronyms.includes(acronym)) features.acronyms.push(acronym);
  const evidence = gatherEvidence(index, features);
  // Only items that could be shown are kept and sorted: on a large catalogue "Cisco" alone touches nearly all.
  const ranked: Candidate[] = [];
  for (const itemIndex of evidence.touched) {
    if (evidence.sharesAcronym[itemIndex] === 0 && wordsOnlyBound(index, evidence, itemIndex) < SUGGESTION_THRESHOLD) continue;
    const confidence = confidenceOf(index, evidence, itemIndex);
    if (confidence !== undefined && confidence >= SUGGESTION_THRESHOLD) ranked.push({ itemIndex, item: index.items[itemIndex]!.item, confidence });
  }
  ranked.sort(byConfidence);
  const best = ranked[0];
  if (!best || best.confidence < MATCH_THRESHOLD) return best ? { kind: 'none', best: scoredItem(best) } : { kind: 'none' };
  const near = ranked.filter((candidate) => candidate.confidence >= MATCH_THRESHOLD && best.confidence - candidate.confidence <= TIE_MARGIN);
  if (features.version === undefined) {
    // A title without a version cannot say which release of a course it was: every release is the user's pick,
    // however its words score (a course renamed between versions scores low on the old name's words).
    for (const itemIndex of index.courseGroups.get(index.items[best.itemIndex]!.courseKey)!) {
      if (near.some((candidate) => candidate.itemIndex === itemIndex)) continue;
      const confidence = confidenceOf(index, evidence, itemIndex);
      if (confidence !== undefined) near.push({ itemIndex, item: index.items[itemIndex]!.item, confidence });
    }
  }
  if (near.length > 1) return { kind: 'tie', candidates: near.sort(byConfidence).map(scoredItem) };
  return { kind: 'match', item: best.item, confidence: best.confidence };
}
