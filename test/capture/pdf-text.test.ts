// @vitest-environment node
/**
 * pdf-text.ts against the generated certificate PDFs and the bad files, through the real pdf.js (legacy build),
 * and against a fake pdf.js for what real files cannot easily show: the options passed, the task always
 * destroyed, hostile text items. Also: the committed fixtures are exactly what the generator writes, and the
 * content scripts and the popup never reach pdf.js.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { loadNodePdfJs, readPdfData, readPdfFile } from '../../src/capture/pdf-node';
import {
  DEFAULT_MAX_PDF_BYTES, readPdfText, readWithin, type PdfJsDocumentParams, type PdfJsModule, type PdfJsPage, type PdfTextResult,
} from '../../src/capture/pdf-text';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PDFS = fileURLToPath(new URL('../fixtures/pdfs/', import.meta.url));
const expected = JSON.parse(readFileSync(join(PDFS, 'expected.json'), 'utf8')) as Record<string, { capture?: object; problem?: string }>;
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(PDFS, name)));
const goodFiles = Object.keys(expected).filter((name) => expected[name]!.capture);
const badFiles = Object.keys(expected).filter((name) => expected[name]!.problem);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('readPdfText on the generated certificates', () => {
  it.each(goodFiles)('%s: text runs with positions inside the page', async (name) => {
    const result = await readPdfFile(join(PDFS, name));
    if (!result.ok) throw new Error(`${name}: ${result.problem}`);
    const [page] = result.pages;
    expect(page!.runs.length).toBeGreaterThan(5);
    for (const run of page!.runs) {
      expect(run.text.trim()).not.toBe('');
      expect(run.x).toBeGreaterThanOrEqual(0);
      expect(run.x + run.width).toBeLessThanOrEqual(page!.width + 1);
      expect(run.y).toBeGreaterThan(0);
      expect(run.y).toBeLessThan(page!.height);
      expect(run.fontSize).toBeGreaterThan(5);
    }
  });

  it('reports page sizes in PDF units (landscape award, A4) and reads FlateDecode content', async () => {
    const award = await readPdfFile(join(PDFS, 'award-completion.pdf'));
    expect(award.ok && award.pages.map((p) => [p.width, p.height])).toEqual([[792, 612]]);
    // This file's content stream is compressed: reading its words proves pdf.js inflated it.
    expect(readFileSync(join(PDFS, 'award-completion.pdf'), 'latin1')).toContain('/FlateDecode');
    expect(award.ok && award.pages[0]!.runs.map((r) => r.text)).toContain('Implementing Secure SD-WAN Solutions');
    const german = await readPdfFile(join(PDFS, 'two-column-german.pdf'));
    expect(german.ok && german.pages.map((p) => [p.width, p.height])).toEqual([[595, 842], [595, 842]]);
  });

  it('reads at most maxPages pages', async () => {
    const result = await readPdfFile(join(PDFS, 'two-column-german.pdf'), { maxPages: 1 });
    expect(result.ok && result.pages).toHaveLength(1);
  });

  it('leaves the caller’s bytes whole (pdf.js detaches what it is given)', async () => {
    const data = bytesOf('table-fields.pdf');
    const copy = data.slice();
    expect((await readPdfData(data)).ok).toBe(true);
    expect(data).toEqual(copy);
  });
});

describe('readPdfText on bad input: a problem, never an exception', () => {
  it.each(badFiles)('%s', async (name) => {
    const result = await readPdfFile(join(PDFS, name));
    expect(result).toMatchObject({ ok: false, problem: expected[name]!.problem });
  });

  it('the encrypted fixture is really encrypted: it opens with its user password and not without', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = pdfjs.getDocument({ data: bytesOf('encrypted.pdf'), password: 'open-sesame', verbosity: 0 });
    try {
      const content = await (await (await task.promise).getPage(1)).getTextContent();
      expect(content.items.map((item) => ('str' in item ? item.str : ''))).toContain('Certificate ID');
    } finally {
      await task.destroy();
    }
    expect(readFileSync(join(PDFS, 'encrypted.pdf'), 'latin1')).not.toContain('Certificate ID');
  });

  it('refuses a file over the size limit before looking at it (default 20 MB)', async () => {
    const pdfjs: PdfJsModule = { getDocument: vi.fn() };
    const big = new Uint8Array(DEFAULT_MAX_PDF_BYTES + 1);
    big.set(ascii('%PDF-1.4'));
    expect(await readPdfText(big, pdfjs)).toMatchObject({ ok: false, problem: 'too-large' });
    expect(await readPdfText(bytesOf('table-fields.pdf'), pdfjs, { maxBytes: 1000 })).toMatchObject({ ok: false, problem: 'too-large' });
    expect(await readPdfFile(join(PDFS, 'table-fields.pdf'), { maxBytes: 1000 })).toMatchObject({ ok: false, problem: 'too-large' });
    expect(pdfjs.getDocument).not.toHaveBeenCalled();
  });

  it('calls a PDF with no text on any page "no-text", and a document without pages "corrupt"', async () => {
    const blank = fakePdfJs([[{ str: '   ', transform: [12, 0, 0, 12, 10, 10], width: 5, height: 12 }], []]);
    expect(await readPdfText(ascii('%PDF-1.4'), blank.module)).toEqual({ ok: false, problem: 'no-text' });
    expect(await readPdfText(ascii('%PDF-1.4'), fakePdfJs([]).module)).toMatchObject({ ok: false, problem: 'corrupt' });
  });
});

type FakeItems = unknown[];

/** A pdf.js stand-in: pages of given text items, recording what it was asked and whether it was destroyed. */
function fakePdfJs(pages: FakeItems[], failAt?: { load?: unknown; page?: unknown; throwOnCall?: unknown }) {
  const calls: PdfJsDocumentParams[] = [];
  const destroy = vi.fn(async () => undefined);
  const page = (items: FakeItems): PdfJsPage => ({ view: [0, 0, 600, 800], getTextContent: async () => ({ items }) });
  const module: PdfJsModule = {
    getDocument(params) {
      calls.push(params);
      if (failAt?.throwOnCall) throw failAt.throwOnCall;
      const promise = failAt?.load
        ? Promise.reject(failAt.load)
        : Promise.resolve({
          numPages: pages.length,
          getPage: async (n: number) => (failAt?.page ? Promise.reject(failAt.page) : page(pages[n - 1]!)),
        });
      return { promise, destroy };
    },
  };
  return { module, calls, destroy };
}

const named = (name: string, message = name) => Object.assign(new Error(message), { name });

describe('readPdfText with pdf.js', () => {
  it('opens documents offline and without eval, on a copy of the bytes', async () => {
    const fake = fakePdfJs([[{ str: 'Certificate', transform: [12, 0, 0, 12, 72, 700], width: 60, height: 12 }]]);
    const data = ascii('%PDF-1.4 certificate');
    expect(await readPdfText(data, fake.module)).toEqual({
      ok: true,
      pages: [{ width: 600, height: 800, runs: [{ text: 'Certificate', x: 72, y: 700, width: 60, height: 12, fontSize: 12 }] }],
    });
    const [params] = fake.calls;
    expect(params).toMatchObject({ isEvalSupported: false, disableFontFace: true, useWorkerFetch: false, stopAtErrors: true, enableXfa: false });
    expect(params).not.toHaveProperty('cMapUrl');
    expect(params).not.toHaveProperty('standardFontDataUrl');
    expect(params!.data).not.toBe(data);
  });

  it.each([
    ['a missing password', { load: named('PasswordException', 'No password given') }, 'encrypted'],
    ['an invalid structure', { load: named('InvalidPDFException', 'Invalid PDF structure.') }, 'corrupt'],
    ['an unknown failure', { load: 'not even an Error' }, 'corrupt'],
    ['a page that cannot be read', { page: named('FormatError', 'Bad content stream') }, 'corrupt'],
    ['getDocument itself throwing', { throwOnCall: new TypeError('boom') }, 'corrupt'],
  ] as const)('maps %s to %s, and always destroys the task', async (_case, failAt, problem) => {
    const fake = fakePdfJs([[]], failAt);
    expect(await readPdfText(ascii('%PDF-1.4'), fake.module)).toMatchObject({ ok: false, problem });
    if (!('throwOnCall' in failAt)) expect(fake.destroy).toHaveBeenCalledTimes(1);
  });

  it('destroys the task after a successful read too', async () => {
    const fake = fakePdfJs([[{ str: 'x', transform: [10, 0, 0, 10, 1, 1], width: 5, height: 10 }]]);
    await readPdfText(ascii('%PDF-1.4'), fake.module);
    expect(fake.destroy).toHaveBeenCalledTimes(1);
  });

  it('skips hostile or malformed text items, and cuts absurdly long ones', async () => {
    const items: FakeItems = [
      null, 42, 'str', { type: 'beginMarkedContent' }, { str: 'no transform' }, { str: 'short', transform: [1, 2] },
      { str: 'NaN', transform: [12, 0, 0, 12, Number.NaN, 5], width: 1, height: 1 },
      { str: 'Infinity', transform: [12, 0, 0, 12, 5, Number.POSITIVE_INFINITY], width: 1, height: 1 },
      { str: 'zero size', transform: [0, 0, 0, 0, 5, 5], width: 1, height: 0 },
      { str: 'x'.repeat(100_000), transform: [12, 0, 0, 12, 5, 5], width: Number.NaN, height: -3 },
    ];
    const result = await readPdfText(ascii('%PDF-1.4'), fakePdfJs([items]).module);
    expect(result.ok).toBe(true);
    const runs = result.ok ? result.pages[0]!.runs : [];
    expect(runs).toHaveLength(1);
    expect(runs[0]!.text.length).toBeLessThanOrEqual(1000);
    expect(Number.isFinite(runs[0]!.width) && runs[0]!.height).toBe(12);
  });
});

describe('the fixtures', () => {
  it('are exactly what scripts/make-certificate-pdfs.ts writes (deterministic, and regenerated after changes)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'certificate-pdfs-'));
    try {
      await promisify(execFile)('npx', ['tsx', 'scripts/make-certificate-pdfs.ts', out], { cwd: ROOT });
      const written = readdirSync(out).sort();
      expect(written).toEqual(readdirSync(PDFS).filter((n) => n.endsWith('.pdf')).sort());
      expect(written.sort()).toEqual(Object.keys(expected).sort());
      for (const name of written) expect(readFileSync(join(out, name)).equals(readFileSync(join(PDFS, name))), name).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);

  it('the Node loader gives one shared pdf.js module', async () => {
    expect(await loadNodePdfJs()).toBe(await loadNodePdfJs());
  });
});

/** Every module `entry` reaches through static or dynamic imports of relative paths (not type-only ones), plus the packages it names. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    // Type-only imports vanish at build time: they bring no code into a bundle.
    const code = readFileSync(file, 'utf8').replace(/^\s*(?:import|export)\s+type\b[^;]*;/gm, '');
    for (const [, spec] of code.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
      if (!spec!.startsWith('.')) {
        packages.add(spec!);
        continue;
      }
      const base = resolve(dirname(file), spec!);
      const target = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f) && /\.tsx?$/.test(f));
      if (target) visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('bundles', () => {
  // A portal's capture script is capture.ts with that portal's adapter (vite.config.ts): both halves are walked.
  const adapterFiles = readdirSync(join(ROOT, 'src/capture/adapters')).filter((name) => name !== 'index.ts').map((name) => `src/capture/adapters/${name}`);
  it.each(['src/content/capture.ts', ...adapterFiles, 'src/content/ce-portal.ts', 'src/ui/confirm/main.tsx', 'src/ui/popup/main.tsx'])('%s never reaches pdf.js or the PDF reading', (entry) => {
    const { files, packages } = reachable(join(ROOT, entry));
    expect(files.size).toBeGreaterThan(3);
    expect([...packages].filter((p) => p.startsWith('pdfjs-dist'))).toEqual([]);
    expect([...files].filter((f) => /[/\\]capture[/\\]pdf[^/\\]*\.ts$/.test(f))).toEqual([]);
  });
});

describe('readWithin', () => {
  it('answers "timeout" once the deadline passes, and stops the work once', async () => {
    const stop = vi.fn();
    const never = new Promise<PdfTextResult>(() => undefined);
    await expect(readWithin(never, 20, stop)).resolves.toEqual({ ok: false, problem: 'timeout', detail: 'not read within 0 s' });
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('gives the reading when it comes in time, and stops nothing', async () => {
    vi.useFakeTimers();
    try {
      const stop = vi.fn();
      const result: PdfTextResult = { ok: false, problem: 'no-text' };
      await expect(readWithin(Promise.resolve(result), 1_000, stop)).resolves.toBe(result);
      vi.advanceTimersByTime(5_000);
      expect(stop).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
