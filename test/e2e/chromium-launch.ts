/**
 * How Chromium is started with the unpacked build and the fixture server standing in for the portals: shared by
 * the e2e driver and `npm run demo`, so the demo runs exactly as the tests do.
 */
import type { FixtureServer } from './server';

export function chromiumExtensionArgs(distDir: string, server: Pick<FixtureServer, 'hosts' | 'port'>): string[] {
  const mapped = server.hosts.filter((h) => h !== 'localhost').map((h) => `MAP ${h} 127.0.0.1:${server.port}`);
  return [
    '--no-sandbox',
    `--disable-extensions-except=${distDir}`,
    `--load-extension=${distDir}`,
    // Portal hosts go to the fixture server; any other name fails to resolve, so nothing leaves the machine.
    `--host-resolver-rules=${[...mapped, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ')}`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
  ];
}
