// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachCertificate } from '../../src/content/certificate-attach';
import { base64ToBytes } from '../../src/base64';
import { fakeBrowser } from '../setup';

const bytes = (text: string) => new TextEncoder().encode(text);
const PDF = bytes('%PDF-1.7\n% certificate\n%%EOF\n');
const MAX = 1024;

interface Answer {
  status?: number;
  type?: string | null;
  length?: number;
  headers?: Record<string, string>;
  /** What the answer says about itself once a fetch is done with it: where it ended, and whether it was redirected. */
  url?: string;
  redirected?: boolean;
  responseType?: ResponseType;
}

function respond(body: Uint8Array | ReadableStream<Uint8Array> | null, init: Answer = {}): Response {
  const headers: Record<string, string> = { ...init.headers };
  const type = init.type === undefined ? 'application/pdf' : init.type;
  if (type !== null) headers['content-type'] = type;
  if (init.length !== undefined) headers['content-length'] = String(init.length);
  const response = new Response(body as BodyInit | null, { status: init.status ?? 200, headers });
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  if (init.redirected) Object.defineProperty(response, 'redirected', { value: true });
  if (init.responseType) Object.defineProperty(response, 'type', { value: init.responseType });
  return response;
}

/** A body of endless chunks, counting how many were pulled: the reader must stop early. */
function endless(first: Uint8Array, pulled: { count: number }): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      pulled.count++;
      controller.enqueue(pulled.count === 1 ? first : new Uint8Array(256));
    },
  });
}

function inChunks(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** The page's body, parsed as the browser would: markup from the test itself, never page text. */
function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}</body>`, 'text/html').body.childNodes);
}

function stubFetch(...answers: Array<() => Response>) {
  const fake = vi.fn(async (_url: string, _init?: RequestInit) => {
    const next = answers.shift();
    if (!next) throw new Error('asked once too often');
    return next();
  });
  vi.stubGlobal('fetch', fake);
  return fake;
}

const attach = () => attachCertificate('r1', MAX, new AbortController().signal);
let info: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  history.replaceState(null, '', '/paths/enauto/1047');
  // The Cisco U. shape: a same-site download address with no .pdf, no type, no download attribute.
  setBody('<main><h1>ENAUTO</h1><a href="/paths/enauto/1047/certificate">View certificate</a><a href="/api/certificates/8F3K2Q/download">Download certificate (PDF)</a></main>');
  fakeBrowser.runtime.sendMessage.mockReset();
  fakeBrowser.runtime.sendMessage.mockResolvedValue({ ok: true, data: {} });
  info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function sentFile(): { name: string; type: string; base64: string } {
  expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledTimes(1);
  const [message] = fakeBrowser.runtime.sendMessage.mock.calls[0]!;
  expect(message).toMatchObject({ type: 'capture.attach', recordId: 'r1' });
  return message.file;
}

describe('attachCertificate: a PDF the page links on its own site, kept with the record just saved', () => {
  it('fetches the download link with the page\'s session, without following redirects, and sends the PDF', async () => {
    const fetchPdf = stubFetch(() => respond(PDF, { length: PDF.byteLength }));
    expect(await attach()).toBe(true);
    expect(fetchPdf).toHaveBeenCalledWith(`${location.origin}/api/certificates/8F3K2Q/download`, expect.objectContaining({ credentials: 'same-origin', redirect: 'manual' }));
    const file = sentFile();
    expect(file).toMatchObject({ name: 'download.pdf', type: 'application/pdf' });
    expect(base64ToBytes(file.base64)).toEqual(PDF);
  });

  it('names the file as the server does, else after the link, never with a path in it', async () => {
    stubFetch(() => respond(PDF, { headers: { 'content-disposition': 'attachment; filename="ENAUTO certificate.pdf"' } }));
    expect(await attach()).toBe(true);
    expect(sentFile().name).toBe('ENAUTO certificate.pdf');

    fakeBrowser.runtime.sendMessage.mockClear();
    stubFetch(() => respond(PDF, { headers: { 'content-disposition': "attachment; filename*=UTF-8''..%2F..%2Fevil" } }));
    expect(await attach()).toBe(true);
    expect(sentFile().name).toBe('....evil.pdf');

    fakeBrowser.runtime.sendMessage.mockClear();
    setBody('<a href="/certificates/ENAUTO%20certificate.pdf">Download certificate</a>');
    stubFetch(() => respond(PDF));
    expect(await attach()).toBe(true);
    expect(sentFile().name).toBe('ENAUTO certificate.pdf');
  });

  it.each(['application/octet-stream', 'application/x-pdf', 'binary/octet-stream', 'Application/PDF; name="c.pdf"'])('accepts a PDF sent as %s', async (type) => {
    stubFetch(() => respond(PDF, { type }));
    expect(await attach()).toBe(true);
    expect(base64ToBytes(sentFile().base64)).toEqual(PDF);
  });

  it('accepts a PDF whose first bytes arrive split over chunks', async () => {
    stubFetch(() => respond(inChunks(PDF.subarray(0, 2), PDF.subarray(2, 4), PDF.subarray(4))));
    expect(await attach()).toBe(true);
    expect(base64ToBytes(sentFile().base64)).toEqual(PDF);
  });

  it('accepts a PDF of exactly the limit', async () => {
    const full = new Uint8Array(MAX);
    full.set(PDF);
    stubFetch(() => respond(full, { length: MAX }));
    expect(await attach()).toBe(true);
  });
});

describe('attachCertificate refuses quietly, keeps nothing, and says why in the console', () => {
  it.each<[string, () => Response, RegExp]>([
    ['the server refuses', () => respond(PDF, { status: 403 }), /answered 403/],
    ['it is an HTML page that mentions %PDF-', () => respond(bytes('%PDF-1.7 <html><body>Your certificate</body></html>'), { type: 'text/html; charset=utf-8' }), /text\/html, not a PDF/],
    ['it is a login page', () => respond(bytes('<!DOCTYPE html><html><body>Sign in</body></html>'), { type: 'text/html' }), /not a PDF/],
    ['it states no type', () => respond(PDF, { type: null }), /no stated type/],
    ['%PDF- is not at byte 0', () => respond(bytes('\n%PDF-1.7\n%%EOF\n')), /does not start with %PDF-/],
    ['%PDF- is somewhere in the first KB', () => respond(bytes(`<html>${' '.repeat(100)}%PDF-1.7</html>`), { type: 'application/octet-stream' }), /does not start with %PDF-/],
    ['it is too short to be a PDF', () => respond(bytes('%PD')), /does not start with %PDF-/],
    ['it is empty', () => respond(new Uint8Array(0)), /does not start with %PDF-|no body/],
    ['it declares more than the limit', () => respond(PDF, { length: MAX + 1 }), /larger than 1024 bytes/],
    ['it sends more than the limit without saying so', () => { const big = new Uint8Array(MAX + 1); big.set(PDF); return respond(big); }, /larger than 1024 bytes/],
    ['the browser hides where a redirect goes', () => respond(null, { status: 200, type: null, responseType: 'opaqueredirect' }), /redirects/],
    ['a fetch followed a redirect anyway', () => respond(PDF, { redirected: true, url: 'https://evil.example/c.pdf' }), /redirects/],
    ['it was answered from another site', () => respond(PDF, { url: 'https://evil.example/c.pdf' }), /redirects/],
  ])('when %s', async (_label, make, reason) => {
    stubFetch(make);
    expect(await attach()).toBe(false);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith(expect.stringMatching(reason));
  });

  it('never asks another site a redirect points to, and follows none within the site either', async () => {
    // Outside a browser a manual redirect shows where it goes; in one it is opaque. Neither is followed.
    for (const target of ['https://evil.example/c.pdf', '/files/8F3K2Q.pdf']) {
      info.mockClear();
      const fetchPdf = stubFetch(() => respond(null, { status: 302, type: null, headers: { location: target } }), () => respond(PDF));
      expect(await attach()).toBe(false);
      expect(fetchPdf).toHaveBeenCalledTimes(1);
      expect(info).toHaveBeenCalledWith(expect.stringMatching(/redirects/));
    }
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('stops reading a body that outgrows the limit, does not start as a PDF, or is not a PDF by its type', async () => {
    const big = { count: 0 };
    stubFetch(() => respond(endless(PDF, big)));
    expect(await attach()).toBe(false);
    expect(big.count).toBeLessThan(10);

    const html = { count: 0 };
    stubFetch(() => respond(endless(bytes('<!DOCTYPE html>'), html), { type: 'application/octet-stream' }));
    expect(await attach()).toBe(false);
    expect(html.count).toBeLessThan(3);

    const page = { count: 0 };
    stubFetch(() => respond(endless(bytes('<!DOCTYPE html>'), page), { type: 'text/html' }));
    expect(await attach()).toBe(false);
    expect(page.count).toBeLessThan(3);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('fetches nothing when the page links no certificate of its own', async () => {
    setBody('<a href="https://evil.example/certificate.pdf">Download certificate</a><a href="/api/certificates/1/share">Share certificate</a>');
    const fetchPdf = stubFetch();
    expect(await attach()).toBe(false);
    expect(fetchPdf).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/links no certificate/));
  });

  it('sends nothing when the user has moved on before the PDF arrived', async () => {
    const controller = new AbortController();
    stubFetch(() => {
      controller.abort();
      return respond(PDF);
    });
    expect(await attachCertificate('r1', MAX, controller.signal)).toBe(false);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });
});
