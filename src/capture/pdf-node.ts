/**
 * pdf.js in Node (the CLI, the accuracy script, tests): the legacy build, which runs without a DOM, with its
 * "fake worker" in the same thread. Never imported by extension code.
 */
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_PDF_BYTES, readPdfText, type PdfJsModule, type PdfTextResult, type ReadPdfOptions } from './pdf-text';

let loaded: Promise<PdfJsModule> | undefined;

/** Loads the legacy build once; its fake worker finds pdf.worker.mjs beside it (GlobalWorkerOptions' default). */
export function loadNodePdfJs(): Promise<PdfJsModule> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => pdfjs);
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
