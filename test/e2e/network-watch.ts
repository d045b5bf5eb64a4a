/**
 * "The extension makes no network requests of its own" (README, architecture.md), checked while the scenario runs:
 * each driver records the requests it can attribute to the extension, and the scenario's last test holds them to
 * the rules here. Requests the test causes (opening fixture pages, and what those pages load) are not recorded.
 */
import { expect } from 'vitest';

/** Who asked: an extension page (popup, dashboard, welcome, form), the background, or our content script in a web page. */
export type RequestSource = 'extension-page' | 'background' | 'content-script';

export interface ObservedRequest {
  source: RequestSource;
  url: string;
  /** The document (or worker) that asked, for the failure message and for the content script's same-site rule. */
  initiator: string;
}

/**
 * A destination the browser or the fixture server saw without knowing who asked: any connection to a host the test
 * never sends a browser to (Firefox's proxy log). Only the extension can have asked for it.
 */
export interface UnattributedConnection {
  host: string;
  port: number;
}

/** What one driver records; `sees` says which sources its browser lets it attribute, so coverage is stated, not assumed. */
export class NetworkWatch {
  readonly requests: ObservedRequest[] = [];
  readonly connections: UnattributedConnection[] = [];
  constructor(readonly sees: readonly RequestSource[]) {}

  add(request: ObservedRequest): void {
    this.requests.push(request);
  }

  connection(connection: UnattributedConnection): void {
    this.connections.push(connection);
  }
}

/** The extension's own files, and data the page already holds; the only places extension code may read from. */
function isOwnResource(url: string, extensionOrigin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return url === extensionOrigin || url.startsWith(`${extensionOrigin}/`);
}

function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The one request a content script is designed to make: auto-attach's fetch of the certificate the captured page links
 * to on its own site (src/content/certificate-attach.ts). Anything else a content script asks for must be ours.
 */
function isSameSiteCertificateFetch(request: ObservedRequest): boolean {
  // Same origin, not a .pdf name: the link may be "Download certificate" with any path (src/capture/certificate-link.ts).
  const target = originOf(request.url);
  return target !== undefined && target === originOf(request.initiator);
}

/** Every observed request the rules forbid, described for a failure message. */
export function forbiddenRequests(watch: NetworkWatch, extensionOrigin: string): string[] {
  const requests = watch.requests
    .filter((r) => !isOwnResource(r.url, extensionOrigin))
    .filter((r) => !(r.source === 'content-script' && isSameSiteCertificateFetch(r)))
    .map((r) => `${r.source} ${r.initiator} asked for ${r.url}`);
  const connections = watch.connections.map((c) => `the browser connected to ${c.host}:${c.port}, a host the test never opens`);
  return [...requests, ...connections];
}

/**
 * The scenario's closing check. Besides "nothing forbidden", it asks that the watch saw the requests it must have seen
 * (the extension pages loading their own files, the content script's certificate fetch): a watch that records
 * nothing would pass anything.
 */
export function expectNoOwnRequests(watch: NetworkWatch, extensionOrigin: string): void {
  const seen = (source: RequestSource) => watch.requests.filter((r) => r.source === source);
  if (watch.sees.includes('extension-page')) {
    expect(seen('extension-page').some((r) => isOwnResource(r.url, extensionOrigin)), 'the watch saw the extension pages load their own files').toBe(true);
  }
  if (watch.sees.includes('content-script')) {
    expect(seen('content-script').some(isSameSiteCertificateFetch), "the watch saw the content script's certificate fetch").toBe(true);
  }
  expect(forbiddenRequests(watch, extensionOrigin), 'requests the extension made of its own').toEqual([]);
}
