/**
 * The certificate PDF reader against random bytes, "%PDF-" followed by garbage, truncated and bit-flipped
 * fixtures (through the real pdf.js, a few dozen runs since each costs milliseconds to tens of them), and the
 * text-to-capture step against random and pathological text runs: a result or a named problem, never a
 * rejection, an unhandled rejection or a hang; every capture valid.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfData } from '../../src/capture/pdf-node';
import { captureFromPdfText, pdfFields } from '../../src/capture/pdf';
import type { PdfPageText, PdfTextResult } from '../../src/capture/pdf-text';
import { isPdfHeader } from '../../src/domain/pdf-header';
import { Capture } from '../../src/domain/schema';
import { runBounded } from './bounded';
import { BIG_INPUT_TIMEOUT_MS, PATHOLOGICAL_TEXTS, RUNS, expectPrototypesUntouched, hostileText, prototypeSnapshot, type PrototypeSnapshot } from './arbitraries';

const PDFS = new URL('../fixtures/pdfs/', import.meta.url);
const FIXTURES = ['award-completion.pdf', 'table-fields.pdf', 'two-column-german.pdf', 'encrypted.pdf', 'scanned-no-text.pdf', 'corrupt.pdf'].map(
  (name) => new Uint8Array(readFileSync(new URL(name, PDFS))),
);
const PROBLEMS = ['not-pdf', 'corrupt', 'encrypted', 'too-large', 'no-text'];
const PDF_RUNS = 8;
const PDF_TEST_TIMEOUT_MS = 20_000;
const PDF_MODULE = new URL('../../src/capture/pdf.ts', import.meta.url);

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let before: PrototypeSnapshot;
beforeAll(() => {
  before = prototypeSnapshot();
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  // pdf.js settles its destroyed tasks a tick later; give stray rejections the chance to surface.
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
  expectPrototypesUntouched(before);
});

function expectAnswer(result: PdfTextResult): void {
  if (result.ok) {
    expect(result.pages.length).toBeGreaterThan(0);
    for (const page of result.pages) for (const run of page.runs) expect(Number.isFinite(run.x + run.y + run.width + run.height + run.fontSize)).toBe(true);
  } else {
    expect(PROBLEMS).toContain(result.problem);
    if (result.detail !== undefined) expect(result.detail.length).toBeLessThanOrEqual(200);
  }
}

const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** A PDF of these objects (numbered from 1, the first the catalog), with a correct cross-reference table. */
function pdfOf(objects: string[]): Uint8Array {
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(text);
}

describe('readPdfText (real pdf.js) on hostile bytes', () => {
  it('answers "not-pdf" for random bytes without a header', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }).filter((b) => !isPdfHeader(b)), async (bytes) => {
        expect(await readPdfData(bytes)).toEqual({ ok: false, problem: 'not-pdf' });
      }),
      { numRuns: RUNS },
    );
  });

  it('answers a named problem for "%PDF-" followed by garbage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('%PDF-1.7\n', '%PDF-', '%PDF-2.0\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<'), async (garbage, header) => {
        const result = await readPdfData(concat(ascii(header), garbage));
        expectAnswer(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: PDF_RUNS },
    );
  }, PDF_TEST_TIMEOUT_MS);

  it('answers truncated fixtures with a result or a named problem', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(FIXTURES.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), async (index, fraction) => {
        const bytes = FIXTURES[index]!;
        expectAnswer(await readPdfData(bytes.slice(0, Math.floor(bytes.length * fraction))));
      }),
      { numRuns: PDF_RUNS },
    );
  }, PDF_TEST_TIMEOUT_MS);

  it('answers bit-flipped fixtures with a result or a named problem, leaving the caller\'s bytes untouched', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(FIXTURES.length - 1), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 20 }), async (index, flips) => {
        const bytes = FIXTURES[index]!.slice();
        for (const [at, bit] of flips) bytes[at % bytes.length]! ^= 1 << bit;
        const copy = bytes.slice();
        expectAnswer(await readPdfData(bytes));
        expect(bytes).toEqual(copy);
      }),
      { numRuns: PDF_RUNS * 2 },
    );
  }, PDF_TEST_TIMEOUT_MS);

  it('answers a damaged second page under a /Pages tree without /Count, leaving no rejection behind', async () => {
    // pdf.js fetches both kids ahead while finding page 1; the missing /Count sends it down another walk of the
    // tree, and the ahead-fetch of kid 4 (its ")" is an illegal character) used to reject with no one awaiting it.
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 4 0 R] >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
      '<< /Type /Page /Parent 2 0 R) /MediaBox [0 0 200 200] >>',
    ];
    const seen: unknown[] = [];
    const onStray = (reason: unknown) => seen.push(reason);
    process.on('unhandledRejection', onStray);
    try {
      expect(await readPdfData(pdfOf(objects))).toEqual({ ok: false, problem: 'corrupt', detail: 'Illegal character: 41' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onStray);
    }
    expect(seen).toEqual([]);
  });

  it('refuses a file over the size limit before pdf.js sees it', async () => {
    expect(await readPdfData(concat(ascii('%PDF-1.7\n'), new Uint8Array(4096)), { maxBytes: 1024 })).toMatchObject({ ok: false, problem: 'too-large' });
  });
});

/** Text runs as pdf.js might report them for a hostile file: any text, anywhere, at any size. */
const hostilePages: fc.Arbitrary<PdfPageText[]> = fc.array(
  fc.record({
    width: fc.double({ min: 0, max: 5_000, noNaN: true }),
    height: fc.double({ min: 0, max: 5_000, noNaN: true }),
    runs: fc.array(
      fc.record({
        text: hostileText,
        x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        width: fc.double({ min: 0, max: 1e4, noNaN: true }),
        height: fc.double({ min: 0.1, max: 1e3, noNaN: true }),
        fontSize: fc.double({ min: 0.1, max: 1e3, noNaN: true }),
      }),
      { maxLength: 40 },
    ),
  }),
  { minLength: 1, maxLength: 3 },
);

describe('captureFromPdfText on hostile text runs', () => {
  it('gives undefined or a valid capture, and fields of the right types', () => {
    fc.assert(
      fc.property(hostilePages, hostileText, (pages, fileName) => {
        const capture = captureFromPdfText(pages, { fileName });
        if (capture) expect(Capture.strict().safeParse(capture).error).toBeUndefined();
        const fields = pdfFields(pages, { fileName });
        expect(Array.isArray(fields.found)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads pathological runs and 20,000 runs on a page within a bound', async () => {
    const run = (text: string, y: number) => ({ text, x: 72, y, width: 400, height: 12, fontSize: 12 });
    const pagesOf = (texts: string[]): PdfPageText[] => [{ width: 612, height: 792, runs: texts.map((t, i) => run(t, 700 - (i % 600))) }];
    const calls = [
      // pdf-text cuts runs at 1,000 characters; here the reader gets exactly what it would.
      ...PATHOLOGICAL_TEXTS.map(([, text]) => [pagesOf(['Certificate of Completion', text.slice(0, 1_000), 'Course: Fine']), { fileName: 'x.pdf' }]),
      [pagesOf(Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'Certificate ID:' : `Completed on ${i}`))), { fileName: 'many.pdf' }],
    ];
    const results = await runBounded(PDF_MODULE, 'captureFromPdfText', calls, BIG_INPUT_TIMEOUT_MS);
    expect(results).toHaveLength(calls.length);
    for (const capture of results) if (capture) expect(Capture.strict().safeParse(capture).error).toBeUndefined();
  }, BIG_INPUT_TIMEOUT_MS + 2_000);
});
