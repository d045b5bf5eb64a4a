/**
 * Auto-attach: fetches the certificate PDF the completion page links to on its own site, with the user's session
 * there, and hands it to the background for the record just saved. Runs only when the background
 * asks (the setting is on and the record has no certificate yet). Any failure leaves the record as it was.
 * The answer decides whether it is a PDF, not the link: no redirect is followed, the type must be a PDF's (or
 * bytes'), the bytes must start with "%PDF-", and no more than the size limit is ever read. Anything else is refused
 * quietly, with the reason in the console.
 */
import { bytesToBase64 } from '../base64';
import { certificatePdfUrl } from '../capture/certificate-link';
import { PART_BYTES, PDF_TYPE } from '../domain/vocabulary';
import { sendMessage } from '../send-message';

/** Firefox gives content scripts `content.fetch`, which asks as the page does (its cookies, its origin). */
function pageFetch(): typeof fetch {
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return content?.fetch ? content.fetch.bind(content) : fetch;
}

/** Answers a certificate may come as: servers send PDFs as these, and the bytes decide the rest. */
const PDF_CONTENT_TYPES = new Set(['application/pdf', 'application/x-pdf', 'application/octet-stream', 'binary/octet-stream']);

/** Why nothing was kept, for the console: a refusal is quiet, not an error the user has to see. */
type Refusal = { refused: string };

/** A PDF starts with "%PDF-" at byte 0; "%PDF-" further on (an HTML page quoting one) does not count. */
const startsAsPdf = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';

/**
 * The body if it is a PDF of at most maxBytes. Reading stops as soon as the size passes the limit, or the first
 * chunk shows something else than a PDF: the rest is never downloaded.
 */
async function readPdf(response: Response, maxBytes: number): Promise<Uint8Array | Refusal> {
  const reader = response.body?.getReader();
  if (!reader) return { refused: 'it has no body' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    const refused = size > maxBytes ? `it is larger than ${maxBytes} bytes` : chunks.length === 1 && size > 4 && !startsAsPdf(value) ? 'it does not start with %PDF-' : '';
    if (refused) {
      await reader.cancel().catch(() => undefined);
      return { refused };
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return startsAsPdf(bytes) ? bytes : { refused: 'it does not start with %PDF-' };
}

/**
 * Asks without letting the browser follow a redirect, so another site is never asked before its origin is checked.
 * A browser hides where a manual redirect goes (an 'opaqueredirect' answer), so none can be followed by hand, not
 * even within the site: every redirect is refused.
 */
async function fetchOwnSite(url: URL, signal: AbortSignal): Promise<Response | Refusal> {
  const response = await pageFetch()(url.href, { credentials: 'same-origin', redirect: 'manual', signal });
  // An engine (or a page's own fetch) that followed anyway, or a service worker answering from elsewhere.
  const redirected = response.type === 'opaqueredirect' || response.redirected || (response.status > 299 && response.status < 400);
  if (redirected || new URL(response.url || url.href).origin !== location.origin) return { refused: 'it redirects' };
  return response;
}

/** The file name the server gives (Content-Disposition), else the address's last segment, always ending .pdf. */
function fileNameOf(url: URL, disposition: string | null): string {
  const given = /filename\*?=(?:utf-8'[^']*')?"?([^";]+)/i.exec(disposition ?? '')?.[1];
  let name = given ?? url.pathname.split('/').pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Keep the name as written.
  }
  name = name.replace(/[\\/:*?"<>|]|\p{Cc}/gu, '').trim().slice(0, 200) || 'certificate';
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

/** The certificate's bytes and name, or why they are not kept. */
/** Where a page's certificate is: the generic finder, or a taught site's recipe. */
export type CertificateLinkFinder = (doc: Document, pageUrl: URL) => URL | undefined;

async function fetchCertificate(maxBytes: number, signal: AbortSignal, findLink: CertificateLinkFinder): Promise<{ name: string; bytes: Uint8Array } | Refusal> {
  const url = findLink(document, new URL(location.href));
  if (!url) return { refused: 'the page links no certificate on its own site' };
  const response = await fetchOwnSite(url, signal);
  if ('refused' in response) return response;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const refused = !response.ok
    ? `the site answered ${response.status}`
    : !PDF_CONTENT_TYPES.has(type)
      ? `it is ${type || 'of no stated type'}, not a PDF`
      : Number(response.headers.get('content-length') ?? 0) > maxBytes
        ? `it is larger than ${maxBytes} bytes`
        : '';
  if (refused) {
    // Judged by its headers: the body is never read.
    response.body?.cancel().catch(() => undefined);
    return { refused };
  }
  const bytes = await readPdf(response, maxBytes);
  if ('refused' in bytes) return bytes;
  return { name: fileNameOf(url, response.headers.get('content-disposition')), bytes };
}

/** True when a certificate was found, fetched and kept with the record. */
export async function attachCertificate(recordId: string, maxBytes: number, signal: AbortSignal, findLink: CertificateLinkFinder = certificatePdfUrl): Promise<boolean> {
  const found = await fetchCertificate(maxBytes, signal, findLink);
  if (signal.aborted) return false;
  if ('refused' in found) {
    console.info(`Recert Companion: no certificate PDF kept: ${found.refused}.`);
    return false;
  }
  // In parts: base64 makes a file a third larger, and a message may carry at most 64 MiB in Chrome.
  const parts = Math.max(1, Math.ceil(found.bytes.byteLength / PART_BYTES));
  for (let part = 0; part < parts; part++) {
    const base64 = bytesToBase64(found.bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES));
    await sendMessage({ type: 'capture.attach', recordId, file: { name: found.name, type: PDF_TYPE, base64 }, part, parts });
  }
  return true;
}
