import { describe, expect, it, vi } from 'vitest';
import type { PdfPageText, PdfTextResult } from '../../src/capture/pdf-text';
import { draftFromFile, type ReadPdf } from '../../src/ui/options/pdf-import';

const MB = 1024 * 1024;
const picked = (name: string, size = 1000) => ({ name, size, bytes: vi.fn(async () => new Uint8Array(size)) });
const reading = (result: PdfTextResult): ReadPdf => async () => result;

/** One line of text per run, top to bottom, as a certificate's fields. */
function page(...lines: string[]): PdfPageText {
  return {
    width: 842,
    height: 595,
    runs: lines.map((text, i) => ({ text, x: 72, y: 500 - i * 24, width: text.length * 6, height: 12, fontSize: 12 })),
  };
}

describe('draftFromFile: what the import shows for each file', () => {
  it('prefills the form with what the certificate says', async () => {
    const result = await draftFromFile(
      picked('acc.pdf'),
      20 * MB,
      reading({ ok: true, pages: [page('Certificate of Completion', 'Course: Auditing Cloud Controls', 'Date of completion: 2026-03-04', 'Certificate ID: ETA-CPE-55102', 'CPE credits: 6.5')] }),
    );
    expect(result).toMatchObject({ kind: 'form', fileName: 'acc.pdf', intro: 'found', values: { title: 'Auditing Cloud Controls', endDate: '2026-03-04', certificateCode: 'ETA-CPE-55102', credits: '6.5', creditUnit: 'CPE' } });
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = picked('huge.pdf', 21 * MB);
    const read = vi.fn(reading({ ok: true, pages: [] }));
    expect(await draftFromFile(file, 20 * MB, read)).toEqual({ kind: 'refused', fileName: 'huge.pdf', reason: 'too-large' });
    expect(file.bytes).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });

  it.each([
    ['corrupt', 'corrupt'],
    ['not-pdf', 'not-pdf'],
    ['too-large', 'too-large'],
  ] as const)('refuses a %s file: nothing of it is kept', async (problem, reason) => {
    expect(await draftFromFile(picked('bad.pdf'), 20 * MB, reading({ ok: false, problem }))).toEqual({ kind: 'refused', fileName: 'bad.pdf', reason });
  });

  it.each([
    ['no-text', 'no-text'],
    ['encrypted', 'encrypted'],
    ['timeout', 'timeout'],
  ] as const)('keeps a %s PDF: an empty form to fill in, the file saved with it', async (problem, intro) => {
    const result = await draftFromFile(picked('scan.pdf'), 20 * MB, reading({ ok: false, problem }));
    expect(result).toMatchObject({ kind: 'form', intro, values: { title: '', provider: '' } });
    expect(result.kind === 'form' && result.bytes.byteLength).toBe(1000);
  });

  it('says so when a readable PDF shows nothing certificate-like', async () => {
    const result = await draftFromFile(picked('menu.pdf'), 20 * MB, reading({ ok: true, pages: [page('Lunch menu', 'Soup of the day')] }));
    expect(result).toMatchObject({ kind: 'form', intro: 'nothing-found' });
  });
});

describe('draftFromFile with the user’s name', () => {
  /** A run as pdf.js reports one, at a font size: the certificate's layout is what the reader goes by. */
  const run = (text: string, y: number, fontSize: number) => ({ text, x: 72, y, width: text.length * fontSize * 0.5, height: fontSize, fontSize });
  /** A certificate that sets the learner's name largest, above the course, with nothing saying which is which. */
  const certificate: PdfPageText = {
    width: 842,
    height: 595,
    runs: [
      run('Certificate of Completion', 520, 14),
      run('Priya Raman', 470, 30),
      run('Cloud Network Basics', 420, 20),
      run('Completed on 14 March 2026', 380, 12),
      run('Certificate ID: NWA-2026-0417', 360, 12),
      run('Northwind Networking Academy', 80, 12),
    ],
  };
  const draft = (people?: readonly string[]) => draftFromFile(picked('certificate.pdf'), 20 * MB, reading({ ok: true, pages: [certificate] }), people);

  it('reads the course as the title only when the user’s name is given', async () => {
    expect(await draft()).toMatchObject({ kind: 'form', values: { title: 'Priya Raman' } });
    expect(await draft(['Priya Raman'])).toMatchObject({
      kind: 'form',
      intro: 'found',
      values: { title: 'Cloud Network Basics', provider: 'Northwind Networking Academy', endDate: '2026-03-14', certificateCode: 'NWA-2026-0417' },
    });
  });

  it('knows the name however the certificate cases and spaces it', async () => {
    expect(await draft(['PRIYA  raman'])).toMatchObject({ values: { title: 'Cloud Network Basics' } });
  });
});
