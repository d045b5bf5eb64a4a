/**
 * Chromium's side of the network watch (network-watch.ts). Playwright reports every request of every page in the
 * context, extension pages included, and of the extension's service worker (request.serviceWorker()). What it cannot
 * tell is whether a web page's request came from the page or from our content script, which runs in the page's
 * frame: the DevTools protocol can, because a script-initiated request carries its call stack, and a content
 * script's stack runs through chrome-extension://<id>/ files.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { NetworkWatch } from './network-watch';

interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}

interface RequestWillBeSent {
  documentURL: string;
  request: { url: string };
  initiator: { type: string; url?: string; stack?: StackTrace };
}

function stackRunsThrough(stack: StackTrace | undefined, origin: string): boolean {
  for (let s = stack; s; s = s.parent) if (s.callFrames.some((f) => f.url.startsWith(`${origin}/`))) return true;
  return false;
}

/** Starts recording; returns the watch the scenario's closing test reads. */
export function watchChromiumNetwork(context: BrowserContext, extensionOrigin: string): NetworkWatch {
  const watch = new NetworkWatch(['extension-page', 'background', 'content-script']);
  const ours = (url: string) => url.startsWith(`${extensionOrigin}/`);

  context.on('request', (request) => {
    const worker = request.serviceWorker();
    if (worker) {
      if (ours(worker.url())) watch.add({ source: 'background', url: request.url(), initiator: worker.url() });
      return;
    }
    let document: string;
    try {
      document = request.frame().url();
    } catch {
      return; // neither a page's nor a worker's: nothing of ours
    }
    if (ours(document)) watch.add({ source: 'extension-page', url: request.url(), initiator: document });
  });

  const followContentScripts = async (page: Page): Promise<void> => {
    const session = await context.newCDPSession(page).catch(() => undefined);
    if (!session) return; // the page closed before it could be watched
    session.on('Network.requestWillBeSent', (event: RequestWillBeSent) => {
      if (ours(event.documentURL)) return; // an extension page: recorded above
      if (stackRunsThrough(event.initiator.stack, extensionOrigin) || (event.initiator.url !== undefined && ours(event.initiator.url))) {
        watch.add({ source: 'content-script', url: event.request.url, initiator: event.documentURL });
      }
    });
    await session.send('Network.enable').catch(() => undefined);
  };
  context.on('page', (page) => void followContentScripts(page));
  for (const page of context.pages()) void followContentScripts(page);
  return watch;
}
