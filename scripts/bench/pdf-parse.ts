/**
 * A one-page certificate PDF read and turned into a capture (budget: 300 ms), in Node with pdf.js's legacy build,
 * as the CLI does; the dashboard runs the same code with pdf.js in a worker. The baseline is pdf.js opening the
 * same file and its page without reading any text: the least any PDF import must do. The capture is checked
 * against the fixture's expected fields, so a broken reader cannot pass as a fast one.
 */
import { readFileSync } from 'node:fs';
import { captureFromPdfText } from '../../src/capture/pdf';
import { loadNodePdfJs, readPdfData } from '../../src/capture/pdf-node';
import { safeDocumentParams } from '../../src/capture/pdf-text';
import { InvalidMeasurement, median, timedFigure, type Figure } from './figures';

const FIXTURE = 'table-fields.pdf';
const PDFS = new URL('../../test/fixtures/pdfs/', import.meta.url);
const PDF_PARSE_BUDGET_MS = 300;
const WARMUP_RUNS = 3;

async function readCapture(bytes: Uint8Array) {
  const result = await readPdfData(bytes);
  return result.ok ? captureFromPdfText(result.pages, { fileName: FIXTURE }) : undefined;
}

async function openOnly(bytes: Uint8Array): Promise<void> {
  const pdfjs = await loadNodePdfJs();
  const task = pdfjs.getDocument(safeDocumentParams(bytes));
  try {
    const doc = await task.promise;
    await doc.getPage(1);
  } finally {
    await task.destroy();
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function measurePdfParse(runs: number): Promise<Figure> {
  const bytes = new Uint8Array(readFileSync(new URL(FIXTURE, PDFS)));
  const expected = (JSON.parse(readFileSync(new URL('expected.json', PDFS), 'utf8')) as Record<string, { capture: { title: string; certificateCode: string } }>)[FIXTURE]!.capture;
  const capture = await readCapture(bytes);
  if (capture?.title !== expected.title || capture.certificateCode !== expected.certificateCode) {
    throw new InvalidMeasurement(`${FIXTURE} read as ${JSON.stringify(capture)}, not the fixture's ${expected.title} / ${expected.certificateCode}`);
  }
  for (let i = 0; i < WARMUP_RUNS; i++) {
    await readCapture(bytes);
    await openOnly(bytes);
  }
  // Fewer samples than the synchronous figures: each is tens of milliseconds, and alternating keeps them paired.
  const samples = Math.max(5, Math.min(runs, 40));
  const work: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < samples; i++) {
    work.push(await timed(() => readCapture(bytes)));
    baseline.push(await timed(() => openOnly(bytes)));
  }
  return timedFigure(
    { id: 'pdf.one-page-parse', label: `one-page certificate PDF -> capture (${FIXTURE})`, value: median(work), baseline: median(baseline), detail: { bytes: bytes.byteLength, samples } },
    PDF_PARSE_BUDGET_MS,
  );
}
