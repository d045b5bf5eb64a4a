/**
 * A self-signed certificate for the local HTTPS servers the end-to-end tests and the bench browse to, made fresh by
 * the openssl CLI for each run for the real host names they serve (each browser is told to accept it).
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function selfSignedCertificate(dir: string, hosts: readonly string[]): Promise<{ key: Buffer; cert: Buffer }> {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  const san = [...hosts.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
  try {
    await run(
      'openssl',
      [
        'req', '-x509', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
        '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=u.cisco.com',
        '-addext', `subjectAltName=${san}`,
        '-addext', 'extendedKeyUsage=serverAuth',
      ],
      { timeout: 20_000 },
    );
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`openssl could not make the test certificate: ${(error as Error).message}\n${stderr}`, { cause: error });
  }
  return { key: await readFile(keyFile), cert: await readFile(certFile) };
}
