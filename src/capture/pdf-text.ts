/**
 * The pdf.js glue: a certificate PDF's bytes -> the text runs on its first pages, with their positions.
 * pdf.js is passed in rather than imported, so the one extension page that handles PDFs passes `pdfjs-dist`
 * (with its worker) and Node passes the legacy build (./pdf-node.ts), and no other bundle ever contains it.
 * Bad input is an answer, never an exception: too large, not a PDF, password-protected, damaged, no text, or too
 * slow to read (a file built to exhaust the reader).
 */
import { isPdfHeader } from '../domain/pdf-header';
import { drawnText, looksGlyphSplit, withDrawnWords, type OperatorList, type TextOps } from './pdf-drawn-text';

export const DEFAULT_MAX_PDF_BYTES = 20 * 1024 * 1024;
/** Certificates are one or two pages; a few more covers terms and a verification page. */
export const DEFAULT_MAX_PDF_PAGES = 5;

export type PdfProblem = 'not-pdf' | 'corrupt' | 'encrypted' | 'too-large' | 'no-text' | 'timeout';

/**
 * One run of text as pdf.js reports it, in PDF user-space units with y going up from the page's bottom. Text drawn
 * turned (a landscape certificate on a portrait page, a vertical label) is given in its own reading frame: x along
 * its baseline and y up from it, as if the page were turned until the text reads left to right; `rotation` says by
 * how much (0, 90, 180 or 270 degrees counter-clockwise), so runs of one frame are laid out together.
 */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  rotation?: TextRotation;
}

export type TextRotation = 0 | 90 | 180 | 270;

export interface PdfPageText {
  width: number;
  height: number;
  runs: PdfTextRun[];
}

export type PdfTextResult = { ok: true; pages: PdfPageText[] } | { ok: false; problem: PdfProblem; detail?: string };

/** The options we always give getDocument: nothing fetched, nothing evaluated, no fonts installed. */
export interface PdfJsDocumentParams {
  data: Uint8Array;
  isEvalSupported: boolean;
  disableFontFace: boolean;
  useSystemFonts: boolean;
  useWorkerFetch: boolean;
  stopAtErrors: boolean;
  disableAutoFetch: boolean;
  disableStream: boolean;
  disableRange: boolean;
  enableXfa: boolean;
  verbosity: number;
}

/** Text items arrive as unknown: they are checked one by one (a hostile file shapes what pdf.js returns). */
export interface PdfJsTextContent {
  items: readonly unknown[];
}

export interface PdfJsPage {
  /** The page's box [x0, y0, x1, y1] in user space. */
  readonly view: readonly number[];
  getTextContent(): Promise<PdfJsTextContent>;
  /** What was drawn, operator by operator: asked only of a page whose text looks glyph-split (pdf-drawn-text.ts). */
  getOperatorList?(): Promise<OperatorList>;
}

export interface PdfJsDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
}

export interface PdfJsLoadingTask {
  readonly promise: Promise<PdfJsDocument>;
  destroy(): Promise<void>;
}

/** The least of pdf.js's module we use (getDocument, and its operator codes), typed here so callers can pass either build. */
export interface PdfJsModule {
  getDocument(params: PdfJsDocumentParams): PdfJsLoadingTask;
  readonly OPS?: Readonly<Record<string, number>>;
}

export interface ReadPdfOptions {
  maxBytes?: number;
  maxPages?: number;
}

/** Longer runs are not certificate fields; cutting them keeps later regular expressions cheap. */
const MAX_RUN_LENGTH = 1000;
const MAX_RUNS_PER_PAGE = 20_000;
const MAX_DETAIL_LENGTH = 200;
const VERBOSITY_ERRORS = 0;

function failure(problem: PdfProblem, detail?: string): PdfTextResult {
  return detail ? { ok: false, problem, detail: detail.slice(0, MAX_DETAIL_LENGTH) } : { ok: false, problem };
}

/** pdf.js names its exceptions; a wrong or missing password is PasswordException, anything else is damage. */
function problemOf(error: unknown): PdfTextResult {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const message = error instanceof Error ? error.message : String(error);
  return failure(name === 'PasswordException' ? 'encrypted' : 'corrupt', message);
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The quarter turn a text matrix's baseline direction (a, b) is closest to. */
function rotationOf(a: number, b: number): TextRotation {
  const degrees = (Math.round(Math.atan2(b, a) / (Math.PI / 2)) * 90 + 360) % 360;
  return degrees as TextRotation;
}

/** (x, y) in the frame where text of this rotation reads left to right, top line highest. */
function intoReadingFrame(x: number, y: number, rotation: TextRotation): [number, number] {
  if (rotation === 90) return [y, -x];
  if (rotation === 180) return [-x, -y];
  if (rotation === 270) return [-y, x];
  return [x, y];
}

/** A pdf.js TextItem turned into a run, or undefined for marked-content markers, blanks and nonsense. */
function runOf(item: unknown, originX: number, originY: number): PdfTextRun | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { str, transform, width, height } = item as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
  if (typeof str !== 'string' || !str.trim() || !Array.isArray(transform) || transform.length < 6) return undefined;
  const [a, b, c, d, e, f] = transform as unknown[];
  if (![a, b, c, d, e, f].every(finite)) return undefined;
  // The text matrix's vertical scale is the font size (pdf.js folds Tf's size into it).
  const fontSize = Math.hypot(c as number, d as number) || Math.hypot(a as number, b as number) || (finite(height) ? height : 0);
  if (!(fontSize > 0)) return undefined;
  const text = str.slice(0, MAX_RUN_LENGTH);
  const rotation = rotationOf(a as number, b as number);
  const [x, y] = intoReadingFrame((e as number) - originX, (f as number) - originY, rotation);
  const run: PdfTextRun = {
    text,
    x,
    y,
    width: finite(width) && width >= 0 ? width : text.length * fontSize * 0.5,
    height: finite(height) && height > 0 ? height : fontSize,
    fontSize,
  };
  if (rotation !== 0) run.rotation = rotation;
  return run;
}

const TEXT_OPS: ReadonlyArray<keyof TextOps> = [
  'save', 'restore', 'beginText', 'setFont', 'setTextMatrix', 'moveText', 'setLeadingMoveText', 'setLeading', 'nextLine', 'setCharSpacing',
  'setWordSpacing', 'setHScale', 'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText',
];

/** pdf.js's codes for the text operators, when the module given has them all. */
function textOpsOf(pdfjs: PdfJsModule): TextOps | undefined {
  const codes = pdfjs.OPS;
  if (!codes || !TEXT_OPS.every((name) => finite(codes[name]))) return undefined;
  return Object.fromEntries(TEXT_OPS.map((name) => [name, codes[name]])) as unknown as TextOps;
}

async function pageTextOf(page: PdfJsPage, ops: TextOps | undefined): Promise<PdfPageText> {
  const [x0, y0, x1, y1] = Array.isArray(page.view) && page.view.length >= 4 && page.view.every(finite) ? page.view : [0, 0, 0, 0];
  const content = await page.getTextContent();
  const runs: PdfTextRun[] = [];
  for (const item of Array.isArray(content.items) ? content.items : []) {
    if (runs.length >= MAX_RUNS_PER_PAGE) break;
    const run = runOf(item, x0!, y0!);
    if (run) runs.push(run);
  }
  // Glyph-split text ("A r ju n Me hta"): the words as they were drawn, from the page's operators.
  if (ops && page.getOperatorList && looksGlyphSplit(runs.map((run) => run.text))) {
    const drawn = drawnText(await page.getOperatorList(), ops);
    withDrawnWords(runs.map((run) => run.text), drawn).forEach((text, i) => (runs[i]!.text = text.slice(0, MAX_RUN_LENGTH)));
  }
  return { width: Math.abs(x1! - x0!), height: Math.abs(y1! - y0!), runs };
}

/** What getDocument is always given: a copy of the bytes (its worker detaches them), nothing fetched or evaluated. */
export function safeDocumentParams(data: Uint8Array): PdfJsDocumentParams {
  return {
    data: data.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // No cMapUrl, standardFontDataUrl or wasmUrl either: text extraction needs none, and nothing is fetched.
    useWorkerFetch: false,
    // A damaged content stream rejects instead of yielding half a page that would read as the wrong fields.
    stopAtErrors: true,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    verbosity: VERBOSITY_ERRORS,
  };
}

/**
 * Reads the text of the first `maxPages` pages. The caller's bytes are left untouched (pdf.js is given a copy,
 * because it transfers what it gets to its worker) so they can still be stored as the certificate file.
 */
export async function readPdfText(data: Uint8Array, pdfjs: PdfJsModule, options: ReadPdfOptions = {}): Promise<PdfTextResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PDF_BYTES;
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? DEFAULT_MAX_PDF_PAGES));
  if (data.byteLength > maxBytes) return failure('too-large', `${data.byteLength} bytes; the limit is ${maxBytes}`);
  if (!isPdfHeader(data)) return failure('not-pdf');

  let task: PdfJsLoadingTask | undefined;
  try {
    task = pdfjs.getDocument(safeDocumentParams(data));
    const doc = await task.promise;
    const count = Math.min(finite(doc.numPages) ? doc.numPages : 0, maxPages);
    const pages: PdfPageText[] = [];
    const ops = textOpsOf(pdfjs);
    for (let n = 1; n <= count; n++) pages.push(await pageTextOf(await doc.getPage(n), ops));
    if (pages.length === 0) return failure('corrupt', 'the document has no pages');
    return pages.some((p) => p.runs.length > 0) ? { ok: true, pages } : failure('no-text');
  } catch (error) {
    return problemOf(error);
  } finally {
    // Destroying the task destroys the document and ends the worker's work on it, whatever happened above.
    try {
      await task?.destroy();
    } catch {
      // Nothing left to release.
    }
  }
}

/** How long one PDF may take to read: a certificate takes well under a second; a file built to exhaust pdf.js never ends. */
export const READ_DEADLINE_MS = 20_000;

/**
 * The reading, or a 'timeout' answer once `deadlineMs` has passed; then `stop` ends the work for good (the caller
 * terminates pdf.js's worker, which frees whatever memory the file made it take), since a busy worker never gets to
 * a polite request to stop.
 */
export async function readWithin(reading: Promise<PdfTextResult>, deadlineMs: number, stop: () => void): Promise<PdfTextResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<PdfTextResult>((resolve) => {
    timer = setTimeout(() => {
      stop();
      resolve(failure('timeout', `not read within ${Math.round(deadlineMs / 1000)} s`));
    }, deadlineMs);
  });
  try {
    return await Promise.race([reading, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
