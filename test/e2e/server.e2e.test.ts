/** The fixture server the browser suites rely on: right page for host + path, 404 otherwise, a usable certificate. */
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEARNING_PATH, fixturePage } from './helpers';
import { PORTAL_HOSTS, startFixtureServer, type FixtureServer } from './server';

interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
  subjectAltName: string;
}

let server: FixtureServer | undefined;

function get(host: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server!.port, path, servername: host === 'localhost' ? undefined : host, headers: { host }, rejectUnauthorized: false, timeout: 5_000, agent: false },
      (res) => {
        const subjectAltName = peerSubjectAltName;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'],
            body: Buffer.concat(chunks).toString('utf8'),
            subjectAltName,
          }),
        );
      },
    );
    let peerSubjectAltName = '';
    // Read once the handshake is done: by the time the answer is parsed the server may have closed the socket.
    req.on('socket', (socket: TLSSocket) =>
      socket.once('secureConnect', () => {
        peerSubjectAltName = socket.getPeerCertificate().subjectaltname ?? '';
      }),
    );
    req.on('timeout', () => req.destroy(new Error(`GET https://${host}${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

describe('the e2e fixture server', () => {
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('serves each fixture at its host and path, as UTF-8 HTML', async () => {
    const fixture = fixturePage(LEARNING_PATH.adapterId, LEARNING_PATH.fixture);
    const answer = await get(fixture.url.hostname, fixture.url.pathname);
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('text/html; charset=utf-8');
    expect(answer.body).toBe(fixture.html);
    expect(server!.fixtures.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 404 for another path or another host', async () => {
    const fixture = fixturePage(LEARNING_PATH.adapterId, LEARNING_PATH.fixture);
    expect((await get(fixture.url.hostname, '/no/such/page')).status).toBe(404);
    expect((await get('ce.cisco.com', fixture.url.pathname)).status).toBe(404);
  });

  it('presents a certificate naming every portal host', async () => {
    const { subjectAltName } = await get('u.cisco.com', '/');
    for (const host of PORTAL_HOSTS) expect(subjectAltName).toContain(`DNS:${host}`);
  });
});
