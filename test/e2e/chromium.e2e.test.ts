/**
 * Chromium (Debian's /usr/bin/chromium) with dist/chrome loaded unpacked, driven by playwright-core. The portal
 * host names are mapped to the local fixture server by --host-resolver-rules; everything else resolves to nothing,
 * so the browser cannot reach a real host. The scenario itself is in scenario.ts; this file is how Chromium does it.
 */
import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DIST, POPUP_PATH, POPUP_VIEWPORT, WELCOME_PATH, buildGrantingTaughtHosts, makeTempDir, pollFor, removeDir, withTimeout, type FixturePage, type Viewport } from './helpers';
import { chromiumExtensionArgs } from './chromium-launch';
import { inClosedRootChromium } from './chromium-closed-roots';
import { BrowserPage, type DriverEnv, type ExtensionDriver, type PageHandle } from './driver';
import { describeExtensionScenario } from './scenario';
import { watchChromiumNetwork } from './chromium-network';
import { awaitCanaries, canaryUrl, type NetworkWatch, type RequestSource } from './network-watch';

const EXECUTABLE = '/usr/bin/chromium';

/** A Playwright page as the scenario sees it; the driver keeps the page itself for CDP sessions and locators. */
type ChromiumPage = BrowserPage<Page>;
const chromiumPage = (page: Page): ChromiumPage => new BrowserPage(page, { where: async (p) => p.url(), inClosedRoot: inClosedRootChromium });

class ChromiumDriver implements ExtensionDriver<ChromiumPage> {
  readonly distDir = DIST.chrome;
  private env: DriverEnv | undefined;
  private context: BrowserContext | undefined;
  private userDataDir: string | undefined;
  private buildDir: string | undefined;
  private extensionId = '';
  /** An extension page kept open for reading IndexedDB, sending messages and reading the badge. */
  private extension: ChromiumPage | undefined;
  private network: NetworkWatch | undefined;

  private extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  private running(): { env: DriverEnv; context: BrowserContext } {
    if (!this.env || !this.context) throw new Error('Chromium is not running (beforeAll failed)');
    return { env: this.env, context: this.context };
  }

  async launch(env: DriverEnv): Promise<void> {
    this.env = env;
    const { server, log } = env;
    this.userDataDir = await makeTempDir('recert-e2e-chromium-');
    // The release build, with the taught fixture hosts granted at install (helpers.ts says why).
    this.buildDir = await buildGrantingTaughtHosts(DIST.chrome);
    const context = await chromium.launchPersistentContext(this.userDataDir, {
      executablePath: EXECUTABLE,
      headless: true,
      timeout: 30_000,
      args: chromiumExtensionArgs(this.buildDir, server),
    });
    this.context = context;
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
    // In Chromium the extension id is the host of its service worker's URL.
    this.extensionId = new URL(worker.url()).host;
    this.network = watchChromiumNetwork(context, this.extensionUrl('').replace(/\/$/, ''));

    // The extension page the suite reads IndexedDB and the badge from, and renders the popup in.
    const page = await context.newPage();
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(this.extensionUrl(POPUP_PATH), { waitUntil: 'load' });
    this.extension = chromiumPage(page);
  }

  async close(): Promise<void> {
    await withTimeout(this.context?.close() ?? Promise.resolve(), 20_000, 'closing Chromium').catch((e: unknown) => console.error(e));
    await removeDir(this.userDataDir);
    await removeDir(this.buildDir);
  }

  findWelcomePage(): Promise<PageHandle> {
    return this.findExtensionTab(WELCOME_PATH);
  }

  extensionPage(): ChromiumPage {
    if (!this.extension) throw new Error('The extension page is not open (beforeAll failed)');
    return this.extension;
  }

  /** Through the DevTools protocol: the worker stops at once, whatever it was doing, as Chromium stops idle ones. */
  async stopBackground(): Promise<number> {
    const browser = this.running().context.browser();
    if (!browser) throw new Error('No browser-level DevTools session');
    const session = await browser.newBrowserCDPSession();
    try {
      const { targetInfos } = await session.send('Target.getTargets');
      let stopped = 0;
      for (const worker of targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${this.extensionId}/`))) {
        const { success } = await session.send('Target.closeTarget', { targetId: worker.targetId }).catch(() => ({ success: false }));
        if (success) stopped += 1;
      }
      return stopped;
    } finally {
      await session.detach().catch(() => undefined);
    }
  }

  reach(url: URL): string {
    return url.href;
  }

  /** Chromium connects to 443 on the real host name; --host-resolver-rules sends it to the server's port. */
  portalUrl(fixture: FixturePage): string {
    return this.running().env.server.urlFor(fixture);
  }

  async openPage(url: string): Promise<{ page: ChromiumPage; status: number | undefined }> {
    const page = await this.running().context.newPage();
    const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    return { page: chromiumPage(page), status: response?.status() };
  }

  async findWebTab(host: string, path: string): Promise<ChromiumPage> {
    const { env, context } = this.running();
    const at = (p: Page) => {
      const url = new URL(p.url());
      return url.hostname === host && url.pathname.startsWith(path);
    };
    const tab = await pollFor(async () => context.pages().find(at), {
      what: `a tab at https://${host}${path}`,
      diagnose: () => `Open tabs: ${context.pages().map((p) => p.url()).join(', ')}\n${env.log.dump()}`,
    });
    await tab.waitForLoadState('load');
    return chromiumPage(tab);
  }

  /**
   * The toolbar click itself, through the DevTools protocol's Extensions.triggerAction: Chromium opens the popup
   * and grants activeTab on that tab, exactly as for a user's click. It wants the tab's target (not the page's),
   * found here by address.
   */
  async openToolbarPopup({ page }: ChromiumPage): Promise<void> {
    const { context } = this.running();
    await page.bringToFront();
    const browser = context.browser();
    if (!browser) throw new Error('No browser-level DevTools session: Extensions.triggerAction needs one');
    const session = await browser.newBrowserCDPSession();
    try {
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tabs = targetInfos.filter((t) => t.url === page.url());
      if (tabs.length !== 1) throw new Error(`Expected one tab at ${page.url()}, found ${tabs.length}: ${targetInfos.map((t) => t.url).join(', ')}`);
      await session.send('Extensions.triggerAction', { id: this.extensionId, targetId: tabs[0]!.targetId });
    } finally {
      await session.detach().catch(() => undefined);
    }
  }

  async chooseFiles(selector: string, paths: string[]): Promise<void> {
    await this.extensionPage().page.setInputFiles(selector, paths);
  }

  async savedDownload(handle: PageHandle, click: () => Promise<void>): Promise<string> {
    const { page } = handle as ChromiumPage;
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), click()]);
    return readFile(await download.path(), 'utf8');
  }

  async findExtensionTab(path: string): Promise<PageHandle> {
    const { env, context } = this.running();
    const url = this.extensionUrl(path);
    const tab = await pollFor(async () => context.pages().find((p) => p.url().split('#')[0] === url), {
      what: `a tab at ${url}`,
      diagnose: () => `Open tabs: ${context.pages().map((p) => p.url()).join(', ')}\n${env.log.dump()}`,
    });
    await tab.waitForLoadState('load');
    return chromiumPage(tab);
  }

  async assertContentScriptAlive({ page }: ChromiumPage, fixtureName: string): Promise<void> {
    expect(await this.contentScriptWorldIn(page), `the content script ran on ${fixtureName}`).toBe(true);
  }

  /**
   * Whether our content script has a world in the page: Chromium gives each extension's content scripts an
   * isolated world whose origin is the extension's. Without this, a "stores nothing" test would also pass when the
   * content script never ran at all.
   */
  private async contentScriptWorldIn(page: Page): Promise<boolean> {
    const session = await this.running().context.newCDPSession(page);
    try {
      const origins: string[] = [];
      session.on('Runtime.executionContextCreated', (event) => origins.push(event.context.origin));
      await session.send('Runtime.enable'); // replays the contexts that already exist
      return origins.includes(`chrome-extension://${this.extensionId}`);
    } finally {
      await session.detach().catch(() => undefined);
    }
  }

  /** Chromium opens chrome-extension:// URLs directly. */
  async openExtensionPage(path: string, viewport: Viewport = POPUP_VIEWPORT): Promise<PageHandle> {
    const page = this.extensionPage();
    await page.page.setViewportSize(viewport);
    await page.page.goto(this.extensionUrl(path), { waitUntil: 'load', timeout: 15_000 });
    return page;
  }

  async screenshot(path: string, { fullPage = false } = {}): Promise<void> {
    await this.extensionPage().page.screenshot({ path, fullPage });
  }

  async emulateColorScheme(colorScheme: 'light' | 'dark'): Promise<void> {
    await this.extensionPage().page.emulateMedia({ colorScheme });
  }

  async badgeText(): Promise<string> {
    return (await this.extensionPage().evaluate(`chrome.action.getBadgeText({})`)) as string;
  }

  /** The canaries: a fetch run in the extension page, and one in the service worker. */
  async networkWatch(): Promise<{ watch: NetworkWatch; extensionOrigin: string }> {
    const { context } = this.running();
    if (!this.network) throw new Error('The network watch never started (beforeAll failed)');
    const fire = (source: RequestSource) => `fetch(${JSON.stringify(canaryUrl(source))}).then(() => 'answered', () => 'failed')`;
    await this.extensionPage().evaluate(fire('extension-page'));
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(this.extensionUrl('')));
    await worker?.evaluate(fire('background'));
    await awaitCanaries(this.network, ['extension-page', 'background']);
    return { watch: this.network, extensionOrigin: this.extensionUrl('').replace(/\/$/, '') };
  }
}

describeExtensionScenario('Chromium', new ChromiumDriver());
