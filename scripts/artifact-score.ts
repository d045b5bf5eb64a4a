/**
 * Scores the readers on documents somebody else wrote: a folder of pages and certificate PDFs, each `NAME.html` or
 * `NAME.pdf` beside `NAME.expect.json` (the blind rounds in test/fixtures/blind/round-N/ and the real certificates
 * in ../shared/real-certificates/ share this shape). A truth file says what a person reading the document would type
 * into a claim: `expect` holds the fields (or `{ "none": true }` for a document that is no award), `alt` other
 * values a fair reader could give, `url` where a page lives, `recipient` the learner's name it shows.
 *
 * Every document is read the way the extension reads it: a page through the adapters that serve its address and
 * the generic reader, a PDF through pdf.js and the certificate reader. The score of a field is right, missed (the
 * document shows it, nothing was read), wrong (something else was read) or extra (read, but the document does not
 * show it); the headline figure is right / expected, per surface.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { adapters } from '../src/capture/adapters';
import { extractCaptures, toCliCapture, type CliCapture } from '../src/capture/extract';
import { genericAdapter } from '../src/capture/generic/detector';
import { captureFromPdfText } from '../src/capture/pdf';
import { readPdfFile } from '../src/capture/pdf-node';

export const SCORED_FIELDS = ['title', 'provider', 'startDate', 'endDate', 'certificateCode', 'credits', 'creditUnit', 'hours'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];
export type Surface = 'page' | 'pdf';
type Value = string | number;

export interface Truth {
  url?: string;
  recipient?: string;
  expect: Partial<Record<ScoredField, Value>> & { none?: boolean };
  alt?: Partial<Record<ScoredField, Value[]>>;
}

export interface Artifact {
  /** Path relative to the set's folder, e.g. "pages-a/cisco-u-path.html". */
  name: string;
  file: string;
  surface: Surface;
  truth: Truth;
}

export type Verdict = 'right' | 'missed' | 'wrong' | 'extra';

export interface FieldResult {
  field: ScoredField;
  verdict: Verdict;
  expected?: Value;
  found?: Value;
}

export interface ArtifactResult {
  name: string;
  surface: Surface;
  negative: boolean;
  /** How many captures the readers gave. */
  captures: number;
  fields: FieldResult[];
  /** The learner's name was read as the title or the provider: a privacy failure as much as a wrong field. */
  recipientRead: boolean;
  /** Why nothing could be read, when the reader said (a PDF's problem). */
  problem?: string;
}

/** Every `NAME.expect.json` under `dir` (any depth) with its document, in a stable order. */
export function readArtifacts(dir: string): Artifact[] {
  const out: Artifact[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.expect.json')) {
        const stem = path.slice(0, -'.expect.json'.length);
        const file = ['.html', '.pdf'].map((ext) => stem + ext).find((candidate) => existsSync(candidate));
        if (!file) throw new Error(`${relative(dir, path)} has no .html or .pdf beside it`);
        const truth = JSON.parse(readFileSync(path, 'utf8')) as Truth;
        out.push({ name: relative(dir, file), file, surface: file.endsWith('.pdf') ? 'pdf' : 'page', truth });
      }
    }
  };
  walk(dir);
  return out;
}

const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });

/** What the extension makes of one document: its captures as the CLI prints them, or the PDF reader's problem. */
export async function readArtifact(artifact: Artifact): Promise<{ captures: CliCapture[]; problem?: string }> {
  if (artifact.surface === 'pdf') {
    const result = await readPdfFile(artifact.file);
    if (!result.ok) return { captures: [], problem: result.problem };
    const capture = captureFromPdfText(result.pages, { fileName: basename(artifact.file) });
    return { captures: capture ? [toCliCapture(capture)] : [] };
  }
  const url = new URL(artifact.truth.url ?? 'https://saved-page.invalid/');
  const html = readFileSync(artifact.file, 'utf8');
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { captures: extractCaptures(doc, url, { adapters, fallback: genericAdapter }).map(toCliCapture) };
}

/** Text compared as a reader would: case, spacing, quote and dash styles and trailing punctuation do not matter. */
export function comparableText(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"']+|[\s"'.,;:]+$/g, '');
}

const NUMBER_TOLERANCE = 0.01;

export function sameValue(want: Value, got: Value | undefined): boolean {
  if (got === undefined) return false;
  if (typeof want === 'number') return typeof got === 'number' && Math.abs(want - got) <= NUMBER_TOLERANCE + 1e-9;
  return comparableText(String(got)) === comparableText(want);
}

/** Scores one document's first capture against its truth. */
export function scoreArtifact(artifact: Pick<Artifact, 'name' | 'surface' | 'truth'>, captures: readonly CliCapture[], problem?: string): ArtifactResult {
  const { expect, alt = {}, recipient } = artifact.truth;
  const negative = expect.none === true;
  const first = captures[0];
  const fields: FieldResult[] = [];
  if (!negative) {
    for (const field of SCORED_FIELDS) {
      const want = expect[field];
      const got = first?.[field];
      if (want === undefined) {
        if (got !== undefined) fields.push({ field, verdict: 'extra', found: got });
        continue;
      }
      const right = [want, ...(alt[field] ?? [])].some((value) => sameValue(value, got));
      fields.push({ field, verdict: right ? 'right' : got === undefined ? 'missed' : 'wrong', expected: want, ...(got === undefined ? {} : { found: got }) });
    }
  }
  const recipientRead = recipient !== undefined && captures.some((c) => ['title', 'provider'].some((f) => sameValue(recipient, c[f as 'title'])));
  return { name: artifact.name, surface: artifact.surface, negative, captures: captures.length, fields, recipientRead, ...(problem ? { problem } : {}) };
}

interface Count {
  right: number;
  expected: number;
}

export interface SetSummary {
  /** right / expected over every expected field, per surface and together. */
  accuracy: Record<Surface | 'all', number | null>;
  expected: Record<Surface | 'all', number>;
  perField: Record<ScoredField, Count & { wrong: number; missed: number; extra: number }>;
  perFieldBySurface: Record<Surface, Record<ScoredField, number | null>>;
  documents: { pages: number; pdfs: number; negatives: number };
  /** Negatives the readers captured anyway. */
  falseCaptures: string[];
  /** Positives the readers captured nothing from. */
  notCaptured: string[];
  recipientRead: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

export function summarise(results: readonly ArtifactResult[]): SetSummary {
  const perField = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { right: 0, expected: 0, wrong: 0, missed: 0, extra: 0 }])) as SetSummary['perField'];
  const bySurface = { page: {} as Record<ScoredField, Count>, pdf: {} as Record<ScoredField, Count> };
  for (const surface of ['page', 'pdf'] as const) for (const f of SCORED_FIELDS) bySurface[surface][f] = { right: 0, expected: 0 };
  for (const result of results) {
    for (const { field, verdict } of result.fields) {
      perField[field][verdict] += 1;
      if (verdict === 'extra') continue;
      perField[field].expected += 1;
      bySurface[result.surface][field].expected += 1;
      if (verdict === 'right') bySurface[result.surface][field].right += 1;
    }
  }
  const total = (surface: Surface) => SCORED_FIELDS.reduce((sum, f) => ({ right: sum.right + bySurface[surface][f].right, expected: sum.expected + bySurface[surface][f].expected }), { right: 0, expected: 0 });
  const page = total('page');
  const pdf = total('pdf');
  return {
    accuracy: { page: ratio(page.right, page.expected), pdf: ratio(pdf.right, pdf.expected), all: ratio(page.right + pdf.right, page.expected + pdf.expected) },
    expected: { page: page.expected, pdf: pdf.expected, all: page.expected + pdf.expected },
    perField,
    perFieldBySurface: {
      page: Object.fromEntries(SCORED_FIELDS.map((f) => [f, ratio(bySurface.page[f].right, bySurface.page[f].expected)])) as Record<ScoredField, number | null>,
      pdf: Object.fromEntries(SCORED_FIELDS.map((f) => [f, ratio(bySurface.pdf[f].right, bySurface.pdf[f].expected)])) as Record<ScoredField, number | null>,
    },
    documents: {
      pages: results.filter((r) => r.surface === 'page').length,
      pdfs: results.filter((r) => r.surface === 'pdf').length,
      negatives: results.filter((r) => r.negative).length,
    },
    falseCaptures: results.filter((r) => r.negative && r.captures > 0).map((r) => r.name),
    notCaptured: results.filter((r) => !r.negative && r.captures === 0).map((r) => r.name),
    recipientRead: results.filter((r) => r.recipientRead).map((r) => r.name),
  };
}

/** Reads and scores every document of a set. */
export async function scoreSet(dir: string): Promise<{ results: ArtifactResult[]; summary: SetSummary }> {
  const results: ArtifactResult[] = [];
  for (const artifact of readArtifacts(dir)) {
    const { captures, problem } = await readArtifact(artifact);
    results.push(scoreArtifact(artifact, captures, problem));
  }
  return { results, summary: summarise(results) };
}

/** Where the rounds live, and the real certificates beside the project (present on developers' machines and in CI). */
export const BLIND_DIR = fileURLToPath(new URL('../test/fixtures/blind/', import.meta.url));
export const REAL_CERTIFICATES_DIR = fileURLToPath(new URL('../../shared/real-certificates/', import.meta.url));
export const FLOORS_FILE = join(BLIND_DIR, 'floors.json');

/** Every set that is scored: the blind rounds in order, then the real certificates when they are there. */
export function scoredSets(): Array<{ name: string; dir: string }> {
  const rounds = readdirSync(BLIND_DIR)
    .filter((name) => /^round-\d+$/.test(name))
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
    .map((name) => ({ name, dir: join(BLIND_DIR, name) }));
  return existsSync(REAL_CERTIFICATES_DIR) ? [...rounds, { name: 'real-certificates', dir: REAL_CERTIFICATES_DIR }] : rounds;
}

/** What a set must keep: the share of expected fields read right per surface, and at most so many false captures. */
export interface Floor {
  page: number | null;
  pdf: number | null;
  falseCaptures: number;
}

export function floorOf(summary: SetSummary): Floor {
  return { page: summary.accuracy.page, pdf: summary.accuracy.pdf, falseCaptures: summary.falseCaptures.length };
}

export function readFloors(): Record<string, Floor> {
  return existsSync(FLOORS_FILE) ? (JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Record<string, Floor>) : {};
}

/** How a set fell back below its floor, one sentence each; empty when it kept it. */
export function fallbacks(name: string, summary: SetSummary, floor: Floor | undefined): string[] {
  if (!floor) return [`${name} has no floor in floors.json: run npm run accuracy -- --update-floors`];
  const out: string[] = [];
  for (const surface of ['page', 'pdf'] as const) {
    const now = summary.accuracy[surface];
    const was = floor[surface];
    if (was !== null && (now === null || now < was)) out.push(`${name}: ${surface} fields read right fell from ${was} to ${now}`);
  }
  if (summary.falseCaptures.length > floor.falseCaptures) {
    out.push(`${name}: ${summary.falseCaptures.length} false captures on negatives, ${floor.falseCaptures} allowed (${summary.falseCaptures.join(', ')})`);
  }
  return out;
}
