/**
 * Scores catalogue matching (issue 9) against the hand-written matching set in test/fixtures/catalogue: used by
 * `npm run accuracy` for its report and by the unit test that holds the figures. The lite/full and version
 * checks here use their own plain reading of the names, not the matcher's, so a matcher bug cannot hide itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ItemCatalogEntry } from '../src/domain/item-catalog';
import { indexItemCatalog, matchTitle, type ItemCatalogMatch } from '../src/domain/item-catalog-match';

export const MATCHING_SET_FILE = fileURLToPath(new URL('../test/fixtures/catalogue/matching-set.json', import.meta.url));

const MatchingPair = z.object({
  title: z.string().min(1),
  /** The item's name; null: not in the catalogue; several names: the title cannot tell them apart, the user picks. */
  expected: z.union([z.string(), z.null(), z.array(z.string()).min(2)]),
  note: z.string(),
});
export type MatchingPair = z.infer<typeof MatchingPair>;
export const MatchingSet = z.object({ items: z.array(ItemCatalogEntry).min(1), pairs: z.array(MatchingPair).min(1) });
export type MatchingSet = z.infer<typeof MatchingSet>;

export function readMatchingSet(): MatchingSet {
  return MatchingSet.parse(JSON.parse(readFileSync(MATCHING_SET_FILE, 'utf8')));
}

export interface Mismatch {
  title: string;
  expected: string | string[] | null;
  found: string | string[] | null;
  outcome: ItemCatalogMatch['kind'];
  note: string;
}

export interface CatalogueMatchingReport {
  pairs: number;
  /** Right item matched, or the right set of items offered as a tie. */
  tp: number;
  /** A match, or a tie without the right item, offered where the truth is another item or none. */
  fp: number;
  /** The right item not matched (a none, a tie where one item was right, or a wrong item). */
  fn: number;
  /** Titles not in the catalogue, correctly left unmatched. */
  tn: number;
  precision: number | null;
  recall: number | null;
  /** Must stay 0: a lite / NO LABS title matched to a full item, or the other way round. */
  liteFullMatches: number;
  /** Must stay 0: title and matched item both carry a version, and they differ. */
  wrongVersionMatches: number;
  mismatches: Mismatch[];
}

const LITE = /(?<![a-z])(?:lite|no[\s-]*labs?)(?![a-z])/i;
const VERSION = /(?:(?<![a-z0-9])v|version\s*)(\d+(?:\.\d+)*)|(?<![\d.])(\d+\.\d+(?:\.\d+)?)(?![\d.a-z])/i;

function plainVersion(text: string): string | undefined {
  const found = VERSION.exec(text);
  return found ? (found[1] ?? found[2])!.replace(/(?:\.0+)+$/, '') : undefined;
}

function proposed(result: ItemCatalogMatch): string | string[] | null {
  if (result.kind === 'match') return result.item.name;
  if (result.kind === 'tie') return result.candidates.map((c) => c.item.name);
  return null;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name) => b.includes(name));

export function scoreItemCatalogMatching(set: MatchingSet): CatalogueMatchingReport {
  const index = indexItemCatalog(set.items);
  const report: CatalogueMatchingReport = { pairs: set.pairs.length, tp: 0, fp: 0, fn: 0, tn: 0, precision: null, recall: null, liteFullMatches: 0, wrongVersionMatches: 0, mismatches: [] };
  for (const pair of set.pairs) {
    const result = matchTitle(index, pair.title);
    const found = proposed(result);
    const { expected } = pair;
    let right: boolean;
    if (expected === null) right = result.kind === 'none';
    else if (typeof expected === 'string') right = result.kind === 'match' && result.item.name === expected;
    else right = result.kind === 'tie' && sameSet(found as string[], expected);
    if (right) report[expected === null ? 'tn' : 'tp'] += 1;
    else {
      // A tie that offers the right item asks the user rather than erring: a missed match, not a wrong one.
      const offeredTheItem = result.kind === 'tie' && typeof expected === 'string' && (found as string[]).includes(expected);
      if (result.kind !== 'none' && !offeredTheItem) report.fp += 1;
      if (expected !== null) report.fn += 1;
      report.mismatches.push({ title: pair.title, expected, found, outcome: result.kind, note: pair.note });
    }
    if (result.kind === 'match') {
      if (LITE.test(pair.title) !== LITE.test(result.item.name)) report.liteFullMatches += 1;
      const titleVersion = plainVersion(pair.title);
      const itemVersion = plainVersion(result.item.name);
      if (titleVersion !== undefined && itemVersion !== undefined && titleVersion !== itemVersion) report.wrongVersionMatches += 1;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  report.precision = ratio(report.tp, report.tp + report.fp);
  report.recall = ratio(report.tp, report.tp + report.fn);
  return report;
}
