/**
 * npm run accuracy: first the blind rounds and the real certificates (scripts/artifact-score.ts): per round, the share
 * of expected fields read right per surface and per field, false captures on negatives, what was missed or wrong,
 * and whether the round fell below its floor (exit 1 when one did; `--update-floors` records today's figures as
 * the new floors instead). A round's taught sites are scored as recipes too (scripts/taught-score.ts, "taught").
 * Then the fixtures written with the code, a regression guard only:
 * runs capture on every saved page and certificate PDF and scores each field against the truth
 * written by hand in test/fixtures/pages/<folder>/expected.json and test/fixtures/pdfs/expected.json (what the
 * page shows, not what the code happens to find). Prints per-field precision and recall (all sources, and PDFs
 * on their own), page-level detection figures, the PDFs whose problem was not the expected one, and every
 * mismatch, as JSON. A "catalogueMatching" section scores matching titles against the CE Item Catalog on the
 * hand-judged set in test/fixtures/catalogue (see scripts/item-catalog-accuracy.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { adapters } from '../src/capture/adapters';
import { extractCaptures, toCliCapture, type CliCapture } from '../src/capture/extract';
import { genericAdapter } from '../src/capture/generic/detector';
import { captureFromPdfText } from '../src/capture/pdf';
import { readPdfFile } from '../src/capture/pdf-node';
import { fixtureUrl } from '../test/helpers/fixtures';
import { readMatchingSet, scoreItemCatalogMatching } from './item-catalog-accuracy';
import { FLOORS_FILE, fallbacks, floorOf, readFloors, scoredSets, scoreSet, type ArtifactResult, type SetSummary } from './artifact-score';
import { writeFileSync } from 'node:fs';
import { scoreTaughtRound, taughtFloorKey, taughtRounds, type TaughtSummary } from './taught-score';

const PAGES = fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));
const PDFS = fileURLToPath(new URL('../test/fixtures/pdfs/', import.meta.url));
const FIELDS = ['title', 'provider', 'startDate', 'endDate', 'certificateCode', 'credits', 'creditUnit', 'hours'] as const;
type Field = (typeof FIELDS)[number];
type Expected = Partial<Record<Field, string | number>>;

const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });

function same(a: string | number | undefined, b: string | number | undefined): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

type Tally = Record<Field, { tp: number; fp: number; fn: number }>;
const newTally = () => Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Tally;
const tally = newTally();
const pdfTally = newTally();
const pages = { tp: 0, fp: 0, fn: 0, tn: 0 };
const mismatches: Array<{ page: string; field: string; expected?: unknown; found?: unknown }> = [];
const problemMismatches: Array<{ pdf: string; expected?: string; found?: string }> = [];
const unscored: string[] = [];

/** Scores one page's (or PDF's) captures against its truth, into the overall tally and any extra ones. */
function score(page: string, expected: readonly Expected[], found: readonly CliCapture[], ...extra: Tally[]): void {
  if (expected.length === 0) pages[found.length === 0 ? 'tn' : 'fp'] += 1;
  else pages[found.length > 0 ? 'tp' : 'fn'] += 1;
  // Captures and truths are paired in order; extra captures are all false positives.
  const count = Math.max(expected.length, found.length);
  for (let i = 0; i < count; i++) {
    for (const field of FIELDS) {
      const want = expected[i]?.[field];
      const got = found[i]?.[field];
      const hit = want !== undefined && same(want, got);
      for (const t of [tally, ...extra]) {
        if (hit) t[field].tp += 1;
        if (!hit && got !== undefined) t[field].fp += 1;
        if (!hit && want !== undefined) t[field].fn += 1;
      }
      if (!hit && (want !== undefined || got !== undefined)) mismatches.push({ page, field, expected: want, found: got });
    }
  }
}

for (const folder of readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const truthFile = join(PAGES, folder, 'expected.json');
  const truth: Record<string, Expected[]> = existsSync(truthFile) ? JSON.parse(readFileSync(truthFile, 'utf8')) : {};
  for (const name of readdirSync(join(PAGES, folder)).filter((n) => n.endsWith('.html')).sort()) {
    const page = `${folder}/${name}`;
    const expected = truth[name];
    if (!expected) {
      unscored.push(page);
      continue;
    }
    const html = readFileSync(join(PAGES, folder, name), 'utf8');
    const url = fixtureUrl(html);
    if (!url) throw new Error(`${folder}/${name} has no leading <!-- url: … --> comment`);
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const found: CliCapture[] = extractCaptures(doc, url, { adapters, fallback: genericAdapter }).map(toCliCapture);
    score(page, expected, found);
  }
}

// Certificate PDFs: a good one must yield its capture; a bad one none, and the expected problem.
const pdfTruth: Record<string, { capture?: Expected; problem?: string }> = JSON.parse(readFileSync(join(PDFS, 'expected.json'), 'utf8'));
for (const name of readdirSync(PDFS).filter((n) => n.endsWith('.pdf')).sort()) {
  const truth = pdfTruth[name];
  if (!truth) {
    unscored.push(`pdfs/${name}`);
    continue;
  }
  const result = await readPdfFile(join(PDFS, name));
  const capture = result.ok ? captureFromPdfText(result.pages, { fileName: name }) : undefined;
  const problem = result.ok ? undefined : result.problem;
  if (problem !== truth.problem) problemMismatches.push({ pdf: `pdfs/${name}`, expected: truth.problem, found: problem });
  score(`pdfs/${name}`, truth.capture ? [truth.capture] : [], capture ? [toCliCapture(capture)] : [], pdfTally);
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const figures = (t: Tally) =>
  Object.fromEntries(FIELDS.map((f) => [f, { ...t[f], precision: ratio(t[f].tp, t[f].tp + t[f].fp), recall: ratio(t[f].tp, t[f].tp + t[f].fn) }]));
const blind: Record<string, { summary: SetSummary; misread: Array<Pick<ArtifactResult, 'name'> & { fields: ArtifactResult['fields'] }>; fallbacks: string[] }> = {};
const floors = readFloors();
const updating = process.argv.includes('--update-floors');
for (const { name, dir } of scoredSets()) {
  const { results, summary } = await scoreSet(dir);
  if (updating) floors[name] = floorOf(summary);
  const misread = results
    .map((r) => ({ name: r.name, fields: r.fields.filter((f) => f.verdict !== 'right') }))
    .filter((r) => r.fields.length > 0);
  blind[name] = { summary, misread, fallbacks: updating ? [] : fallbacks(name, summary, floors[name]) };
}
// Taught sites (round-N/taught/): a recipe learned on each system's teach page reads its other pages.
const taught: Record<string, Omit<TaughtSummary, 'results'> & { fallbacks: string[] }> = {};
for (const { name, dir } of taughtRounds()) {
  const { results: _results, ...summary } = scoreTaughtRound(dir)!;
  const key = taughtFloorKey(name);
  if (updating) floors[key] = floorOf(summary.withRecipe);
  taught[name] = { ...summary, fallbacks: updating ? [] : [...fallbacks(key, summary.withRecipe, floors[key]), ...summary.links.wrong.map((link) => `${key}: certificate link misread: ${link}`)] };
}
if (updating) writeFileSync(FLOORS_FILE, `${JSON.stringify(floors, null, 2)}\n`);

const report = {
  blind,
  taught,
  pages: { ...pages, precision: ratio(pages.tp, pages.tp + pages.fp), recall: ratio(pages.tp, pages.tp + pages.fn) },
  fields: figures(tally),
  pdfFields: figures(pdfTally),
  pdfProblemMismatches: problemMismatches,
  mismatches,
  unscored,
  catalogueMatching: scoreItemCatalogMatching(readMatchingSet()),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
const fellBack = [...Object.values(blind), ...Object.values(taught)].flatMap((set) => set.fallbacks);
if (fellBack.length > 0) {
  process.stderr.write(`Below their floors:\n- ${fellBack.join('\n- ')}\n`);
  process.exitCode = 1;
}
