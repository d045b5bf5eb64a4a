/**
 * The WebExtension API without webextension-polyfill, for code whose size counts (content scripts, and the
 * modules they share with pages): Firefox provides `browser`, and Chrome's Manifest V3 `chrome` returns promises
 * for what these modules use (runtime.sendMessage; i18n is synchronous in both).
 *
 * A page can clobber a global its content scripts read: in Chrome's isolated world `browser` is not defined, so
 * `<form id="browser"><input name="runtime" id="x"></form>` makes `browser.runtime.id` the page's "x" (named
 * access on window). So a namespace is trusted only when its methods are functions, which no element can fake.
 */
import type Browser from 'webextension-polyfill';

export type ExtensionApi = typeof Browser;

/** A real extension namespace: its runtime has the functions of one (a page's element or collection does not). */
function isExtensionNamespace(value: unknown): value is ExtensionApi {
  const runtime = (value as { runtime?: { sendMessage?: unknown; getURL?: unknown; id?: unknown } } | null | undefined)?.runtime;
  return typeof runtime?.sendMessage === 'function' && typeof runtime.getURL === 'function' && typeof runtime.id === 'string';
}

export function extensionApi(): ExtensionApi {
  const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
  const api = [scope.browser, scope.chrome].find(isExtensionNamespace);
  if (!api) throw new Error('Recert Companion: no extension API here (is this running outside the extension?)');
  return api;
}
