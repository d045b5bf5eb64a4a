/**
 * pdf.js in Node (the CLI, the accuracy script, tests): the legacy build, which runs without a DOM, with its
 * "fake worker" in the same thread. Never imported by extension code.
 */
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_PDF_BYTES, readPdfText, type PdfJsModule, type PdfTextResult, type ReadPdfOptions } from './pdf-text';

let loaded: Promise<PdfJsModule> | undefined;

/**
 * pdf.js's worker, looking for a page, fetches every top-level /Kids entry ahead and caches the promises
 * (Catalog.getPageDict). When one of those page objects is damaged and the /Pages tree's /Count is not a number,
 * loading falls back to walking the tree afresh and clears that cache, so the ahead-fetch's rejection is never
 * awaited. In a browser that stays in pdf.js's worker; in Node the "fake worker" runs in this thread and it
 * becomes the process's unhandled rejection. So Node gets the same worker with that promise marked as handled:
 * whatever awaits it from the cache still gets its rejection, and every answer stays as it was.
 */
const WORKER = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
const AHEAD_FETCH = 'pageDictCache.put(lastKid, xref.fetchAsync(lastKid));';
const HANDLED_AHEAD_FETCH = '{ const ahead = xref.fetchAsync(lastKid); ahead.catch(() => {}); pageDictCache.put(lastKid, ahead); }';

/** The worker's source with the ahead-fetch handled, or undefined for a pdf.js whose worker reads otherwise (its own worker is used). */
async function handledWorkerSource(): Promise<string | undefined> {
  const source = await readFile(new URL(import.meta.resolve(WORKER)), 'utf8');
  const at = source.indexOf(AHEAD_FETCH);
  if (at < 0 || source.includes(AHEAD_FETCH, at + 1)) return undefined;
  return source.slice(0, at) + HANDLED_AHEAD_FETCH + source.slice(at + AHEAD_FETCH.length);
}

/** Loads the legacy build once; its fake worker loads workerSrc: the worker above, else pdf.worker.mjs beside it (the default). */
export function loadNodePdfJs(): Promise<PdfJsModule> {
  loaded ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), handledWorkerSource().catch(() => undefined)]).then(([pdfjs, worker]) => {
    if (worker) pdfjs.GlobalWorkerOptions.workerSrc = `data:text/javascript;base64,${Buffer.from(worker).toString('base64')}`;
    return pdfjs;
  });
  return loaded;
}

/** readPdfText with the Node build of pdf.js. */
export async function readPdfData(data: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfTextResult> {
  return readPdfText(data, await loadNodePdfJs(), options);
}

/**
 * Reads a PDF file. Problems with the file's content are answered as a PdfTextResult; a file that cannot be
 * read at all (missing, a directory, no permission) throws the file system's error, for the caller to report.
 */
export async function readPdfFile(path: string, options: ReadPdfOptions = {}): Promise<PdfTextResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PDF_BYTES;
  // Checked before reading, so an enormous file is never loaded into memory.
  const { size } = await stat(path);
  if (size > maxBytes) return { ok: false, problem: 'too-large', detail: `${size} bytes; the limit is ${maxBytes}` };
  return readPdfData(new Uint8Array(await readFile(path)), options);
}
