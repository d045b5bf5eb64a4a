/**
 * The bench's pages, served over HTTPS from this machine at their real addresses (each browser maps the host names
 * to 127.0.0.1 and accepts the self-signed certificate), as a user's browser loads a site: through the network
 * stack, not through the driver's request interception, which also routed the extension's own files through Node
 * and added time no user pays. A request for any other address gets a 404.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfSignedCertificate } from '../self-signed-certificate';
import { InvalidMeasurement } from './figures';

export interface ServedPage {
  html: string;
  headers?: Record<string, string>;
}

export interface PageServer {
  port: number;
  hosts: string[];
  /** Chromium's switches that send those hosts here (and nowhere else) and accept the certificate. */
  chromiumArgs: string[];
  stop(): Promise<void>;
}

export async function servePages(pages: ReadonlyMap<string, ServedPage>): Promise<PageServer> {
  const hosts = [...new Set([...pages.keys()].map((href) => new URL(href).hostname))];
  const certDir = await mkdtemp(join(tmpdir(), 'recert-bench-cert-'));
  try {
    const { key, cert } = await selfSignedCertificate(certDir, hosts);
    const byAddress = new Map([...pages].map(([href, page]) => [`${new URL(href).hostname}${new URL(href).pathname}${new URL(href).search}`, page]));
    const server = createServer({ key, cert }, (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const page = byAddress.get(`${host}${req.url ?? '/'}`);
      const body = page?.html ?? `Nothing is served at https://${host}${req.url ?? ''}\n`;
      res.writeHead(page ? 200 : 404, {
        'content-type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'cache-control': 'no-store',
        ...page?.headers,
      });
      res.end(body);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return {
      port,
      hosts,
      chromiumArgs: [
        // Every other name fails to resolve: nothing reaches the network.
        `--host-resolver-rules=${[...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', ')}`,
        '--ignore-certificate-errors',
      ],
      stop: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await rm(certDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(certDir, { recursive: true, force: true });
    throw new InvalidMeasurement(`the bench's page server could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}
