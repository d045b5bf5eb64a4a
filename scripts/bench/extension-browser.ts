/**
 * Headless Chromium as a user has it, for the figures that need a loaded extension: the built extension (a copy of
 * dist/chrome with an empty page added, the popup's floor) and the floor extension (an empty classic content script
 * on the same matches, the content script's floor). Pages come from the bench's local server (page-server.ts).
 *
 * Driven by puppeteer-core, told never to attach to service workers: a driver attached to the worker keeps it from
 * stopping after its 30 idle seconds (so the bench never saw a cold popup), and Playwright, which attaches to every
 * worker, leaves one it saw stopped unable to start again. Unattached, the worker lives and dies as for a user, and
 * `stopWorkers()` stops it as 30 idle seconds would (CDP ServiceWorker.stopAllWorkers).
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { InvalidMeasurement } from './figures';

export const CHROMIUM = '/usr/bin/chromium';
const DIST_CHROME = fileURLToPath(new URL('../../dist/chrome/', import.meta.url));
/** The popup's floor: dist has no page that loads nothing, so the bench's copy of dist gets one. */
export const EMPTY_PAGE = 'bench-empty.html';
const EMPTY_PAGE_HTML = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>empty</title></head><body></body></html>\n';
/**
 * For the record beside the popup's figure: a page that loads one tiny module, which adds one paragraph. What any
 * extension page with a script pays before its first frame, and the floor the README proposes for the popup.
 */
export const ONE_MODULE_PAGE = 'bench-one-module.html';
export const ONE_MODULE_MARK = 'p.bench-one-module';
const ONE_MODULE_SCRIPT = 'bench-one-module.js';
const ONE_MODULE_PAGE_HTML = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>one module</title><script type="module" src="${ONE_MODULE_SCRIPT}"></script></head><body></body></html>\n`;
const ONE_MODULE_JS = "document.body.append(Object.assign(document.createElement('p'), { className: 'bench-one-module', textContent: '1' }));\n";
const FLOOR_NAME = 'Recert Companion bench floor';
const FLOOR_SCRIPT = 'floor.js';
const WORKER_STOP_TIMEOUT_MS = 5_000;

export interface ExtensionBrowser {
  browser: Browser;
  /** The extension's name, which Chromium gives its content scripts' isolated worlds. */
  name: string;
  extensionUrl(path: string): string;
  /** Stops the extension's service worker, as 30 idle seconds would; resolves once it has stopped. */
  stopWorkers(): Promise<void>;
  /** The DevTools HTTP endpoint's list of targets, which lists service workers without attaching to them. */
  targets(): Promise<Array<{ type: string; url: string }>>;
  close(): Promise<void>;
}

function argsFor(extensionDir: string, extraArgs: readonly string[]): string[] {
  return [
    '--no-sandbox',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    ...extraArgs,
  ];
}

async function launch(extensionDir: string, name: string, extraArgs: readonly string[]): Promise<ExtensionBrowser> {
  const howToInstall = `Chromium is needed at ${CHROMIUM}: on Debian, apt-get install -y chromium`;
  if (!existsSync(CHROMIUM)) throw new InvalidMeasurement(howToInstall);
  const userDataDir = await mkdtemp(join(tmpdir(), 'recert-bench-profile-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      userDataDir,
      args: argsFor(extensionDir, extraArgs),
      targetFilter: (target) => target.type() !== 'service_worker',
      protocolTimeout: 30_000,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new InvalidMeasurement(`${howToInstall}\n${error instanceof Error ? error.message : String(error)}`);
  }
  const endpoint = `http://127.0.0.1:${new URL(browser.wsEndpoint()).port}/json/list`;
  const targets = async () => (await (await fetch(endpoint)).json()) as Array<{ type: string; url: string }>;
  let control: CDPSession | undefined;
  try {
    // The extension's id is the host of its pages and worker; the worker runs at install, so the list shows it.
    let id: string | undefined;
    for (let waited = 0; !id && waited < 15_000; waited += 100) {
      id = (await targets()).map((t) => /^chrome-extension:\/\/([a-p]{32})\//.exec(t.url)?.[1]).find(Boolean);
      if (!id) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!id) throw new InvalidMeasurement(`${name}: no page or worker of the extension appeared: was ${extensionDir} loaded?`);
    const extensionId = id;
    const controlPage = await browser.newPage();
    control = await controlPage.createCDPSession();
    await control.send('ServiceWorker.enable');
    const session = control;
    // Set by the worker's own status events (enabling the domain sends the current ones).
    let running = false;
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
      if (ours.length > 0) running = ours.some((v) => v.runningStatus !== 'stopped');
    });
    return {
      browser,
      name,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
      targets,
      async stopWorkers() {
        await session.send('ServiceWorker.stopAllWorkers');
        for (let waited = 0; running; waited += 20) {
          if (waited > WORKER_STOP_TIMEOUT_MS) throw new InvalidMeasurement(`${name}: the service worker did not stop within ${WORKER_STOP_TIMEOUT_MS} ms`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      async close() {
        await browser.close().catch(() => undefined);
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A copy of dist/chrome with the empty and one-module pages added, loaded unpacked; the copy goes when the browser does. */
export async function launchWithExtension(extraArgs: readonly string[]): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST_CHROME, 'manifest.json'))) throw new InvalidMeasurement(`${DIST_CHROME} has no manifest.json: the build did not run`);
  const extensionDir = await mkdtemp(join(tmpdir(), 'recert-bench-extension-'));
  await cp(DIST_CHROME, extensionDir, { recursive: true });
  await writeFile(join(extensionDir, EMPTY_PAGE), EMPTY_PAGE_HTML);
  await writeFile(join(extensionDir, ONE_MODULE_PAGE), ONE_MODULE_PAGE_HTML);
  await writeFile(join(extensionDir, ONE_MODULE_SCRIPT), ONE_MODULE_JS);
  return withDir(extensionDir, () => launch(extensionDir, 'Recert Companion', extraArgs));
}

/**
 * The floor: an extension with one empty classic content script on every match of ours (and a worker that does
 * nothing, so that it too is an extension with a background, started as ours is).
 */
export async function launchFloorExtension(extraArgs: readonly string[]): Promise<ExtensionBrowser> {
  const ours = JSON.parse(await readFile(join(DIST_CHROME, 'manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[]; run_at?: string }> };
  const extensionDir = await mkdtemp(join(tmpdir(), 'recert-bench-floor-'));
  const manifest = {
    manifest_version: 3,
    name: FLOOR_NAME,
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: ours.content_scripts.map(({ matches, run_at }) => ({ matches, run_at, js: [FLOOR_SCRIPT] })),
  };
  await writeFile(join(extensionDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(extensionDir, FLOOR_SCRIPT), '');
  await writeFile(join(extensionDir, 'worker.js'), '');
  await writeFile(join(extensionDir, EMPTY_PAGE), EMPTY_PAGE_HTML);
  return withDir(extensionDir, () => launch(extensionDir, FLOOR_NAME, extraArgs));
}

async function withDir(extensionDir: string, start: () => Promise<ExtensionBrowser>): Promise<ExtensionBrowser> {
  try {
    const opened = await start();
    return {
      ...opened,
      close: async () => {
        await opened.close();
        await rm(extensionDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(extensionDir, { recursive: true, force: true });
    throw error;
  }
}
