/**
 * Chromium (Debian's /usr/bin/chromium) with dist/chrome loaded unpacked, driven by playwright-core. The portal
 * host names are mapped to the local fixture server by --host-resolver-rules; everything else resolves to nothing,
 * so the browser cannot reach a real host. The tests run in order and build on each other's records, as a user's
 * session would: install, capture, look at the popup, visit pages that must not be captured, undo, badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  BODY_TEXT_JS,
  BrowserLog,
  CERTIFICATION,
  COURSE,
  DIST,
  LEARNING_PATH,
  NEGATIVE_FIXTURES,
  POPUP_PATH,
  POPUP_VIEWPORT,
  POPUP_VIEW_JS,
  RECORD_META,
  TOAST_ALREADY_SAVED,
  TOAST_REMOVED,
  TOAST_SAVED,
  TOAST_TEXT_JS,
  WELCOME_PATH,
  assertBuilt,
  describeRecords,
  fixturePage,
  h1Text,
  makeTempDir,
  pollFor,
  readRecords,
  removeDir,
  resultPath,
  sendMessageJs,
  sleep,
  truncate,
  withTimeout,
  type FixturePage,
  type PopupView,
  type StoredRecord,
} from './helpers';
import { startFixtureServer, type FixtureServer } from './server';

const EXECUTABLE = '/usr/bin/chromium';
/** How long a page that must not be captured gets to (wrongly) capture: load, the 400 ms rescan, a round trip. */
const QUIET_PERIOD_MS = 2_000;

let server: FixtureServer | undefined;
let context: BrowserContext | undefined;
let userDataDir: string | undefined;
let extensionId = '';
/** An extension page kept open for reading IndexedDB, sending messages and reading the badge. */
let extensionPage: Page | undefined;
const log = new BrowserLog();

const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
/** Chromium connects to 443 on the real host name; --host-resolver-rules sends it to the server's port. */
const pageUrl = (fixture: FixturePage) => server!.urlFor(fixture);

function ext(): Page {
  if (!extensionPage) throw new Error('The extension page is not open (beforeAll failed)');
  return extensionPage;
}

async function records(): Promise<StoredRecord[]> {
  return readRecords((js) => ext().evaluate(js));
}

async function pageDiagnostics(page: Page | undefined): Promise<string> {
  const parts: string[] = [];
  if (page && !page.isClosed()) {
    parts.push(`Page ${page.url()} text:\n${truncate((await page.evaluate(BODY_TEXT_JS).catch((e: unknown) => String(e))) as string)}`);
  }
  if (extensionPage) parts.push(describeRecords(await records().catch(() => [])));
  if (server) parts.push(`Server requests: ${JSON.stringify(server.requests.slice(-10))}`);
  parts.push(log.dump());
  return parts.join('\n');
}

async function waitForToast(page: Page, ...needles: string[]): Promise<string> {
  return pollFor(
    async () => {
      const text = (await page.evaluate(TOAST_TEXT_JS)) as string | null;
      return text && needles.every((n) => text.includes(n)) ? text : undefined;
    },
    { what: `a toast containing ${needles.map((n) => JSON.stringify(n)).join(' and ')} on ${page.url()}`, timeoutMs: 15_000, diagnose: () => pageDiagnostics(page) },
  );
}

async function openPortalPage(fixtureName: string): Promise<Page> {
  const fixture = fixturePage(LEARNING_PATH.adapterId, fixtureName);
  const page = await context!.newPage();
  const response = await page.goto(pageUrl(fixture), { waitUntil: 'load', timeout: 20_000 });
  expect(response?.status(), `the fixture server answered ${pageUrl(fixture)}`).toBe(200);
  return page;
}

/**
 * Whether our content script has a world in the page: Chromium gives each extension's content scripts an
 * isolated world whose origin is the extension's. Without this, a "stores nothing" test would also pass when the
 * content script never ran at all.
 */
async function contentScriptWorldIn(page: Page): Promise<boolean> {
  const session = await context!.newCDPSession(page);
  try {
    const origins: string[] = [];
    session.on('Runtime.executionContextCreated', (event) => origins.push(event.context.origin));
    await session.send('Runtime.enable'); // replays the contexts that already exist
    return origins.includes(`chrome-extension://${extensionId}`);
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function popupView(page: Page): Promise<PopupView> {
  return (await page.evaluate(POPUP_VIEW_JS)) as PopupView;
}

async function openPopup(page: Page): Promise<PopupView> {
  await page.goto(extensionUrl(POPUP_PATH), { waitUntil: 'load', timeout: 15_000 });
  return pollFor(
    async () => {
      const view = await popupView(page);
      return view.ready ? view : undefined;
    },
    { what: 'the popup to render its records', diagnose: () => pageDiagnostics(page) },
  );
}

describe('Chromium: the built extension in a real browser', () => {
  beforeAll(async () => {
    assertBuilt(DIST.chrome);
    server = await startFixtureServer();
    userDataDir = await makeTempDir('recert-e2e-chromium-');
    const mapped = server.hosts.filter((h) => h !== 'localhost').map((h) => `MAP ${h} 127.0.0.1:${server!.port}`);
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: EXECUTABLE,
      headless: true,
      timeout: 30_000,
      args: [
        '--no-sandbox',
        `--disable-extensions-except=${DIST.chrome}`,
        `--load-extension=${DIST.chrome}`,
        // Portal hosts go to the fixture server; any other name fails to resolve, so nothing leaves the machine.
        `--host-resolver-rules=${[...mapped, 'MAP * ~NOTFOUND', 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ')}`,
        '--ignore-certificate-errors',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    });
    context.setDefaultTimeout(15_000);
    context.on('console', (msg) => log.add(`console.${msg.type()} ${msg.location().url || msg.page()?.url() || ''}`, msg.text()));
    context.on('weberror', (error) => log.add('pageerror', String(error.error())));
    context.on('serviceworker', (worker) => worker.on('console', (msg) => log.add('worker', msg.text())));
    for (const worker of context.serviceWorkers()) worker.on('console', (msg) => log.add('worker', msg.text()));

    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 }).catch(() => {
        throw new Error(`The extension's service worker never started: was ${DIST.chrome} loaded?\n${log.dump()}`);
      }));
    extensionId = new URL(worker.url()).host;

    // The extension page the suite reads IndexedDB and the badge from, and renders the popup in.
    extensionPage = await context.newPage();
    await extensionPage.setViewportSize(POPUP_VIEWPORT);
    await extensionPage.goto(extensionUrl(POPUP_PATH), { waitUntil: 'load' });
  });

  afterAll(async () => {
    await withTimeout(context?.close() ?? Promise.resolve(), 20_000, 'closing Chromium').catch((e: unknown) => console.error(e));
    await server?.stop();
    await removeDir(userDataDir);
  });

  it('opens the welcome page on install', async () => {
    const welcomeUrl = extensionUrl(WELCOME_PATH);
    const welcome = await pollFor(async () => context!.pages().find((p) => p.url() === welcomeUrl), {
      what: `a tab at ${welcomeUrl}`,
      diagnose: () => `Open tabs: ${context!.pages().map((p) => p.url()).join(', ')}\n${log.dump()}`,
    });
    await pollFor(async () => ((await welcome.evaluate(BODY_TEXT_JS)) as string).includes('Welcome to Recert Companion'), {
      what: 'the welcome page to render its heading',
      diagnose: () => pageDiagnostics(welcome),
    });
  });

  it('captures a completed learning path: toast on the page, record in IndexedDB', async () => {
    const fixture = fixturePage(LEARNING_PATH.adapterId, LEARNING_PATH.fixture);
    expect(h1Text(fixture.html), 'the fixture h1 is the title we expect').toBe(LEARNING_PATH.title);
    expect(await records(), 'nothing stored before the first capture').toEqual([]);

    const page = await openPortalPage(LEARNING_PATH.fixture);
    const toast = await waitForToast(page, TOAST_SAVED, `${LEARNING_PATH.title} · ${LEARNING_PATH.credits} CE credits`);
    expect(toast).toContain('Undo');

    const stored = await pollFor(async () => (await records()).find((r) => r.title === LEARNING_PATH.title), {
      what: 'the learning path record in IndexedDB',
      diagnose: () => pageDiagnostics(page),
    });
    expect(stored).toMatchObject({
      title: LEARNING_PATH.title,
      credits: LEARNING_PATH.credits,
      creditUnit: LEARNING_PATH.creditUnit,
      status: 'captured',
      certificateCode: LEARNING_PATH.certificateCode,
      endDate: LEARNING_PATH.endDate,
    });
    expect(await records(), 'exactly one record').toHaveLength(1);
    await page.close();
  });

  it('says "already saved" on a second visit and stores no duplicate', async () => {
    const page = await openPortalPage(LEARNING_PATH.fixture);
    const toast = await waitForToast(page, TOAST_ALREADY_SAVED, LEARNING_PATH.title);
    expect(toast, 'nothing to undo when nothing changed').not.toContain('Undo');
    expect(await records(), 'still exactly one record').toHaveLength(1);
    await page.close();
  });

  it('shows the record in the popup, then progress once a certification is set', async () => {
    const popup = ext();
    await popup.emulateMedia({ colorScheme: 'light' });
    const empty = await openPopup(popup);
    expect(empty.setUpButton, `the empty state offers set-up; popup text:\n${empty.text}`).toBe(true);
    expect(empty.records).toEqual([expect.objectContaining({ title: LEARNING_PATH.title, chip: 'Captured' })]);
    expect(empty.records[0]!.meta).toMatch(RECORD_META);

    const reply = (await popup.evaluate(sendMessageJs({ type: 'certification.save', certification: CERTIFICATION }))) as { ok: boolean };
    expect(reply, 'certification.save reply').toMatchObject({ ok: true });

    const view = await openPopup(popup);
    expect(view.heading, `popup text:\n${view.text}`).toBe(CERTIFICATION.name);
    expect(view.text).toContain(`${LEARNING_PATH.credits} of 80 CE credits`);
    expect(view.stateChip, 'a state chip next to the certification').not.toBeNull();
    expect(view.meter).toMatchObject({ now: '24', max: '80' });
    expect(view.legend).toMatchObject({ earned: 'Earned 0', pending: 'Pending 0', captured: 'Captured 24' });
    expect(view.records.map((r) => r.title)).toEqual([LEARNING_PATH.title]);
    expect(view.setUpButton).toBe(false);

    await popup.screenshot({ path: resultPath('popup-chromium.png') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await sleep(100);
    expect(await popup.evaluate(`matchMedia('(prefers-color-scheme: dark)').matches`)).toBe(true);
    await popup.screenshot({ path: resultPath('popup-chromium-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it.each(NEGATIVE_FIXTURES)('stores nothing and shows no toast on %s', async (name) => {
    const before = await records();
    const page = await openPortalPage(name);
    await sleep(QUIET_PERIOD_MS);
    expect(await contentScriptWorldIn(page), `the content script ran on ${name}`).toBe(true);
    const toast = await page.evaluate(TOAST_TEXT_JS);
    expect(toast, `no toast on ${name}; page said:\n${await pageDiagnostics(page)}`).toBeNull();
    const after = await records();
    expect(after, describeRecords(after)).toEqual(before);
    await page.close();
  });

  it('removes a fresh capture when Undo is clicked in the toast', async () => {
    const before = await records();
    const page = await openPortalPage(COURSE.fixture);
    await waitForToast(page, TOAST_SAVED, `${COURSE.title} · ${COURSE.credits} CE credits`);
    await pollFor(async () => (await records()).length === before.length + 1, {
      what: `${COURSE.title} to be stored before Undo`,
      diagnose: () => pageDiagnostics(page),
    });
    // A real click on the button inside the toast's open shadow root (Playwright's locators pierce it).
    await page.locator('recert-companion-toast').getByRole('button', { name: 'Undo' }).click({ timeout: 5_000 });
    await waitForToast(page, TOAST_REMOVED, COURSE.title);
    const after = await pollFor(async () => {
      const now = await records();
      return now.length === before.length ? now : undefined;
    }, { what: 'the record count to go back after Undo', diagnose: () => pageDiagnostics(page) });
    expect(after.map((r) => r.title)).not.toContain(COURSE.title);
    expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    await page.close();
  });

  it('shows the number of captured records on the toolbar badge', async () => {
    const captured = (await records()).filter((r) => r.status === 'captured').length;
    expect(captured, 'the learning path is still captured').toBe(1);
    const badge = await pollFor(
      async () => {
        const text = (await ext().evaluate(`chrome.action.getBadgeText({})`)) as string;
        return text === String(captured) ? text : undefined;
      },
      { what: `the badge to read "${captured}"`, diagnose: () => pageDiagnostics(undefined) },
    );
    expect(badge).toBe('1');
  });
});
