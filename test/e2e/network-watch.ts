/**
 * "The extension makes no network requests of its own" (README, architecture.md), checked while the scenario runs:
 * each driver records the requests it can attribute to the extension, and the scenario's last test holds them to
 * the rules here. Requests the test causes (opening fixture pages, and what those pages load) are not recorded.
 */
import { expect } from 'vitest';
import { pollFor } from './helpers';

/** Who asked: an extension page (popup, dashboard, welcome, form), the background, or our content script in a web page. */
export type RequestSource = 'extension-page' | 'background' | 'content-script';

export interface ObservedRequest {
  source: RequestSource;
  url: string;
  /** The document (or worker) that asked, for the failure message and for the content script's same-site rule. */
  initiator: string;
}

/**
 * A connection the browser made without saying who asked (Firefox's recording proxy): to a host the test never opens,
 * only the extension can have asked for it, once the browser's own services are pointed at hosts the driver names.
 */
export interface UnattributedConnection {
  host: string;
  port: number;
}

/**
 * Where the drivers send their positive controls: just before the closing check, each source the watch claims to see
 * asks for a URL here (the driver runs a fetch in it), so a watch that stopped seeing cannot pass. `.invalid` never
 * resolves, and nothing of ours ever names it.
 */
export const CANARY_HOST = 'network-watch-canary.invalid';
export const canaryUrl = (source: RequestSource): string => `https://${CANARY_HOST}/${source}`;
const isCanary = (url: string) => url.startsWith(`https://${CANARY_HOST}/`);

/**
 * What one driver records. `sees` names the sources its browser lets it attribute (their canaries are required);
 * `recordsConnections` says it also sees every connection of the browser, unattributed (the background canary must be
 * among them). Coverage is stated, not assumed.
 */
export class NetworkWatch {
  readonly requests: ObservedRequest[] = [];
  readonly connections: UnattributedConnection[] = [];
  constructor(
    readonly sees: readonly RequestSource[],
    readonly recordsConnections = false,
  ) {}

  add(request: ObservedRequest): void {
    this.requests.push(request);
  }

  connection(connection: UnattributedConnection): void {
    this.connections.push(connection);
  }

  /** Whether the canary of source has been seen, attributed to it (or, for connections, at all). */
  sawCanary(source: RequestSource | 'connection'): boolean {
    if (source === 'connection') return this.connections.some((c) => c.host === CANARY_HOST);
    return this.requests.some((r) => r.source === source && r.url === canaryUrl(source));
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

/**
 * Waits (bounded) until the canaries a driver has just fired have reached the watch; events arrive after the fetch
 * settles. A canary that never arrives is left for the closing check to name.
 */
export async function awaitCanaries(watch: NetworkWatch, sources: ReadonlyArray<RequestSource | 'connection'>): Promise<void> {
  await pollFor(async () => sources.every((s) => watch.sawCanary(s)), { what: 'the canary requests', timeoutMs: 5_000 }).catch(() => undefined);
}

/** Every observed request the rules forbid, described for a failure message. */
export function forbiddenRequests(watch: NetworkWatch, extensionOrigin: string): string[] {
  const requests = watch.requests
    .filter((r) => !isOwnResource(r.url, extensionOrigin) && !isCanary(r.url))
    .filter((r) => !(r.source === 'content-script' && isSameSiteCertificateFetch(r)))
    .map((r) => `${r.source} ${r.initiator} asked for ${r.url}`);
  const connections = watch.connections
    .filter((c) => c.host !== CANARY_HOST)
    .map((c) => `the browser connected to ${c.host}:${c.port}, a host the test never opens`);
  return [...requests, ...connections];
}

/**
 * The scenario's closing check: nothing forbidden, and every part of the watch shown to work by what it saw (the
 * canaries; for content scripts, the certificate fetch they are designed to make), so a blind watch cannot pass.
 */
export function expectNoOwnRequests(watch: NetworkWatch, extensionOrigin: string): void {
  for (const source of watch.sees.filter((s) => s !== 'content-script')) {
    expect(watch.sawCanary(source), `the watch saw the canary request of the ${source}`).toBe(true);
  }
  if (watch.sees.includes('content-script')) {
    const fetches = watch.requests.filter((r) => r.source === 'content-script' && isSameSiteCertificateFetch(r));
    expect(fetches.length, "the watch saw the content script's certificate fetch").toBeGreaterThan(0);
  }
  if (watch.recordsConnections) expect(watch.sawCanary('connection'), "the proxy saw the background's canary connection").toBe(true);
  expect(forbiddenRequests(watch, extensionOrigin), 'requests the extension made of its own').toEqual([]);
}
