/**
 * The CE portal's dashboard reader on the blind rounds' pages that only a browser can show as their users see them:
 * lists that come late (one request after another, in stages, by two frameworks) and shadow roots (declarative, or
 * built by script). Each page is served locally and opened in Chromium and in Firefox with its own scripts, left to
 * settle, then read by the reader the content script carries; the reading must be what the page's expectation (written
 * blind, before any reader ran) says. The pages whose lists are in the markup are held by
 * test/capture/ce-portal-dashboard.test.ts; `npm run accuracy:portal` scores every page.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardReaderScript } from '../../scripts/portal-reader-script';
import type { CePortalDashboard } from '../../src/domain/ce-portal-sync';
import { fixtureUrl } from '../helpers/fixtures';

const BLIND = fileURLToPath(new URL('../fixtures/blind/', import.meta.url));
/** Pages whose lists a browser must build: late, staged, or in shadow roots. */
const PAGES = [
  'portal-round-1/dashboard-d-staggered',
  'portal-round-1/dashboard-d2-claims-first',
  'portal-round-1/dashboard-k-shadow-dom',
  'portal-round-2/dashboard-o-shadow-components',
  'portal-round-2/dashboard-q-staged-loading',
  'portal-round-3/dashboard-w-micro-frontends',
];
/** The slowest page shows its last list 2.5 s after load. */
const SETTLE_MS = 4_000;

let server: Server;
let origin: string;
let reader: string;

beforeAll(async () => {
  reader = await dashboardReaderScript();
  server = createServer((request, response) => {
    const page = PAGES.find((name) => request.url === `/${name}.html`);
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(BLIND, `${page}.html`)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The reading, run in the page: the reader as a function's body, given the page's real address. */
function readingJs(name: string): string {
  const address = fixtureUrl(readFileSync(join(BLIND, `${name}.html`), 'utf8'))!.href;
  return `(() => { ${reader}; return JSON.stringify(portalReader.readCePortalDashboard(document, new URL(${JSON.stringify(address)})) ?? null); })()`;
}

function expectAsWritten(name: string, json: string): void {
  const found = JSON.parse(json) as CePortalDashboard | null;
  const { notes: _notes, ...want } = JSON.parse(readFileSync(join(BLIND, `${name}.expect.json`), 'utf8')) as CePortalDashboard & { notes: string };
  expect(found?.claimsState, name).toBe(want.claimsState);
  // In any order: items in separate shadow trees have none between them.
  expect(found?.claims, name).toEqual(expect.arrayContaining(want.claims));
  expect(found?.claims, name).toHaveLength(want.claims.length);
  expect(found?.certifications, name).toEqual(expect.arrayContaining(want.certifications));
  expect(found?.certifications, name).toHaveLength(want.certifications.length);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A tab as both drivers give one: it goes to an address and evaluates an expression. */
interface Tab {
  goto(url: string): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
}

/** Opens every page at once in its own tab, lets them settle, and holds each reading to its expectation. */
async function readEveryPage(newTab: () => Promise<Tab>): Promise<void> {
  const tabs = await Promise.all(
    PAGES.map(async (name) => {
      const tab = await newTab();
      await tab.goto(`${origin}/${name}.html`);
      return { name, tab };
    }),
  );
  await sleep(SETTLE_MS);
  for (const { name, tab } of tabs) expectAsWritten(name, (await tab.evaluate(readingJs(name))) as string);
}

describe('the dashboard reader on blind pages a browser builds', () => {
  it('reads each in Chromium as its expectation says', async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      await readEveryPage(() => browser.newPage());
    } finally {
      await browser.close();
    }
  });

  it('reads each in Firefox as its expectation says', async () => {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
      headless: true,
      protocol: 'webDriverBiDi',
      timeout: 60_000,
    });
    try {
      await readEveryPage(() => browser.newPage());
    } finally {
      await browser.close();
    }
  });
});
