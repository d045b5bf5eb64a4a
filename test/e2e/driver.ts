/**
 * What a browser driver is to the scenario (scenario.ts): a way to launch the browser with the extension, reach its
 * pages and tabs, and do the few things that differ between browsers. Each browser's file implements it.
 */
import type { RootFunction } from './closed-roots';
import type { BrowserLog, FixturePage, Viewport } from './helpers';
import type { NetworkWatch } from './network-watch';
import type { FixtureServer } from './server';

/**
 * A tab as the scenario sees it: it evaluates the scripts in helpers.ts there (as the page's own script would),
 * reaches into the extension's closed shadow roots (as only the browser's debugging protocol can), clicks as the
 * user does (trusted events), asks where it is, closes it.
 */
export interface PageHandle {
  evaluate(expression: string): Promise<unknown>;
  /** Runs fn (closed-roots.ts) on the closed shadow root of the first <hostTag>, or on null when there is none. */
  inClosedRoot(hostTag: string, fn: RootFunction): Promise<unknown>;
  /** A real click at viewport coordinates: the page sees a trusted event. */
  clickAt(x: number, y: number): Promise<void>;
  /** A real click on the page's first element matching selector. */
  click(selector: string): Promise<void>;
  /** Where the page is now, for failure messages. */
  href(): Promise<string>;
  isClosed(): boolean;
  close(): Promise<void>;
}

/** What both playwright-core's and puppeteer-core's Page offer, as far as a PageHandle needs. */
interface RawPage {
  evaluate(expression: string): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<unknown> };
  click(selector: string): Promise<unknown>;
  isClosed(): boolean;
  close(): Promise<void>;
}

/** What differs between the browser libraries' pages. */
export interface PageWays<T> {
  where(page: T): Promise<string>;
  inClosedRoot(page: T, hostTag: string, fn: RootFunction): Promise<unknown>;
}

/** A browser library's page as a PageHandle; `page` stays at hand for the driver (locators, CDP, goto). */
export class BrowserPage<T extends RawPage> implements PageHandle {
  constructor(
    readonly page: T,
    private readonly ways: PageWays<T>,
  ) {}
  evaluate(expression: string): Promise<unknown> {
    return this.page.evaluate(expression);
  }
  inClosedRoot(hostTag: string, fn: RootFunction): Promise<unknown> {
    return this.ways.inClosedRoot(this.page, hostTag, fn);
  }
  async clickAt(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }
  async click(selector: string): Promise<void> {
    await this.page.click(selector);
  }
  href(): Promise<string> {
    return this.ways.where(this.page);
  }
  isClosed(): boolean {
    return this.page.isClosed();
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

/** What the scenario hands a driver at launch: the fixture server, the browser log, and its failure reporting. */
export interface DriverEnv {
  server: FixtureServer;
  log: BrowserLog;
  /** The page's text, the stored records, the server's last requests and the browser log, for failure messages. */
  diagnose(page?: PageHandle): Promise<string>;
  /** Waits (bounded) for the toast on page to contain every needle, and returns its text. */
  waitForToast(page: PageHandle, ...needles: string[]): Promise<string>;
}

/** One browser's way of doing what the scenario needs; P is its own page handle, given back to it as is. */
export interface ExtensionDriver<P extends PageHandle = PageHandle> {
  /** The unpacked build this browser loads. */
  readonly distDir: string;
  /** Starts the browser with the extension installed; the scenario has started the fixture server. */
  launch(env: DriverEnv): Promise<void>;
  /** Closes the browser (bounded, never throwing on a hang) and removes its profile. */
  close(): Promise<void>;
  /** Finds the tab the extension opened on install (failing with the open tabs listed). */
  findWelcomePage(): Promise<PageHandle>;
  /** The extension page kept open for IndexedDB, messages and the badge; throws saying why when there is none. */
  extensionPage(): PageHandle;
  /** The https address at which this browser reaches the fixture through its resolver settings. */
  portalUrl(fixture: FixturePage): string;
  /** The address at which this browser reaches https://<fixture host>/<path> (the port, where the resolver needs one). */
  reach(url: URL): string;
  /** Opens url in a new tab and waits for it to load; label names the tab in the browser log. */
  openPage(url: string, label: string): Promise<{ page: P; status: number | undefined }>;
  /** Waits (bounded) for a web page tab at `host` whose path starts with `path` (opened by the extension), and hands it over. */
  findWebTab(host: string, path: string): Promise<P>;
  /**
   * As the user clicking the toolbar button while page is the active tab: the popup opens over it, and the extension
   * may script that tab (activeTab) until it navigates. The scenario reaches the popup through extension.getViews().
   */
  openToolbarPopup(page: P): Promise<void>;
  /** Picks files for the file input `selector` in the extension page, as the user would in the file dialog. */
  chooseFiles(selector: string, paths: string[]): Promise<void>;
  /** Waits (bounded) for a tab the extension opened at path, fragment aside, and hands it over. */
  findExtensionTab(path: string): Promise<PageHandle>;
  /** Fails unless the content script is shown to be running in page, a page where it must show nothing. */
  assertContentScriptAlive(page: P, fixtureName: string): Promise<void>;
  /** Loads an extension page in the extension tab, at the popup's size unless told another, once it has loaded. */
  openExtensionPage(path: string, viewport?: Viewport): Promise<PageHandle>;
  /** Saves a picture of the extension page; fullPage takes in what is below the fold too. */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Sets prefers-color-scheme in the extension page; a driver without it takes no dark screenshot. */
  emulateColorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  /** Stops the extension's background (service worker) as the browser does when idle; how many it stopped. Absent where it cannot. */
  stopBackground?(): Promise<number>;
  /**
   * Whether the browser grants the extension's permission requests without its prompt, which automation cannot
   * answer; the request itself must still come from a real click. Absent where the user cannot take a content
   * script's host permission back (Chrome refuses permissions.remove() on it), so there is nothing to ask again.
   */
  answerPermissionRequests?(grant: boolean): Promise<void>;
  /**
   * Runs click in page and returns the text of the file it downloads, as the browser saved it. Absent where the driver
   * cannot see downloads: the scenario then checks the text the page shows, and that the page says it saved it.
   */
  savedDownload?(page: PageHandle, click: () => Promise<void>): Promise<string>;
  /** The text on the extension's toolbar button. */
  badgeText(): Promise<string>;
  /**
   * What the extension was seen to ask the network for since launch (network-watch.ts), and its own origin; first
   * fires the watch's canaries from each source it claims to see.
   */
  networkWatch?(): Promise<{ watch: NetworkWatch; extensionOrigin: string }>;
}
