// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachCertificate } from '../../src/content/certificate-attach';
import { base64ToBytes } from '../../src/base64';
import { fakeBrowser } from '../setup';

const PDF = new TextEncoder().encode('%PDF-1.7\n% certificate\n%%EOF\n');
const MAX = 1024;

function respond(body: Uint8Array, init: { status?: number; url?: string; length?: number } = {}) {
  const response = new Response(body as Uint8Array<ArrayBuffer>, { status: init.status ?? 200, headers: init.length === undefined ? {} : { 'content-length': String(init.length) } });
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
}

/** The page's body, parsed as the browser would: markup from the test itself, never page text. */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html').body.childNodes);
}

beforeEach(() => {
  history.replaceState(null, '', '/paths/enauto/1047');
  setBody('<main><h1>ENAUTO</h1><a href="/certificates/ENAUTO%20certificate.pdf">Download certificate (PDF)</a></main>');
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, data: {} });
});
afterEach(() => vi.unstubAllGlobals());

describe('attachCertificate: the page\'s own certificate PDF, kept with the record just saved', () => {
  it('fetches the linked PDF on the page\'s site and sends it for the record, named after the link', async () => {
    const fetchPdf = vi.fn(async () => respond(PDF));
    vi.stubGlobal('fetch', fetchPdf);
    expect(await attachCertificate('r1', MAX, new AbortController().signal)).toBe(true);
    expect(fetchPdf).toHaveBeenCalledWith(`${location.origin}/certificates/ENAUTO%20certificate.pdf`, expect.objectContaining({ credentials: 'same-origin' }));
    const [message] = fakeBrowser.runtime.sendMessage.mock.calls[0]!;
    expect(message).toMatchObject({ type: 'capture.attach', recordId: 'r1', file: { name: 'ENAUTO certificate.pdf', type: 'application/pdf' } });
    expect(base64ToBytes(message.file.base64)).toEqual(PDF);
  });

  it.each([
    ['the server refuses', () => respond(PDF, { status: 403 })],
    ['it redirects to another site', () => respond(PDF, { url: 'https://evil.example/c.pdf' })],
    ['it declares more than the limit', () => respond(PDF, { length: MAX + 1 })],
    ['it sends more than the limit without saying so', () => respond(new Uint8Array(MAX + 1))],
  ])('keeps nothing when %s', async (_label, make) => {
    vi.stubGlobal('fetch', vi.fn(async () => make()));
    expect(await attachCertificate('r1', MAX, new AbortController().signal)).toBe(false);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('fetches nothing when the page links no certificate PDF of its own', async () => {
    setBody('<a href="https://evil.example/certificate.pdf">Download certificate</a>');
    const fetchPdf = vi.fn();
    vi.stubGlobal('fetch', fetchPdf);
    expect(await attachCertificate('r1', MAX, new AbortController().signal)).toBe(false);
    expect(fetchPdf).not.toHaveBeenCalled();
  });
});
