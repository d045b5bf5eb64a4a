import { describe, expect, it } from 'vitest';
import { pageOnInstalled } from '../../src/background/installed';
import { WELCOME_PAGE } from '../../src/extension-pages';

describe('what opens when the browser installs or updates the extension', () => {
  it('the welcome page on install', () => {
    expect(pageOnInstalled({ reason: 'install' }, '0.1.0')).toBe(WELCOME_PAGE);
  });

  it("the welcome page naming the version updated from, when an update changed the version", () => {
    expect(pageOnInstalled({ reason: 'update', previousVersion: '0.0.9' }, '0.1.0')).toBe(`${WELCOME_PAGE}#updated-from=0.0.9`);
  });

  it('nothing when Chrome reloads an unpacked extension with the same version, or says no previous version', () => {
    expect(pageOnInstalled({ reason: 'update', previousVersion: '0.1.0' }, '0.1.0')).toBeUndefined();
    expect(pageOnInstalled({ reason: 'update' }, '0.1.0')).toBeUndefined();
  });

  it('nothing when the user went back to an older release, or the previous version is not a version', () => {
    expect(pageOnInstalled({ reason: 'update', previousVersion: '0.2.0' }, '0.1.0')).toBeUndefined();
    expect(pageOnInstalled({ reason: 'update', previousVersion: '0.1' }, '0.1.0')).toBeUndefined();
    expect(pageOnInstalled({ reason: 'update', previousVersion: 'x&y=1' }, '0.1.0')).toBeUndefined();
    expect(pageOnInstalled({ reason: 'update', previousVersion: '0.0.10' }, '0.1.0')).toBe(`${WELCOME_PAGE}#updated-from=0.0.10`);
  });

  it('nothing when the browser itself, or a shared module, was updated', () => {
    expect(pageOnInstalled({ reason: 'browser_update' }, '0.1.0')).toBeUndefined();
    expect(pageOnInstalled({ reason: 'shared_module_update', previousVersion: '0.0.9' }, '0.1.0')).toBeUndefined();
  });
});
