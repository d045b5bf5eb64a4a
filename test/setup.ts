/**
 * Global test setup: unit tests run outside a browser, so webextension-polyfill is replaced by a small fake
 * whose i18n reads the real public/_locales/en/messages.json (so tests see the strings users see).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
const messages = JSON.parse(readFileSync(join(process.cwd(), 'public/_locales/en/messages.json'), 'utf8')) as Record<string, LocaleEntry>;

/** chrome.i18n.getMessage semantics: named $PLACEHOLDERS$ map to $1..$9 substitutions; unknown keys give ''. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

export const fakeBrowser = {
  i18n: { getMessage, getUILanguage: () => 'en-US' },
  runtime: {
    id: 'test-extension',
    getURL: (path: string) => `chrome-extension://test-extension/${path}`,
    sendMessage: vi.fn(),
    openOptionsPage: vi.fn(async () => undefined),
    getManifest: vi.fn(() => ({ manifest_version: 3, name: 'Recert Companion', version })),
  },
  tabs: { create: vi.fn(), query: vi.fn(async () => []), sendMessage: vi.fn(async () => undefined) },
  permissions: {
    request: vi.fn(async () => true),
    contains: vi.fn(async () => false),
    remove: vi.fn(async () => true),
    getAll: vi.fn(async (): Promise<{ origins?: string[] }> => ({ origins: [] })),
    onAdded: { addListener: vi.fn(), removeListener: vi.fn() },
    onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
  },
  storage: { session: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined), remove: vi.fn(async () => undefined) } },
  action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() },
};

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));
// What extension-api.ts finds in a real browser: the same fake, so both ways of calling the API agree.
(globalThis as unknown as { browser: typeof fakeBrowser }).browser = fakeBrowser;
