// @vitest-environment happy-dom
/** The dashboard's PDF import hands the reader the user's name from the settings (pdf.js itself faked here). */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { PdfPageText } from '../../src/capture/pdf-text';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/schema';
import { Options } from '../../src/ui/options/Options';
import { field, settle } from '../helpers/dom';

const readPdf = vi.hoisted(() => vi.fn());
vi.mock('../../src/ui/options/pdf-reader', () => ({ readPdf }));

const sendMessage = vi.mocked(browser.runtime.sendMessage);
let settings: Settings;

const run = (text: string, y: number, fontSize: number) => ({ text, x: 72, y, width: text.length * fontSize * 0.5, height: fontSize, fontSize });
/** The learner's name set largest, above the course. */
const CERTIFICATE: PdfPageText = {
  width: 842,
  height: 595,
  runs: [run('Certificate of Completion', 520, 14), run('Priya Raman', 470, 30), run('Cloud Network Basics', 420, 20), run('Completed on 14 March 2026', 380, 12)],
};

async function importCertificate(): Promise<HTMLElement> {
  history.replaceState(null, '', '#records');
  const container = document.createElement('div');
  document.body.append(container);
  render(<Options />, container);
  await settle();
  const input = container.querySelector<HTMLInputElement>('#pdf-import-input')!;
  const file = new File([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], 'certificate.pdf', { type: 'application/pdf' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  return container.querySelector<HTMLElement>('.import-card')!;
}

beforeEach(() => {
  settings = DEFAULT_SETTINGS;
  readPdf.mockResolvedValue({ ok: true, pages: [CERTIFICATE] });
  sendMessage.mockImplementation(async (message: unknown) => {
    const m = message as { type: string };
    if (m.type === 'records.list') return { ok: true, data: [] };
    if (m.type === 'settings.get') return { ok: true, data: settings };
    return { ok: false, error: { code: 'bad-message', message: `unexpected ${m.type}` } };
  });
});
afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  sendMessage.mockReset();
  readPdf.mockReset();
});

describe('Records: importing a certificate PDF', () => {
  it('prefills the course, not the user’s name, as the title when the settings know the name', async () => {
    settings = { ...DEFAULT_SETTINGS, yourName: 'Priya Raman' };
    const card = await importCertificate();
    expect(readPdf).toHaveBeenCalledTimes(1);
    expect(field(card, 'Title').value).toBe('Cloud Network Basics');
  });

  it('without a name, the largest line is all the reader has to go by', async () => {
    const card = await importCertificate();
    expect(field(card, 'Title').value).toBe('Priya Raman');
  });
});
