/**
 * Firefox's side of the network watch (network-watch.ts), from two vantage points, because neither sees it all:
 * - WebDriver BiDi's network events, which puppeteer subscribes to for the whole browser: each names the tab
 *   (browsing context) that asked, so a request from a tab showing a moz-extension:// page is the extension page's.
 *   BiDi knows nothing of the background page or of the popup window (no browsing contexts), gives no call stack,
 *   and a content script's `content.fetch` asks as the page does: so it attributes extension tabs only.
 * - The recording proxy (recording-proxy.ts), which every connection of the browser passes through, background
 *   included: a connection to a host the test never opens is reported, whoever asked.
 */
import type { Browser } from 'puppeteer-core';
import { NetworkWatch } from './network-watch';
import type { ProxiedConnection } from './recording-proxy';

interface BidiEvents {
  on(event: string, listener: (params: never) => void): void;
}

interface NavigationEvent {
  context: string;
  url: string;
}

interface BeforeRequestSent {
  context: string | null;
  request: { url: string };
}

/**
 * Firefox's own services, pointed by the driver's prefs at these names so that their connections are told from the
 * extension's (remote settings still polls, whatever the prefs say). Each is under .invalid and named for what it is.
 */
export const BROWSER_SERVICE_HOSTS = ['firefox-remote-settings.e2e.invalid'] as const;

/** The prefs that point Firefox's own services at BROWSER_SERVICE_HOSTS. */
export const BROWSER_SERVICE_PREFS = { 'services.settings.server': `https://${BROWSER_SERVICE_HOSTS[0]}/v1` } as const;

/** A release build ignores services.settings.server unless this is in its environment (tried: it polls Mozilla's). */
export const BROWSER_SERVICE_ENV = { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' } as const;

export interface FirefoxNetworkWatch {
  /** The watch with the proxy's connections to hosts other than `testHosts` and the browser's own services added. */
  read(testHosts: readonly string[]): NetworkWatch;
}

/** Starts following BiDi's events; call before the extension is installed so its first tab is known. */
export function watchFirefoxNetwork(browser: Browser, proxied: readonly ProxiedConnection[]): FirefoxNetworkWatch {
  const watch = new NetworkWatch(['extension-page'], true);
  const documentOf = new Map<string, string>();
  // puppeteer exposes the BiDi connection it subscribed with; its events are the protocol's, by method name.
  const bidi = (browser as unknown as { connection: BidiEvents }).connection;
  const follow = (event: NavigationEvent) => documentOf.set(event.context, event.url);
  for (const method of ['browsingContext.contextCreated', 'browsingContext.navigationStarted', 'browsingContext.fragmentNavigated', 'browsingContext.historyUpdated']) {
    bidi.on(method, follow as (params: never) => void);
  }
  bidi.on('network.beforeRequestSent', ((event: BeforeRequestSent) => {
    const document = event.context ? documentOf.get(event.context) : undefined;
    if (document?.startsWith('moz-extension://')) watch.add({ source: 'extension-page', url: event.request.url, initiator: document });
  }) as (params: never) => void);

  let read = 0;
  return {
    read(testHosts) {
      const known = new Set([...testHosts, ...BROWSER_SERVICE_HOSTS].map((h) => h.toLowerCase()));
      for (; read < proxied.length; read++) {
        const connection = proxied[read]!;
        if (!known.has(connection.host)) watch.connection(connection);
      }
      return watch;
    },
  };
}
