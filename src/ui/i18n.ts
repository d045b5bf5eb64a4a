/** Every user-visible string goes through browser.i18n (public/_locales/<lang>/messages.json). */
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, substitutions?.map(String));
  // A missing key is a bug: show the key rather than an empty control.
  return text || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
