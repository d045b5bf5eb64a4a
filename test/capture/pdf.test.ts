// @vitest-environment node
/**
 * Certificate PDF -> Capture: every generated layout yields what test/fixtures/pdfs/expected.json says it shows
 * (read through the real pdf.js), and hand-made runs pin down the layout rules and hostile input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toCliCapture } from '../../src/capture/extract';
import { captureFromPdfText, pdfFields } from '../../src/capture/pdf';
import { pdfLines } from '../../src/capture/pdf-lines';
import { readPdfFile } from '../../src/capture/pdf-node';
import type { PdfPageText, PdfTextRun } from '../../src/capture/pdf-text';
import { Capture } from '../../src/domain/schema';

const PDFS = fileURLToPath(new URL('../fixtures/pdfs/', import.meta.url));
const expected = JSON.parse(readFileSync(join(PDFS, 'expected.json'), 'utf8')) as Record<string, { capture?: Record<string, string | number> }>;
const goodFiles = Object.entries(expected).flatMap(([name, truth]) => (truth.capture ? [[name, truth.capture] as const] : []));

/** A run as pdf.js would report it, its width estimated at half an em per character. */
function run(text: string, x: number, y: number, fontSize = 12, width = text.length * fontSize * 0.5): PdfTextRun {
  return { text, x, y, width, height: fontSize, fontSize };
}
const page = (...runs: PdfTextRun[]): PdfPageText => ({ width: 842, height: 595, runs });
/** One run per line, top to bottom. */
const linesPage = (...texts: string[]) => page(...texts.map((text, i) => run(text, 72, 500 - i * 24)));

describe('every generated layout yields its fields', () => {
  it.each(goodFiles)('%s', async (name, truth) => {
    const result = await readPdfFile(join(PDFS, name));
    if (!result.ok) throw new Error(`${name}: ${result.problem}`);
    const capture = captureFromPdfText(result.pages, { fileName: name });
    expect(capture).toBeDefined();
    expect(Capture.safeParse(capture).success).toBe(true);
    // Exactly the expected fields: nothing missing, nothing extra (an absent field is absent, not undefined).
    expect(toCliCapture(capture!)).toEqual({ adapter: 'pdf', ...truth, confidence: expect.any(Number) });
    expect(capture!.sourceUrl).toBeUndefined();
    expect(capture!.confidence).toBeGreaterThanOrEqual(0.7);
    const fieldsFound = ['title', 'startDate', 'endDate', 'certificateCode', 'credits', 'hours'].filter((f) => f in truth);
    expect(capture!.found).toEqual(fieldsFound);
  });
});

describe('lines and cells', () => {
  it('joins runs on one baseline, with a space only where a gap shows, and merges split words', () => {
    // "Cred" + "ential" touch; "ID:" starts a space's width later; the pieces arrive out of order.
    const lines = pdfLines([page(run('ential', 96, 400), run('ID:', 138, 400.2), run('Cred', 72, 399.8), run('AB-1234', 162, 400))]);
    expect(lines.map((l) => l.text)).toEqual(['Credential ID: AB-1234']);
  });

  it('splits a line into cells at a column-sized gap, and lines at a baseline change', () => {
    const lines = pdfLines([page(run('Course:', 60, 600), run('Zero Trust', 108, 600), run('Certificate ID:', 330, 600), run('BRS-1', 60, 580))]);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([['Course: Zero Trust', 'Certificate ID:'], ['BRS-1']]);
  });

  it('reads text drawn twice on itself (fake bold) once', () => {
    expect(pdfLines([page(run('Certificate', 72, 500), run('Certificate', 72.3, 500))])[0]!.text).toBe('Certificate');
  });
});

describe('reading the fields', () => {
  it('takes the large name over "attended" for the learner, never the title', () => {
    const pages = [page(run('CERTIFICATE OF ATTENDANCE', 90, 415, 12), run('Kenji Watanabe', 90, 333, 56), run('attended', 90, 295, 13), run('SecureOps Summit Europe 2025', 90, 263, 20), run('14–16 October 2025', 90, 239, 12), run('Certificate ID: SOS25-AMS-00731', 90, 200, 9))];
    expect(pdfFields(pages, { fileName: 'a.pdf' }).title).toBe('SecureOps Summit Europe 2025');
  });

  it('captures nothing from a letter inviting to a course, whatever dates it gives', () => {
    const letter = page(
      run('Orféo Formation', 60, 540, 22), run('Lyon, le 25 novembre 2025', 500, 480, 10), run('Objet : Convocation à la formation', 60, 440, 11),
      run('Nous avons le plaisir de vous confirmer votre inscription à la formation « Administration Microsoft 365 », qui se déroulera du 9 au 11 décembre 2025.', 60, 410, 10),
      run('Une attestation de fin de formation vous sera remise à l\'issue de la formation.', 60, 380, 10),
    );
    expect(captureFromPdfText([letter], { fileName: 'a.pdf' })).toBeUndefined();
  });

  it('reads all-numeric dates by the language the certificate is written in', () => {
    const german = pdfFields([linesPage('Teilnahmebescheinigung', 'Kurs: Sicher im Netz', 'Beginn: 02.03.2026', 'Abgeschlossen am: 04.03.2026')], { fileName: 'a.pdf' });
    expect(german).toMatchObject({ startDate: '2026-03-02', endDate: '2026-03-04' });
    const american = pdfFields([linesPage('Certificate of Completion', 'Course: Safe Networking', 'Start date: 03/02/2026', 'Completion date: 03/04/2026', 'Chicago, IL 60606')], { fileName: 'a.pdf' });
    expect(american).toMatchObject({ startDate: '2026-03-02', endDate: '2026-03-04' });
  });

  it('takes the value under a label standing alone, never another label beside it', () => {
    const pages = [page(
      run('Course', 60, 150, 10), run('Date of Completion', 300, 150, 10), run('Certificate ID', 540, 150, 10),
      run('Cloud Basics', 60, 130, 14), run('14 March 2026', 300, 130, 14), run('NWA-2026-04417', 540, 130, 14),
    )];
    expect(pdfFields(pages, { fileName: 'a.pdf' })).toMatchObject({ title: 'Cloud Basics', endDate: '2026-03-14', certificateCode: 'NWA-2026-04417' });
  });

  it('titles the capture from the wording over two lines, not from the recipient’s larger name', () => {
    const pages = [page(
      run('Northwind Networking Academy', 200, 520, 16), run('Certificate of Completion', 200, 462, 36),
      run('This is to certify that', 200, 410, 16), run('Jordan Avery', 200, 370, 40),
      run('has successfully completed', 200, 330, 16), run('Cloud Basics', 200, 300, 24), run('Completed on: 2026-03-14', 200, 200, 12),
    )];
    expect(captureFromPdfText(pages, { fileName: 'a.pdf' })).toMatchObject({ title: 'Cloud Basics', provider: 'Northwind Networking Academy' });
    // Without the wording the largest line that is neither the heading nor the recipient is the title.
    const noWording = [{ ...pages[0]!, runs: pages[0]!.runs.filter((r) => r.text !== 'has successfully completed') }];
    expect(captureFromPdfText(noWording, { fileName: 'a.pdf' })?.title).toBe('Cloud Basics');
  });

  it('does not take a sentence about training for the organisation', () => {
    const pages = [linesPage('Certificate of Completion', 'Alex has successfully completed the training', 'Course: Packet Analysis', 'Completion date: 2026-03-14')];
    expect(pdfFields(pages, { fileName: 'a.pdf' }).provider).toBeUndefined();
  });

  it('names the issuer from a printed web address when no label or organisation line does', () => {
    const pages = [linesPage('Certificate of Completion', 'Course: Packet Analysis', 'Certificate ID: PA-20260314', 'Verify at https://verify.packetschool.example/PA-20260314')];
    expect(captureFromPdfText(pages, { fileName: 'a.pdf' })?.provider).toBe('packetschool.example');
  });

  it('keeps a capture without an issuer (the form asks for it), but none without a title; the file name is a title of last resort for the form only', () => {
    const noIssuer = [linesPage('Certificate of Completion', 'Course: Packet Analysis', 'Completion date: 2026-03-14')];
    const capture = captureFromPdfText(noIssuer, { fileName: 'a.pdf' });
    expect(capture).toMatchObject({ title: 'Packet Analysis', endDate: '2026-03-14' });
    expect(capture).not.toHaveProperty('provider');
    expect(pdfFields(noIssuer, { fileName: 'a.pdf' })).toMatchObject({ title: 'Packet Analysis', endDate: '2026-03-14', found: ['title', 'endDate'] });

    const noTitle = [linesPage('Certificate of Completion', 'Certificate ID: PA-20260314')];
    const fields = pdfFields(noTitle, { fileName: 'Packet_Analysis-Certificate (1).pdf' });
    expect(fields).toMatchObject({ title: 'Packet Analysis', certificateCode: 'PA-20260314', found: ['certificateCode'] });
    expect(captureFromPdfText(noTitle, { fileName: 'Packet_Analysis-Certificate (1).pdf' })).toBeUndefined();
    expect(pdfFields(noTitle, { fileName: 'scan0001.pdf' }).title).toBeUndefined();
  });

  it('knows the learner over "has successfully completed" when the other column\'s lines fall between', () => {
    const twoColumns = page(
      run('Apr 2, 2025', 40, 540),
      run('The learner has completed the following courses:', 480, 545),
      run('Tomás Herrera', 40, 500, 20),
      run('1. Foundations of Cybersecurity', 480, 490),
      run('has successfully completed the online, non-credit Professional Certificate', 40, 470),
      run('2. Play It Safe: Manage Security Risks', 480, 460),
      run('Google Cybersecurity', 40, 430, 20),
    );
    const capture = captureFromPdfText([twoColumns], { fileName: 'a.pdf' });
    expect(capture?.title).toBe('Google Cybersecurity');
  });

  it('finds nothing in a PDF that is not a certificate', () => {
    const menu = pdfFields([linesPage('Lunch menu', 'Soup of the day', 'Tuesday 14 March 2026')], { fileName: 'menu.pdf' });
    expect(menu.found).toEqual([]);
    expect(menu.completion).toBe(false);
    expect(captureFromPdfText([], { fileName: 'empty.pdf' })).toBeUndefined();
  });
});

describe('hostile runs never throw', () => {
  const certificate = (...extra: PdfTextRun[]) => [page(run('Certificate of Completion', 72, 560, 24), run('Course: Safe Parsing', 72, 520), run('Provider: Hostile Academy', 72, 500), ...extra)];

  it('a run of 100,000 characters', () => {
    const capture = captureFromPdfText(certificate(run(`Certificate ID: ${'A1'.repeat(50_000)}`, 72, 480)), { fileName: 'a.pdf' });
    expect(capture).toMatchObject({ title: 'Safe Parsing' });
    expect(capture!.certificateCode).toBeUndefined();
  });

  it('10,000 runs', () => {
    const noise = Array.from({ length: 10_000 }, (_, i) => run(`w${i}`, (i % 100) * 8, 400 - Math.floor(i / 100) * 3, 6));
    expect(captureFromPdfText(certificate(...noise), { fileName: 'a.pdf' })).toMatchObject({ title: 'Safe Parsing', provider: 'Hostile Academy' });
  });

  it('10,000 long lines of near-wording (the wording patterns cost the square of a phrase’s length)', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => run('has completed “'.repeat(26), 72, 400 - i * 14));
    expect(captureFromPdfText(certificate(...lines), { fileName: 'a.pdf' })).toMatchObject({ title: 'Safe Parsing' });
  });

  it('NaN, Infinity and zero sizes in positions', () => {
    const broken = [run('Certificate ID: X-1', Number.NaN, 480), run('Completed on: 2026-03-14', 72, Number.POSITIVE_INFINITY), run('CE credits: 4', 72, 440, 0), run('Duration: 3 hours', 72, 420, 12, Number.NaN)];
    const capture = captureFromPdfText(certificate(...broken), { fileName: 'a.pdf' });
    expect(capture).toMatchObject({ title: 'Safe Parsing', hours: 3 });
    expect(capture).not.toHaveProperty('certificateCode');
    expect(capture).not.toHaveProperty('endDate');
  });

  it('zero-width and right-to-left characters in a code are dropped from it', () => {
    const capture = captureFromPdfText(certificate(run('Certificate ID: \u202EAB\u200B12-\u200F34\u202C', 72, 480)), { fileName: 'a.pdf' });
    expect(capture?.certificateCode).toBe('AB12-34');
  });

  it('pages that are not pages', () => {
    const junk = [{ width: Number.NaN, height: -1, runs: [null, undefined, { text: 42 }] }] as unknown as PdfPageText[];
    expect(() => pdfFields(junk, { fileName: '' })).not.toThrow();
    expect(captureFromPdfText(junk, { fileName: '' })).toBeUndefined();
  });
});
