/**
 * npm run demo: the product in two minutes, on this machine, with nothing from the network. Builds the extension,
 * serves the saved portal pages over local HTTPS under their real host names, launches Debian's Chromium with the
 * build loaded, and walks what a user does: the CE portal's Item Catalog is read, a course completed on Cisco U. is
 * captured (the toast), the popup shows the progress, "Submit" fills the CE portal's form with the official item name
 * and the certificate attached, and the dashboard charts it.
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY) a window shows each step and stays open to explore until it is
 * closed; without one Chromium runs headless. Either way each step is saved as a PNG in demo-output/.
 * --headless or --headed choose explicitly.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumExtensionArgs } from '../test/e2e/chromium-launch';
import { inClosedRootChromium } from '../test/e2e/chromium-closed-roots';
import { TOAST_HOST, TOAST_TEXT } from '../test/e2e/closed-roots';
import {
  CE_CATALOGUE,
  CE_PORTAL,
  CERTIFICATION,
  DIST,
  LEARNING_PATH,
  OPTIONS_PATH,
  POPUP_PATH,
  POPUP_VIEWPORT,
  PORTAL_FIXTURES,
  PORTAL_VIEW_JS,
  ROOT,
  TAB_VIEWPORT,
  makeTempDir,
  removeDir,
} from '../test/e2e/helpers';
import { startFixtureServer, type FixtureServer } from '../test/e2e/server';

const OUTPUT = join(ROOT, 'demo-output');
const STEP_TIMEOUT_MS = 20_000;

const args = new Set(process.argv.slice(2));
const headed = args.has('--headed') || (!args.has('--headless') && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY));
/** In a window, a pause after each step so a person can see it happen. */
const pause = (ms: number) => (headed ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

let stepNumber = 0;
/** Runs one step, then saves a picture of the page it ends on and says what it saw. */
async function step(title: string, work: () => Promise<{ page: Page; said: string }>): Promise<void> {
  stepNumber += 1;
  process.stdout.write(`${stepNumber}. ${title} … `);
  const { page, said } = await work();
  const file = join(OUTPUT, `${String(stepNumber).padStart(2, '0')}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  process.stdout.write(`${said}\n   ${file}\n`);
  await pause(2_000);
}

/** Polls `probe` in the page (an expression, or a reading of the page) until it returns something truthy. */
async function until<T>(page: Page, probe: string | (() => Promise<unknown>), what: string): Promise<T> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const value = (await (typeof probe === 'string' ? page.evaluate(probe) : probe())) as T;
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what} on ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** The toast's text: it sits in a closed shadow root, which only the DevTools protocol reaches. */
const toastText = (page: Page) => inClosedRootChromium(page, TOAST_HOST, TOAST_TEXT) as Promise<string | null>;

function fixtureUrl(server: FixtureServer, adapterId: string, name: string): string {
  const fixture = server.fixtures.find((f) => f.adapterId === adapterId && f.name === name);
  if (!fixture) throw new Error(`No fixture ${adapterId}/${name}`);
  return server.urlFor(fixture);
}

async function walk(context: BrowserContext, server: FixtureServer, extensionId: string): Promise<void> {
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;

  // The welcome page asks which certifications the user holds; the demo answers through the same message it sends.
  const home = await context.newPage();
  await home.setViewportSize(TAB_VIEWPORT);
  await home.goto(extensionUrl(OPTIONS_PATH));
  await home.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type: 'certification.save', certification: CERTIFICATION })})`);

  const catalogue = await context.newPage();
  await catalogue.setViewportSize(TAB_VIEWPORT);
  await step('Read the CE Item Catalog', async () => {
    await catalogue.goto(fixtureUrl(server, PORTAL_FIXTURES, CE_CATALOGUE.tableFixture));
    const toast = await until<string>(catalogue, () => toastText(catalogue).then((t) => (t?.includes('saved') ? t : null)), 'the catalogue to be read');
    return { page: catalogue, said: `followed its pages: "${toast.split('\n')[0]}"` };
  });

  const course = await context.newPage();
  await course.setViewportSize(TAB_VIEWPORT);
  await step('Capture on Cisco U', async () => {
    await course.goto(fixtureUrl(server, LEARNING_PATH.adapterId, LEARNING_PATH.fixture));
    const toast = await until<string>(course, () => toastText(course), 'the toast');
    return { page: course, said: `the toast says "${toast.split('\n').slice(0, 2).join(' · ')}"` };
  });

  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await step('Popup progress', async () => {
    await popup.goto(extensionUrl(POPUP_PATH));
    return { page: popup, said: await until<string>(popup, `document.querySelector('.progress-total strong')?.textContent`, 'the progress') };
  });

  await step('Fill the CE portal form', async () => {
    const portalOpened = context.waitForEvent('page', { predicate: (p) => p.url().includes(CE_PORTAL.host), timeout: STEP_TIMEOUT_MS });
    await popup.evaluate(`document.querySelector('button[aria-label^="Submit "]').click()`);
    const portal = await portalOpened;
    await portal.setViewportSize(TAB_VIEWPORT);
    // The fixture's own script reports what it received; the form is filled once the name and the file are in.
    const view = await until<{ itemName: string; fileName: string }>(portal, `(() => { const v = ${PORTAL_VIEW_JS}; return v && v.itemName && v.fileName ? v : null; })()`, 'the filled form');
    return { page: portal, said: `filled "${view.itemName}", attached ${view.fileName}; nothing submitted` };
  });

  await step('Dashboard', async () => {
    await home.goto(extensionUrl(`${OPTIONS_PATH}#certifications`));
    await home.reload();
    return { page: home, said: await until<string>(home, `document.querySelector('.timeline-summary')?.textContent`, 'the credits chart') };
  });
}

async function main(): Promise<void> {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('The build failed: run npm run build to see why');
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });

  const server = await startFixtureServer();
  const profile = await makeTempDir('recert-demo-');
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: !headed,
      viewport: null,
      args: chromiumExtensionArgs(DIST.chrome, server),
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: STEP_TIMEOUT_MS }));
    process.stdout.write(`Chromium ${headed ? 'window' : 'headless'}, extension ${DIST.chrome}, pages from the fixtures (nothing leaves this machine)\n`);
    await walk(context, server, new URL(worker.url()).host);
    process.stdout.write(`\nScreenshots of every step are in ${OUTPUT}\n`);
    if (headed) {
      process.stdout.write('Explore the extension in the window; close it to finish.\n');
      await new Promise<void>((resolve) => context!.on('close', () => resolve()));
    }
  } finally {
    await context?.close().catch(() => undefined);
    await server.stop();
    await removeDir(profile);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\ndemo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
