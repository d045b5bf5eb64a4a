/**
 * Every user-visible string goes through browser.i18n (public/_locales/<lang>/messages.json). Polyfill-free
 * (see extension-api.ts): content scripts use these too.
 */
import { extensionApi } from '../extension-api';

export function t(key: string, substitutions?: Array<string | number>): string {
  const text = extensionApi().i18n.getMessage(key, substitutions?.map(String));
  // A missing key is a bug: show the key rather than an empty control.
  return text || key;
}

export function uiLanguage(): string {
  return extensionApi().i18n.getUILanguage();
}

/** The two wordings of a count-dependent message: for one ("1 day") and for any other count ("0 days", "2 days"). */
export interface CountKeys {
  oneKey: string;
  otherKey: string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * browser.i18n has no plurals, so a count-dependent message is a pair of keys and the UI language's plural rules
 * choose. The rules read the count as formatNumber shows it (at most one decimal), so 1.04 days reads "1 day".
 * Languages with more forms (few, many) get their "other" wording until their locale brings more keys.
 */
export function countKey(count: number, { oneKey, otherKey }: CountKeys): string {
  const language = uiLanguage();
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language, { maximumFractionDigits: 1 });
    pluralRules.set(language, rules);
  }
  return rules.select(count) === 'one' ? oneKey : otherKey;
}

/** t() for a count-dependent message: the wording that fits `count` (usually also one of the substitutions). */
export function tCount(count: number, keys: CountKeys, substitutions?: Array<string | number>): string {
  return t(countKey(count, keys), substitutions);
}
