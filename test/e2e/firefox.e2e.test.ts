/**
 * Firefox ESR (Debian's /usr/bin/firefox-esr) with dist/firefox installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi. `network.dns.forceResolve` sends every host name to 127.0.0.1, so portal
 * pages are addressed with the fixture server's port (https://u.cisco.com:PORT/...); every connection also goes
 * through a recording proxy that carries only those to the fixture server (firefox-network.ts), so nothing can reach
 * a real host. BiDi will not navigate to moz-extension:// URLs, so the suite gets into the extension through the
 * welcome tab it opens on install and moves around from inside it (location.href = ...). The scenario itself is in
 * scenario.ts; this file is how Firefox does it.
 */
import { expect } from 'vitest';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  DIST,
  LEARNING_PATH,
  MANUAL_CAPTURE,
  POPUP_VIEWPORT,
  TAUGHT_HOSTS,
  TOAST_ALREADY_SAVED,
  WELCOME_PATH,
  fixturePage,
  makeTempDir,
  pollFor,
  removeDir,
  withTimeout,
  type FixturePage,
  type Viewport,
} from './helpers';
import { BrowserPage, type DriverEnv, type ExtensionDriver, type PageHandle } from './driver';
import { inClosedRootFirefox } from './firefox-closed-roots';
import { DEBUGGER_SERVER_PREFS, FirefoxDebugger, freePort } from './firefox-rdp';
import { describeExtensionScenario } from './scenario';
import { BROWSER_SERVICE_ENV, BROWSER_SERVICE_PREFS, watchFirefoxNetwork, type FirefoxNetworkWatch } from './firefox-network';
import { awaitCanaries, canaryUrl, type NetworkWatch } from './network-watch';
import { proxyPrefs, startRecordingProxy, type RecordingProxy } from './recording-proxy';

const EXECUTABLE = '/usr/bin/firefox-esr';

/** Keep the browser offline and quiet, on top of what puppeteer and the remote agent already set. */
const ADDON_ID = 'recert-companion@recert-companion.app';
/** 0 dark, 1 light, 2 the browser's theme, 3 the system's. */
const COLOR_SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';
/** Whether permissions.request() shows its prompt (true by default). */
const PERMISSION_PROMPTS_PREF = 'extensions.webextOptionalPermissionPrompts';

const OFFLINE_PREFS = {
  // Every host name resolves to the fixture server's address; the URL carries its port.
  'network.dns.forceResolve': '127.0.0.1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'services.settings.server': 'data:,',
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'media.gmp-provider.enabled': false,
  'dom.push.connection.enabled': false,
  'identity.fxaccounts.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.showPane': false,
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.firstRunURL': '',
  // MV3 host permissions are opt-in in Firefox; with this pref (default true in ESR 153) the hosts a manifest asks
  // for, content-script matches included, are granted at install. Set to false, the content script never runs
  // (tried: every capture test fails), so it is pinned here rather than left to the build's default.
  'extensions.originControls.grantByDefault': true,
} as const;

/**
 * Downloads go to a folder of the profile without asking, and the downloads panel stays shut: open, it would refuse
 * the next action.openPopup() ("cannot be called while another panel is open"), as a user's next click closes it.
 */
function downloadPrefs(dir: string) {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
  };
}

/**
 * dist/firefox as the suite installs it: a copy whose manifest may also script the unlisted hosts the scenario
 * captures by hand (see openToolbarPopup): the manual capture's, and the learning system it teaches (whose
 * permission the extension then asks for on Save, granted already, and gives back on Remove, as Firefox lets a user
 * take back any MV3 host permission). Everything else is the shipped build as it is.
 */
async function installableBuild(into: string): Promise<string> {
  const dir = join(into, 'firefox');
  await cp(DIST.firefox, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { host_permissions?: string[] };
  const { hostname } = fixturePage(MANUAL_CAPTURE.adapterId, MANUAL_CAPTURE.fixture).url;
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `https://${hostname}/*`, ...TAUGHT_HOSTS.map((host) => `https://${host}/*`)];
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  return dir;
}

async function hrefOf(page: Page): Promise<string> {
  return (await withTimeout(page.evaluate('location.href'), 5_000, 'reading location.href')) as string;
}

/** A puppeteer page as the scenario sees it; the driver keeps the page itself for goto and locators. */
type FirefoxPage = BrowserPage<Page>;
const firefoxPage = (page: Page): FirefoxPage => new BrowserPage(page, { where: hrefOf, inClosedRoot: inClosedRootFirefox });

class FirefoxDriver implements ExtensionDriver<FirefoxPage> {
  readonly distDir = DIST.firefox;
  private env: DriverEnv | undefined;
  private browser: Browser | undefined;
  private profileDir: string | undefined;
  private downloadsDir = '';
  private debuggerPort = 0;
  private debuggerClient: FirefoxDebugger | undefined;
  private buildDir: string | undefined;
  /** moz-extension://<uuid>, read from the welcome tab. */
  private extensionOrigin = '';
  /** The tab the extension opened on install; the suite's only way into extension pages. */
  private extension: FirefoxPage | undefined;
  /** Every connection of the browser passes through it, on its way to the fixture server (see firefox-network.ts). */
  private proxy: RecordingProxy | undefined;
  private network: FirefoxNetworkWatch | undefined;

  private running(): { env: DriverEnv; browser: Browser } {
    if (!this.env || !this.browser) throw new Error('Firefox is not running (beforeAll failed)');
    return { env: this.env, browser: this.browser };
  }

  private watch(page: Page, label: string): void {
    const { log } = this.running().env;
    page.on('console', (msg) => log.add(`${label} console.${msg.type()}`, msg.text()));
    page.on('pageerror', (error) => log.add(`${label} pageerror`, String(error)));
  }

  async launch(env: DriverEnv): Promise<void> {
    this.env = env;
    this.profileDir = await makeTempDir('recert-e2e-firefox-');
    this.downloadsDir = join(this.profileDir, 'downloads');
    await mkdir(this.downloadsDir);
    this.debuggerPort = await freePort();
    this.proxy = await startRecordingProxy(env.server.port);
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: EXECUTABLE,
      headless: true,
      protocol: 'webDriverBiDi',
      acceptInsecureCerts: true,
      env: { ...process.env, ...BROWSER_SERVICE_ENV },
      userDataDir: this.profileDir,
      timeout: 60_000,
      protocolTimeout: 30_000,
      extraPrefsFirefox: { ...OFFLINE_PREFS, ...BROWSER_SERVICE_PREFS, ...proxyPrefs(this.proxy.port), ...DEBUGGER_SERVER_PREFS, ...downloadPrefs(this.downloadsDir) },
      // Firefox's own debugging protocol, for stopping the background page (WebDriver BiDi cannot).
      args: ['--start-debugger-server', String(this.debuggerPort)],
    });
    this.network = watchFirefoxNetwork(this.browser, this.proxy.connections);
    this.buildDir = await makeTempDir('recert-e2e-firefox-build-');
    const build = await installableBuild(this.buildDir);
    const addonId = await withTimeout(this.browser.installExtension(build), 20_000, `installing ${build}`);
    expect(addonId).toBe(ADDON_ID);
  }

  /** The file the click saves into the profile's downloads folder, once Firefox has finished writing it. */
  async savedDownload(_page: PageHandle, click: () => Promise<void>): Promise<string> {
    const before = new Set(await readdir(this.downloadsDir));
    await click();
    const name = await pollFor(
      async () => {
        const files = await readdir(this.downloadsDir);
        // Firefox writes to <name>.part and renames it when done.
        return files.find((file) => !before.has(file) && !file.endsWith('.part') && !files.includes(`${file}.part`));
      },
      { what: `a new file in ${this.downloadsDir}`, timeoutMs: 10_000 },
    );
    return readFile(join(this.downloadsDir, name), 'utf8');
  }

  /** Through Firefox's debugging protocol, as about:debugging's "Terminate Background Script": how many it stopped. */
  async stopBackground(): Promise<number> {
    return (await (await this.debugger()).terminateBackground(ADDON_ID)) ? 1 : 0;
  }

  private async debugger(): Promise<FirefoxDebugger> {
    this.debuggerClient ??= await FirefoxDebugger.connect(this.debuggerPort);
    return this.debuggerClient;
  }

  async close(): Promise<void> {
    this.debuggerClient?.close();
    await withTimeout(this.browser?.close() ?? Promise.resolve(), 20_000, 'closing Firefox').catch((e: unknown) => {
      console.error(e);
      this.browser?.process()?.kill('SIGKILL');
    });
    await this.proxy?.stop();
    await removeDir(this.profileDir);
    await removeDir(this.buildDir);
  }

  /** Asks each tab where it is until one's address satisfies wanted; what names it in the failure message. */
  private async findTab(wanted: (href: string) => boolean, what: string): Promise<{ page: Page; href: string }> {
    const { browser } = this.running();
    return pollFor(
      async () => {
        for (const page of await browser.pages()) {
          const href = await hrefOf(page).catch(() => '');
          if (wanted(href)) return { page, href };
        }
        return undefined;
      },
      {
        what,
        diagnose: async () => `Open tabs: ${(await Promise.all((await browser.pages()).map((p) => hrefOf(p).catch((e: unknown) => String(e))))).join(', ')}`,
      },
    );
  }

  /** Finds the welcome tab; from then on it is the suite's extension page. */
  async findWelcomePage(): Promise<PageHandle> {
    const welcome = await this.findTab(
      (href) => href.startsWith('moz-extension://') && href.endsWith(`/${WELCOME_PATH}`),
      `the welcome tab (moz-extension://…/${WELCOME_PATH})`,
    );
    this.extension = firefoxPage(welcome.page);
    // Node's URL gives "null" as the origin of a non-special scheme such as moz-extension:.
    const { protocol, host } = new URL(welcome.href);
    this.extensionOrigin = `${protocol}//${host}`;
    this.watch(welcome.page, 'extension');
    await welcome.page.setViewport(POPUP_VIEWPORT);
    return this.extension;
  }

  async chooseFiles(selector: string, paths: string[]): Promise<void> {
    const input = await this.extensionPage().page.waitForSelector(selector, { timeout: 10_000 });
    if (!input) throw new Error(`No ${selector} in the extension page`);
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(...paths);
  }

  async findExtensionTab(path: string): Promise<PageHandle> {
    const url = `${this.extensionOrigin}/${path}`;
    const { page } = await this.findTab((href) => href.split('#')[0] === url, `a tab at ${url}`);
    this.watch(page, path);
    await pollFor(async () => (await page.evaluate(`document.readyState === 'complete'`)) as boolean, { what: `${url} to load` });
    return firefoxPage(page);
  }

  extensionPage(): FirefoxPage {
    if (!this.extension) throw new Error('No extension page: the welcome tab was not found (did the first test fail?)');
    return this.extension;
  }

  reach(url: URL): string {
    const withPort = new URL(url);
    withPort.port = String(this.running().env.server.port);
    return withPort.href;
  }

  /** With forceResolve the host name stays real and the port is the server's. */
  portalUrl(fixture: FixturePage): string {
    return this.running().env.server.urlFor(fixture, { withPort: true });
  }

  async openPage(url: string, label: string): Promise<{ page: FirefoxPage; status: number | undefined }> {
    const page = await this.running().browser.newPage();
    this.watch(page, label);
    const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    return { page: firefoxPage(page), status: response?.status() };
  }

  /**
   * The tab the extension opened at https://<host><path>. Firefox resolves the host to the fixture server's address
   * but keeps port 443, which the recording proxy refuses; so a tab found without the server's port is sent there
   * (same tab, so the background still knows it by its id).
   */
  async findWebTab(host: string, path: string): Promise<FirefoxPage> {
    const { browser, env } = this.running();
    const at = (href: string) => {
      try {
        // A load that failed shows Firefox's error page, which names the address it tried in its `u` parameter.
        const tried = href.startsWith('about:neterror') ? new URL(href).searchParams.get('u') : href;
        const url = new URL(tried ?? '');
        return url.hostname === host && url.pathname.startsWith(path) ? url : undefined;
      } catch {
        return undefined;
      }
    };
    const found = await pollFor(
      async () => {
        for (const page of await browser.pages()) {
          const url = at(page.url());
          if (url) return { page, url };
        }
        return undefined;
      },
      { what: `a tab at https://${host}${path}`, diagnose: async () => `Open tabs: ${(await browser.pages()).map((p) => p.url()).join(', ')}` },
    );
    this.watch(found.page, `${host}${path}`);
    if (found.url.port !== String(env.server.port)) await found.page.goto(this.reach(found.url), { waitUntil: 'load', timeout: 20_000 });
    await pollFor(async () => (await found.page.evaluate(`document.readyState === 'complete'`)) as boolean, { what: `${host}${path} to load` });
    return firefoxPage(found.page);
  }

  /**
   * Firefox offers a test no toolbar click: BiDi input stays inside pages, and action.openPopup() opens the popup
   * without granting activeTab. So the driver installs a copy of the build that may script the one unlisted host the
   * scenario captures by hand (see installableBuild), and opens the popup over page with openPopup(): the popup, the
   * background's scan and the form run as for a user; only the permission's origin differs. Chromium tests the grant.
   */
  async openToolbarPopup({ page }: FirefoxPage): Promise<void> {
    await page.bringToFront();
    await this.extensionPage().evaluate(`browser.action.openPopup()`);
  }

  async assertContentScriptAlive(tab: FirefoxPage): Promise<void> {
    // Firefox offers no view of content-script worlds, so show instead that the content script is live in this
    // tab: the page that was captured before, loaded here, gets its "already saved" toast. Without this, the
    // test would also pass with a content script that never runs.
    const { env } = this.running();
    await tab.page.goto(this.portalUrl(fixturePage(LEARNING_PATH.adapterId, LEARNING_PATH.fixture)), { waitUntil: 'load', timeout: 20_000 });
    await env.waitForToast(tab, TOAST_ALREADY_SAVED, LEARNING_PATH.title);
  }

  /**
   * Moves the extension tab to an extension page from inside it, and waits for the new document: the old one is
   * marked first, so a poll cannot mistake it for the new one.
   */
  private async navigateExtensionPage(path: string, viewport: Viewport): Promise<FirefoxPage> {
    const ext = this.extensionPage();
    await ext.page.setViewport(viewport);
    const target = `${this.extensionOrigin}/${path}`;
    // A new fragment of the page already open stays in the same document (the dashboard moving between sections):
    // reload then, so each page starts as a user opening it would, and the old-document mark is gone.
    await ext.evaluate(`(() => {
      window.__e2eOldDocument = true;
      const sameDocument = location.href.split('#')[0] === ${JSON.stringify(target.split('#')[0])};
      location.href = ${JSON.stringify(target)};
      if (sameDocument) location.reload();
      return true;
    })()`);
    await pollFor(
      async () => (await ext.evaluate(`!window.__e2eOldDocument && location.href === ${JSON.stringify(target)} && document.readyState === 'complete'`)) as boolean,
      { what: `the extension tab to load ${target}`, diagnose: () => this.running().env.diagnose(ext) },
    );
    return ext;
  }

  async openExtensionPage(path: string, viewport: Viewport = POPUP_VIEWPORT): Promise<PageHandle> {
    return this.navigateExtensionPage(path, viewport);
  }

  async screenshot(path: string, { fullPage = false } = {}): Promise<void> {
    await this.extensionPage().page.screenshot({ path, fullPage });
  }

  /**
   * prefers-color-scheme for web content, set through the debugging protocol's preference actor: puppeteer
   * emulates media features over CDP only, which Firefox over BiDi does not offer.
   */
  async emulateColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await (await this.debugger()).setIntPref(COLOR_SCHEME_PREF, scheme === 'dark' ? 0 : 1);
  }

  /**
   * Through the pref Mozilla's own tests use: with it off, permissions.request() grants what it asks without the
   * doorhanger, but only from a user's input (a request without one is still refused), which BiDi's click is.
   */
  async answerPermissionRequests(grant: boolean): Promise<void> {
    await (await this.debugger()).setBoolPref(PERMISSION_PROMPTS_PREF, !grant);
  }

  async badgeText(): Promise<string> {
    return (await this.extensionPage().evaluate(`browser.action.getBadgeText({})`)) as string;
  }

  /**
   * The canaries: a fetch run in the extension tab, seen by BiDi; one run in the background page's realm (reached
   * through runtime.getBackgroundPage(), as Firefox's background is a page), seen by the proxy only.
   */
  async networkWatch(): Promise<{ watch: NetworkWatch; extensionOrigin: string }> {
    const { env } = this.running();
    if (!this.network) throw new Error('The network watch never started (beforeAll failed)');
    const settle = `.then(() => 'answered', () => 'failed')`;
    await this.extensionPage().evaluate(`fetch(${JSON.stringify(canaryUrl('extension-page'))})${settle}`);
    await this.extensionPage().evaluate(`browser.runtime.getBackgroundPage().then((page) => page.fetch(${JSON.stringify(canaryUrl('background'))})${settle})`);
    const watch = () => this.network!.read(env.server.hosts);
    await awaitCanaries(watch(), ['extension-page']);
    await pollFor(async () => watch().sawCanary('connection'), { what: 'the canary connection', timeoutMs: 5_000 }).catch(() => undefined);
    return { watch: watch(), extensionOrigin: this.extensionOrigin };
  }
}

describeExtensionScenario('Firefox', new FirefoxDriver());
