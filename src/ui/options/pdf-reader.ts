/**
 * pdf.js for the dashboard, loaded on first use only: the dashboard's own bundle stays small, and pdf.js never
 * reaches the popup or a content script. Its worker ships inside the extension (no remote code); pdf.js runs
 * with eval and font loading off (pdf-text.ts), since only the text is read.
 */
import { readPdfText, type PdfTextResult } from '../../capture/pdf-text';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export async function readPdf(bytes: Uint8Array): Promise<PdfTextResult> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, { type: 'module' });
  // readPdfText gives pdf.js a copy (its worker detaches the buffer it gets): `bytes` stay whole, to be kept.
  return readPdfText(bytes, pdfjs);
}
