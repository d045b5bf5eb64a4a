/**
 * npm run accuracy:portal: the CE portal's dashboard reader on the blind portal rounds
 * (test/fixtures/blind/portal-round-N/, pages written by a helper that never saw the code, NAME.expect.json beside
 * each). Each dashboard is opened in Chromium at its real address (the fixture served by request interception, so its
 * own scripts run: late lists, shadow roots), left to settle, then read by the same reader the content script runs.
 * Prints, as JSON, the share of expected fields read right per page and overall, the certifications and claims read
 * that the page does not show, and every miss. This scores the reader on the settled page; whether the content script
 * waits for the page to settle is for the end-to-end tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { fixtureUrl } from '../test/helpers/fixtures';
import { dashboardReaderScript } from './portal-reader-script';
import { same, type Miss } from './portal-scoring';
import type { CePortalCertification, CePortalClaim, CePortalDashboard } from '../src/domain/ce-portal-sync';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BLIND = join(ROOT, 'test/fixtures/blind');
/** Long enough for the slowest late part any round's page declares (2.5 s), with room. */
const SETTLE_MS = 4000;

const CERT_FIELDS = ['name', 'earnedOn', 'expiresOn', 'status'] as const;
const CLAIM_FIELDS = ['itemName', 'startDate', 'endDate', 'credits', 'status', 'submittedOn', 'claimId'] as const;

interface Expected {
  certifications: CePortalCertification[];
  claims: CePortalClaim[];
  claimsState?: CePortalDashboard['claimsState'];
}

/** Pairs each expected item with the found one of the same key, else none; what is left found is read but not there. */
function pair<T>(expected: readonly T[], found: readonly T[], key: (item: T) => string): { pairs: Array<[T, T | undefined]>; extra: T[] } {
  const left = [...found];
  const pairs = expected.map((want): [T, T | undefined] => {
    const i = left.findIndex((got) => same(key(got), key(want)));
    return [want, i >= 0 ? left.splice(i, 1)[0] : undefined];
  });
  return { pairs, extra: left };
}

function scorePage(page: string, expected: Expected, found: CePortalDashboard | undefined) {
  let right = 0;
  let total = 0;
  const misses: Miss[] = [];
  const tally = <T extends object>(what: string, fields: readonly (keyof T & string)[], want: T, got: T | undefined, label: string) => {
    for (const field of fields) {
      const value = (want as Record<string, unknown>)[field];
      if (value === undefined) continue;
      total += 1;
      const read = got ? (got as Record<string, unknown>)[field] : undefined;
      if (same(value, read)) right += 1;
      else misses.push({ page, item: `${what} ${label}`, field, expected: value, found: read });
    }
  };
  const certs = pair(expected.certifications, found?.certifications ?? [], (c) => c.name);
  for (const [want, got] of certs.pairs) tally('certification', CERT_FIELDS, want, got, want.name);
  const claims = pair(expected.claims, found?.claims ?? [], (c) => c.claimId ?? c.itemName);
  for (const [want, got] of claims.pairs) tally('claim', CLAIM_FIELDS, want, got, want.claimId ?? want.itemName);
  if (expected.claimsState) {
    total += 1;
    if (found?.claimsState === expected.claimsState) right += 1;
    else misses.push({ page, item: 'dashboard', field: 'claimsState', expected: expected.claimsState, found: found?.claimsState });
  }
  return { page, right, total, extra: [...certs.extra.map((c) => `certification ${c.name}`), ...claims.extra.map((c) => `claim ${c.itemName}`)], misses, read: found !== undefined };
}

const rounds = readdirSync(BLIND).filter((name) => /^portal-round-\d+$/.test(name)).sort();
const script = await dashboardReaderScript();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const report: Record<string, unknown> = {};
try {
  for (const round of rounds) {
    const dir = join(BLIND, round);
    const pages = readdirSync(dir).filter((name) => name.startsWith('dashboard-') && name.endsWith('.html')).sort();
    const results = [];
    for (const name of pages) {
      const html = readFileSync(join(dir, name), 'utf8');
      const url = fixtureUrl(html)?.href;
      if (!url) throw new Error(`${round}/${name} has no leading <!-- url: … --> comment`);
      const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.html$/, '.expect.json')), 'utf8')) as Expected;
      const context = await browser.newContext();
      // The page at its real address, from the fixture; any other request (there should be none) fails.
      const address = url.replace(/#.*$/, '');
      await context.route('**/*', (route) => (route.request().url() === address ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
      const tab = await context.newPage();
      await tab.goto(url);
      await tab.waitForTimeout(SETTLE_MS);
      await tab.addScriptTag({ content: script });
      const found = await tab.evaluate(() => {
        const reader = (window as unknown as { portalReader: { readCePortalDashboard(doc: Document, url: URL): unknown } }).portalReader;
        return reader.readCePortalDashboard(document, new URL(location.href));
      });
      await context.close();
      results.push(scorePage(name, expected, found as CePortalDashboard | undefined));
    }
    const right = results.reduce((n, r) => n + r.right, 0);
    const total = results.reduce((n, r) => n + r.total, 0);
    report[round] = {
      dashboards: { fieldsRight: right, fields: total, share: total ? Number((right / total).toFixed(3)) : null, itemsReadThatAreNotThere: results.reduce((n, r) => n + r.extra.length, 0) },
      pages: results.map(({ page, right: r, total: t, extra, read }) => ({ page, read, fieldsRight: r, fields: t, extra })),
      misses: results.flatMap((r) => r.misses),
    };
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(report, null, 2));
