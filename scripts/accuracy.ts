/**
 * npm run accuracy: runs capture on every saved page and scores each field against the truth written by hand
 * in test/fixtures/pages/<folder>/expected.json (what the page shows, not what the code happens to find).
 * Prints per-field precision and recall, page-level detection figures, and every mismatch, as JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { adapters } from '../src/capture/adapters';
import { extractCaptures, toCliCapture, type CliCapture } from '../src/capture/extract';
import { genericAdapter } from '../src/capture/generic/detector';

const PAGES = fileURLToPath(new URL('../test/fixtures/pages/', import.meta.url));
const FIELDS = ['title', 'provider', 'startDate', 'endDate', 'certificateCode', 'credits', 'creditUnit', 'hours'] as const;
type Field = (typeof FIELDS)[number];
type Expected = Partial<Record<Field, string | number>>;

const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });

function same(a: string | number | undefined, b: string | number | undefined): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

const tally = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, { tp: number; fp: number; fn: number }>;
const pages = { tp: 0, fp: 0, fn: 0, tn: 0 };
const mismatches: Array<{ page: string; field: string; expected?: unknown; found?: unknown }> = [];
const unscored: string[] = [];

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
    const url = new URL(/^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html)![1]!);
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const found: CliCapture[] = extractCaptures(doc, url, { adapters, fallback: genericAdapter }).map(toCliCapture);

    if (expected.length === 0) pages[found.length === 0 ? 'tn' : 'fp'] += 1;
    else pages[found.length > 0 ? 'tp' : 'fn'] += 1;
    // Captures and truths are paired in order; extra captures are all false positives.
    const count = Math.max(expected.length, found.length);
    for (let i = 0; i < count; i++) {
      for (const field of FIELDS) {
        const want = expected[i]?.[field];
        const got = found[i]?.[field];
        if (want !== undefined && same(want, got)) tally[field].tp += 1;
        else {
          if (got !== undefined) tally[field].fp += 1;
          if (want !== undefined) tally[field].fn += 1;
          if (want !== undefined || got !== undefined) mismatches.push({ page, field, expected: want, found: got });
        }
      }
    }
  }
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const report = {
  pages: { ...pages, precision: ratio(pages.tp, pages.tp + pages.fp), recall: ratio(pages.tp, pages.tp + pages.fn) },
  fields: Object.fromEntries(FIELDS.map((f) => [f, { ...tally[f], precision: ratio(tally[f].tp, tally[f].tp + tally[f].fp), recall: ratio(tally[f].tp, tally[f].tp + tally[f].fn) }])),
  mismatches,
  unscored,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
