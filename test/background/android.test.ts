/**
 * The background's start-up with the APIs Firefox for Android lacks taken away (MDN's compatibility data, as
 * @mdn/browser-compat-data gives it: no menus/contextMenus, no commands, no windows). The real module
 * src/background/index.ts is loaded against a browser made of fakes, once as desktop Firefox and once as Android:
 * on Android it must load, listen for messages and installs, and run its install and start-up work without throwing.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getMessage } from '../setup';
import { bringToFront } from '../../src/background/bring-to-front';

type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: vi.fn((listener: Listener) => void listeners.push(listener)),
    removeListener: vi.fn(),
    hasListener: vi.fn(() => false),
  };
}

/** The browser as the background uses it on Firefox for Android. */
function fakeAndroidFirefox() {
  return {
    runtime: {
      id: 'android-test',
      getURL: (path: string) => `moz-extension://android-test/${path}`,
      getManifest: () => ({ version: '0.1.0' }),
      onMessage: event(),
      onInstalled: event(),
      onStartup: event(),
      sendMessage: vi.fn(async () => undefined),
    },
    i18n: { getMessage, getUILanguage: () => 'en-US' },
    tabs: {
      create: vi.fn(async () => ({ id: 7 })),
      query: vi.fn(async () => []),
      get: vi.fn(async () => ({ id: 7, index: 0 })),
      update: vi.fn(async () => ({ id: 7, windowId: 1 })),
      sendMessage: vi.fn(async () => undefined),
    },
    permissions: { onAdded: event(), onRemoved: event(), contains: vi.fn(async () => false), remove: vi.fn(async () => true), request: vi.fn(async () => false) },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () => []),
      registerContentScripts: vi.fn(async () => undefined),
      unregisterContentScripts: vi.fn(async () => undefined),
      executeScript: vi.fn(async () => []),
    },
    alarms: { get: vi.fn(async () => undefined), create: vi.fn(async () => undefined), onAlarm: event() },
    notifications: { create: vi.fn(async (id: string) => id), clear: vi.fn(async () => true), onClicked: event() },
    storage: { session: { get: vi.fn(async () => ({})), set: vi.fn(async () => undefined), remove: vi.fn(async () => undefined) } },
    action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) },
  };
}

/** Desktop Firefox: Android's APIs, and what only the desktop has. */
function fakeDesktopFirefox() {
  return {
    ...fakeAndroidFirefox(),
    contextMenus: { removeAll: vi.fn(async () => undefined), create: vi.fn(), onClicked: event() },
    commands: { onCommand: event() },
    windows: { update: vi.fn(async () => ({})) },
  };
}

/** Loads src/background/index.ts afresh against `browser`, as the browser starts the background script. */
async function startBackground(browser: object): Promise<void> {
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: browser }));
  await import('../../src/background/index');
}

/** Lets the promises the listeners started settle (no timers: microtasks and fake-indexeddb's own tasks). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

afterEach(() => {
  vi.doUnmock('webextension-polyfill');
  vi.restoreAllMocks();
});

describe('the background on Firefox for Android (no context menus, no commands, no windows)', () => {
  it('loads, listens for messages and installs, and runs its install and start-up work without throwing', async () => {
    const browser = fakeAndroidFirefox();
    expect('contextMenus' in browser || 'commands' in browser || 'windows' in browser, 'the fake lacks what Android lacks').toBe(false);
    const errors = vi.spyOn(console, 'error');
    await expect(startBackground(browser)).resolves.toBeUndefined();
    expect(browser.runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
    expect(browser.runtime.onInstalled.addListener).toHaveBeenCalledTimes(1);
    expect(browser.alarms.onAlarm.addListener).toHaveBeenCalledTimes(1);
    expect(browser.notifications.onClicked.addListener).toHaveBeenCalledTimes(1);

    for (const listener of browser.runtime.onInstalled.listeners) expect(() => listener({ reason: 'install' })).not.toThrow();
    for (const listener of browser.runtime.onStartup.listeners) expect(() => listener()).not.toThrow();
    await settle();
    expect(browser.tabs.create, 'the welcome page opens on install').toHaveBeenCalled();
    expect(browser.action.setBadgeText, 'the badge is set').toHaveBeenCalled();
    expect(errors.mock.calls.map((call) => call.map(String).join(' ')), 'nothing failed').toEqual([]);
  });

  it('on desktop Firefox, the same start-up adds the context menu entries and listens for the shortcut', async () => {
    const browser = fakeDesktopFirefox();
    await startBackground(browser);
    expect(browser.contextMenus.onClicked.addListener).toHaveBeenCalledTimes(1);
    expect(browser.commands.onCommand.addListener).toHaveBeenCalledTimes(1);
    for (const listener of browser.runtime.onInstalled.listeners) listener({ reason: 'update' });
    await settle();
    expect(browser.contextMenus.create.mock.calls.map((call: unknown[]) => (call[0] as { id: string }).id)).toEqual(['save-page', 'selection-as-code']);
  });
});

describe('bringToFront', () => {
  it('makes the tab active and focuses its window where there are windows', async () => {
    const api = { tabs: { update: vi.fn(async () => ({ windowId: 3 })) }, windows: { update: vi.fn(async () => ({})) } };
    await bringToFront(api, 9);
    expect(api.tabs.update).toHaveBeenCalledWith(9, { active: true });
    expect(api.windows.update).toHaveBeenCalledWith(3, { focused: true });
  });

  it('only makes the tab active on Firefox for Android, which has no windows API', async () => {
    const api = { tabs: { update: vi.fn(async () => ({ windowId: 3 })) } };
    await expect(bringToFront(api, 9)).resolves.toBeUndefined();
    expect(api.tabs.update).toHaveBeenCalledWith(9, { active: true });
  });
});
