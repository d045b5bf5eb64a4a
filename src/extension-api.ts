/**
 * The WebExtension API without webextension-polyfill, for code whose size counts (content scripts, and the
 * modules they share with pages): Firefox provides `browser`, and Chrome's Manifest V3 `chrome` returns promises
 * for what these modules use (runtime.sendMessage; i18n is synchronous in both).
 */
import type Browser from 'webextension-polyfill';

export type ExtensionApi = typeof Browser;

export function extensionApi(): ExtensionApi {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('Recert Companion: no extension API here (is this running outside the extension?)');
  return api;
}
