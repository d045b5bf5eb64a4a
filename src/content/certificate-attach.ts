/**
 * Auto-attach: fetches the certificate PDF the completion page links to on its own site, with the user's session
 * there, and hands it to the background for the record just saved. Loaded on demand, only when the background
 * asks (the setting is on and the record has no certificate yet). Any failure leaves the record as it was.
 */
import { bytesToBase64 } from '../base64';
import { certificatePdfUrl } from '../capture/certificate-link';
import { PDF_TYPE } from '../domain/vocabulary';
import { sendMessage } from '../send-message';

/** Firefox gives content scripts `content.fetch`, which asks as the page does (its cookies, its origin). */
function pageFetch(): typeof fetch {
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return content?.fetch ? content.fetch.bind(content) : fetch;
}

/** The body, or undefined as soon as it grows past maxBytes (the rest is never downloaded). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function fileNameOf(url: URL): string {
  let name = url.pathname.split('/').pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Keep the name as written.
  }
  name = name.replace(/[\\/:*?"<>|]|\p{Cc}/gu, '').slice(0, 200) || 'certificate';
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

/** True when a certificate was found, fetched and kept with the record. */
export async function attachCertificate(recordId: string, maxBytes: number, signal: AbortSignal): Promise<boolean> {
  const url = certificatePdfUrl(document, new URL(location.href));
  if (!url) return false;
  const response = await pageFetch()(url.href, { credentials: 'same-origin', signal });
  // A redirect to another site is not the page's own certificate.
  if (!response.ok || new URL(response.url || url.href).origin !== location.origin) return false;
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return false;
  const bytes = await readAtMost(response, maxBytes);
  if (!bytes || signal.aborted) return false;
  await sendMessage({ type: 'capture.attach', recordId, file: { name: fileNameOf(url), type: PDF_TYPE, base64: bytesToBase64(bytes) } });
  return true;
}
