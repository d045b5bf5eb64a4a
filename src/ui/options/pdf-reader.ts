/**
 * pdf.js for the dashboard, loaded on first use only: the dashboard's own bundle stays small, and pdf.js never
 * reaches the popup or a content script. Its worker ships inside the extension (no remote code); pdf.js runs
 * with eval and font loading off (pdf-text.ts), since only the text is read.
 */
import { READ_DEADLINE_MS, readPdfText, readWithin, type PdfTextResult } from '../../capture/pdf-text';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** pdf.js's worker, made on first use and again after one was stopped at its deadline. */
let worker: Worker | undefined;
/** Files are read one after another: each gets the worker, and its deadline, to itself. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Reads a PDF's text in pdf.js's own worker, within a deadline: a file that keeps it busy longer (built to exhaust
 * it) gets a 'timeout' answer, and the worker is terminated, its memory with it; the next PDF gets a new one.
 */
export function readPdf(bytes: Uint8Array, deadlineMs = READ_DEADLINE_MS): Promise<PdfTextResult> {
  const reading = queue.then(() => readOne(bytes, deadlineMs));
  queue = reading.catch(() => undefined);
  return reading;
}

async function readOne(bytes: Uint8Array, deadlineMs: number): Promise<PdfTextResult> {
  const pdfjs = await import('pdfjs-dist');
  const own = (worker ??= new Worker(workerUrl, { type: 'module' }));
  pdfjs.GlobalWorkerOptions.workerPort = own;
  // readPdfText gives pdf.js a copy (its worker detaches the buffer it gets): `bytes` stay whole, to be kept.
  return readWithin(readPdfText(bytes, pdfjs), deadlineMs, () => {
    own.terminate();
    if (worker === own) worker = undefined;
  });
}
