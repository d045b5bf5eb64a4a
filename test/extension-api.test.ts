// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { extensionApi } from '../src/extension-api';
import { fakeBrowser } from './setup';

const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };

/** What `browser` is in Chrome's isolated world once the page has `<form id="browser"><input name="runtime" id="…">`. */
function clobberingForm(): HTMLFormElement {
  const form = document.createElement('form');
  form.id = 'browser';
  const input = document.createElement('input');
  input.name = 'runtime';
  input.id = 'looks-like-an-extension-id';
  form.append(input);
  document.body.append(form);
  // happy-dom has no named access on window; this is what it would give.
  Object.defineProperty(form, 'runtime', { value: input });
  return form;
}

describe('extensionApi', () => {
  afterEach(() => {
    scope.browser = fakeBrowser;
    delete scope.chrome;
    document.body.replaceChildren();
  });

  it('uses `browser` where the browser provides it (Firefox)', () => {
    expect(extensionApi()).toBe(fakeBrowser);
  });

  it("ignores a page's element clobbering `browser` and uses `chrome` (Chrome's isolated world)", () => {
    const chrome = { ...fakeBrowser };
    scope.browser = clobberingForm();
    scope.chrome = chrome;
    expect(extensionApi()).toBe(chrome);
  });

  it('says so when no real namespace is there, rather than calling into the page', () => {
    scope.browser = clobberingForm();
    scope.chrome = { runtime: { id: 'x', sendMessage: 'not a function', getURL: () => '' } };
    expect(() => extensionApi()).toThrow(/no extension API here/);
  });
});
