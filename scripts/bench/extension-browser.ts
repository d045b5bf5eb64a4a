/**
 * Headless Chromium as a user has it, for the figures that need the built extension: one persistent context
 * with a copy of dist/chrome loaded, and one with no extension at all, same flags otherwise, so their difference
 * is the extension. Pages are served under their real addresses by request interception and every other
 * request is refused, so nothing reaches the network (the flags are test/e2e/chromium.e2e.test.ts's).
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Route } from 'playwright-core';
import { InvalidMeasurement } from './figures';

export const CHROMIUM = '/usr/bin/chromium';
const DIST_CHROME = fileURLToPath(new URL('../../dist/chrome/', import.meta.url));
/** The baseline extension page: dist has no page that loads nothing, so the bench's copy of dist gets one. */
export const EMPTY_PAGE = 'bench-empty.html';
const EMPTY_PAGE_HTML = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>empty</title></head><body></body></html>\n';

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface ExtensionBrowser extends BenchBrowser {
  extensionId: string;
  extensionUrl(path: string): string;
}

function argsFor(extensionDir: string | undefined): string[] {
  return [
    '--no-sandbox',
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
    // Belt and braces behind the interception: any name that slipped through would not resolve.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
  ];
}

async function launchContext(extensionDir: string | undefined): Promise<BenchBrowser> {
  const howToInstall = `Chromium is needed at ${CHROMIUM}: on Debian, apt-get install -y chromium`;
  if (!existsSync(CHROMIUM)) throw new InvalidMeasurement(howToInstall);
  const userDataDir = await mkdtemp(join(tmpdir(), 'recert-bench-profile-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, timeout: 30_000, args: argsFor(extensionDir) });
    context.setDefaultTimeout(15_000);
    return {
      context,
      close: async () => {
        await context.close().catch(() => undefined);
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new InvalidMeasurement(`${howToInstall}\n${error instanceof Error ? error.message : String(error)}`);
  }
}

export function launchWithoutExtension(): Promise<BenchBrowser> {
  return launchContext(undefined);
}

/** A copy of dist/chrome with the empty baseline page added, loaded unpacked; the copy goes when the browser does. */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST_CHROME, 'manifest.json'))) throw new InvalidMeasurement(`${DIST_CHROME} has no manifest.json: the build did not run`);
  const extensionDir = await mkdtemp(join(tmpdir(), 'recert-bench-extension-'));
  await cp(DIST_CHROME, extensionDir, { recursive: true });
  await writeFile(join(extensionDir, EMPTY_PAGE), EMPTY_PAGE_HTML);
  let browser: BenchBrowser | undefined;
  try {
    browser = await launchContext(extensionDir);
    const { context } = browser;
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 }).catch(() => {
        throw new InvalidMeasurement(`The extension's service worker never started: was ${extensionDir} loaded?`);
      }));
    // In Chromium the extension id is the host of its service worker's URL.
    const extensionId = new URL(worker.url()).host;
    const opened = browser;
    return {
      context,
      extensionId,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
      close: async () => {
        await opened.close();
        await rm(extensionDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await rm(extensionDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Serves each page at its address and refuses every other web request. The extension's own files
 * (chrome-extension://) are not the network: they go through untouched.
 */
export async function servePages(context: BrowserContext, pages: ReadonlyMap<string, string>): Promise<void> {
  await context.route('**/*', (route: Route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const body = pages.get(url);
    if (body === undefined) return route.abort();
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}
