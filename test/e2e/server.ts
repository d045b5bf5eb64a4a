/**
 * The local HTTPS server end-to-end tests browse to: it serves every saved fixture page at the address in its
 * leading `<!-- url: https://… -->` comment, keyed by Host header and path, so the browsers see the real host
 * names (mapped to 127.0.0.1 by each browser's resolver switches). The certificate is self-signed, made fresh by
 * the openssl CLI for each run; the browsers are told to accept it. Nothing here ever contacts a real host.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { selfSignedCertificate } from '../../scripts/self-signed-certificate';
import { PDFS_DIR, listAllFixtures, type FixturePage } from './helpers';

/** Hosts of the portals the extension serves or will serve; fixture hosts are added to these. */
export const PORTAL_HOSTS = [
  'u.cisco.com',
  'learningnetwork.cisco.com',
  'digital-learning.cisco.com',
  'www.ciscolive.com',
  'ce.cisco.com',
  'localhost',
] as const;

export interface ServedRequest {
  host: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Every host name the certificate and the route table know. */
  hosts: string[];
  fixtures: FixturePage[];
  /** What the browsers asked for, in order: handy in failure messages. */
  requests: ServedRequest[];
  /**
   * The https URL a browser should open for this fixture (with `port` when the browser connects to the real
   * host name's port directly, as Firefox does with network.dns.forceResolve). Throws when another fixture
   * saved from the same address is the one served there.
   */
  urlFor(fixture: FixturePage, options?: { withPort?: boolean }): string;
  stop(): Promise<void>;
}

/** Query parameters the server itself reads (pages never see them as meaningful). */
export const FIXTURE_PARAM = 'recert-fixture';
export const LATE_PARAM = 'recert-late';
/** How long after load a "late" element appears, as a single-page app's content would. */
export const LATE_RENDER_MS = 1_500;

/**
 * The page with the first <tag>…</tag> taken out and put back LATE_RENDER_MS after load, by a script in the
 * page: what a single-page portal does when its completion block arrives from an API call.
 */
export function renderLate(html: string, tag: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(tag)) throw new Error(`Not a tag name: ${tag}`);
  // The first real element, not a mention of it inside an HTML comment.
  const comments = [...html.matchAll(/<!--[\s\S]*?-->/g)].map((m) => [m.index, m.index + m[0].length] as const);
  let start = html.indexOf(`<${tag}`);
  while (start !== -1 && comments.some(([from, to]) => start >= from && start < to)) start = html.indexOf(`<${tag}`, start + 1);
  const closing = `</${tag}>`;
  const end = html.indexOf(closing, start);
  if (start === -1 || end === -1) throw new Error(`No <${tag}> element to render late`);
  const element = html.slice(start, end + closing.length);
  const later = `<template id="recert-late">${element}</template><script>setTimeout(() => {
  document.getElementById('recert-late-slot').replaceWith(document.getElementById('recert-late').content.cloneNode(true));
}, ${LATE_RENDER_MS});</script>`;
  return `${html.slice(0, start)}<div id="recert-late-slot"></div>${html.slice(end + closing.length)}`.replace('</body>', `${later}</body>`);
}

/**
 * ?recert-hostile=<mode> serves a fixture as a hostile page would make it (the trust suite in scenario.ts):
 * - clobber: `<form id="browser">` with a `runtime` input, so that in a content script's isolated world (Chrome)
 *   `browser.runtime` is the page's element unless the extension guards against it;
 * - flood: a script that renames the course and moves to a new address twice a second, each a new course to a
 *   naive capture;
 * - cert-redirect / cert-not-pdf: the certificate link goes to an address that redirects to another site, or that
 *   answers a page with a PDF's type.
 */
export const HOSTILE_PARAM = 'recert-hostile';
const HOSTILE_PATH = /^\/hostile\/(redirect|not-pdf)\//;

const HOSTILE_HEAD: Record<string, string> = {
  clobber: '<form id="browser"><input name="runtime" id="clobbered"></form>',
  // A new address (as a single-page app moves), a new name and a new element twice a second: slower than a capture
  // script's rescan, and each change one it sees.
  flood: `<script>addEventListener('load', () => { const original = document.querySelector('h1').textContent; let name = original; let n = 0;
const timer = setInterval(() => { n += 1; const next = original + ' part ' + n; history.pushState(null, '', '#part-' + n);
const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeValue.includes(name)) node.nodeValue = node.nodeValue.split(name).join(next);
name = next; document.body.append(document.createElement('span')); if (n >= 40) clearInterval(timer); }, 500); });</script>`,
};

export function hostilePage(html: string, mode: string): string {
  if (mode === 'cert-redirect' || mode === 'cert-not-pdf') return html.replaceAll('/api/certificates/', `/hostile/${mode === 'cert-redirect' ? 'redirect' : 'not-pdf'}/`);
  const head = HOSTILE_HEAD[mode];
  if (!head) throw new Error(`No hostile mode ${mode}`);
  // Before the page's own scripts, as a page's first script would be.
  return html.replace(/<body[^>]*>/, (body) => `${body}${head}`);
}

function routeKey(host: string, path: string): string {
  return `${host.toLowerCase()}${path}`;
}

/** A portal's download address that names no file (/api/certificates/<id>/download): the response says it is a PDF. */
const DOWNLOAD_PATH = /^\/api\/certificates\/[\w-]+\/download$/;
const DOWNLOADED_PDF = 'award-completion.pdf';

/**
 * The generated certificate a request for /…/<name>.pdf asks for, when test/fixtures/pdfs has one of that name, or
 * for a portal's download address.
 */
function pdfFixture(path: string): Buffer | undefined {
  const name = DOWNLOAD_PATH.test(path) ? DOWNLOADED_PDF : basename(path);
  if (!/^[\w-]+\.pdf$/.test(name)) return undefined;
  const file = join(PDFS_DIR, name);
  return existsSync(file) ? readFileSync(file) : undefined;
}

/** Starts the server on 127.0.0.1 at a free port. Call stop() (in afterAll) to close it and remove its temp dir. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const fixtures = listAllFixtures();
  const hosts = [...new Set([...PORTAL_HOSTS, ...fixtures.map((f) => f.url.hostname)])];
  const routes = new Map<string, FixturePage>();
  /** Variants saved from the same address: only the first (by name) can be served; see servedPage(). */
  const shadowed = new Map<string, string>();
  for (const fixture of fixtures) {
    const key = routeKey(fixture.url.hostname, fixture.url.pathname);
    const first = routes.get(key);
    if (first) shadowed.set(fixture.file, first.file);
    else routes.set(key, fixture);
  }

  const certDir = await mkdtemp(join(tmpdir(), 'recert-e2e-cert-'));
  let server: Server | undefined;
  try {
    const { key, cert } = await selfSignedCertificate(certDir, hosts);
    const requests: ServedRequest[] = [];
    server = createServer({ key, cert }, (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const requested = new URL(req.url ?? '/', 'https://placeholder.invalid');
      const path = requested.pathname;
      // ?recert-fixture=<file> picks one of several pages saved from the same address.
      const chosen = requested.searchParams.get(FIXTURE_PARAM);
      const candidate = chosen ? fixtures.find((f) => f.name === chosen && routeKey(f.url.hostname, f.url.pathname) === routeKey(host, path)) : routes.get(routeKey(host, path));
      const fixture = req.method === 'GET' || req.method === 'HEAD' ? candidate : undefined;
      const pdf = !fixture && req.method === 'GET' ? pdfFixture(path) : undefined;
      const hostile = HOSTILE_PATH.exec(path);
      if (hostile && req.method === 'GET') {
        requests.push({ host, path, status: hostile[1] === 'redirect' ? 302 : 200 });
        if (hostile[1] === 'redirect') {
          // To another portal's host, at the port this browser reached us on.
          const port = /:\d+$/.exec(req.headers.host ?? '')?.[0] ?? '';
          res.writeHead(302, { location: `https://learningnetwork.cisco.com${port}/api/certificates/elsewhere/download`, 'content-length': 0, connection: 'close' });
          res.end();
        } else {
          const page = '<!doctype html><title>Sign in</title><p>Your session expired. %PDF-1.7 is what a certificate would start with.</p>';
          res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': Buffer.byteLength(page), 'cache-control': 'no-store', connection: 'close' });
          res.end(page);
        }
        return;
      }
      if (pdf) {
        // A completion page's certificate link: any site, any folder, named after a file in test/fixtures/pdfs.
        requests.push({ host, path, status: 200 });
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': pdf.byteLength, 'cache-control': 'no-store', connection: 'close' });
        res.end(pdf);
        return;
      }
      const status = fixture ? 200 : 404;
      requests.push({ host, path, status });
      const late = requested.searchParams.get(LATE_PARAM);
      const hostileMode = requested.searchParams.get(HOSTILE_PARAM);
      const html = fixture && hostileMode ? hostilePage(fixture.html, hostileMode) : fixture?.html;
      const body = html !== undefined ? (late ? renderLate(html, late) : html) : `No fixture is served at https://${host}${path}\n`;
      res.writeHead(status, {
        'content-type': fixture ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
        connection: 'close',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = listening.address() as AddressInfo;
    return {
      port,
      hosts,
      fixtures,
      requests,
      urlFor(fixture, { withPort = false } = {}) {
        const winner = shadowed.get(fixture.file);
        if (winner) throw new Error(`${fixture.file} has the same <!-- url: --> as ${winner}, which is the one served there`);
        return `https://${fixture.url.hostname}${withPort ? `:${port}` : ''}${fixture.url.pathname}${fixture.url.search}`;
      },
      async stop() {
        listening.closeAllConnections();
        await new Promise<void>((resolve) => listening.close(() => resolve()));
        await rm(certDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    server?.close();
    await rm(certDir, { recursive: true, force: true });
    throw error;
  }
}
