import { describe, expect, it } from 'vitest';
import { welcomeAfterUpdate } from '../../src/extension-pages';
import { updatedFromToShow, versionsSince } from '../../src/ui/welcome/whats-new';

function memory(): Storage {
  const kept = new Map<string, string>();
  return { getItem: (key: string) => kept.get(key) ?? null, setItem: (key: string, value: string) => void kept.set(key, value) } as Storage;
}

const hashOf = (page: string) => `#${page.split('#')[1]}`;

describe("the welcome page's what's new", () => {
  it('is shown when the worker opened the page after an update, naming the version updated from', () => {
    expect(updatedFromToShow(hashOf(welcomeAfterUpdate('0.0.9')), '0.1.0', memory())).toBe('0.0.9');
  });

  it('is shown once: a reload of the same tab shows the plain page', () => {
    const tab = memory();
    const hash = hashOf(welcomeAfterUpdate('0.0.9'));
    expect(updatedFromToShow(hash, '0.1.0', tab)).toBe('0.0.9');
    expect(updatedFromToShow(hash, '0.1.0', tab)).toBeUndefined();
  });

  it('is shown again for the next update', () => {
    const tab = memory();
    updatedFromToShow(hashOf(welcomeAfterUpdate('0.0.9')), '0.1.0', tab);
    expect(updatedFromToShow(hashOf(welcomeAfterUpdate('0.1.0')), '0.2.0', tab)).toBe('0.1.0');
  });

  it('is not shown on the page opened at install, nor for an "update" to the same version', () => {
    expect(updatedFromToShow('', '0.1.0', memory())).toBeUndefined();
    expect(updatedFromToShow('#updated-from=0.1.0', '0.1.0', memory())).toBeUndefined();
  });

  it('is shown still when the tab cannot remember (storage refused)', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => undefined } as unknown as Storage;
    expect(updatedFromToShow('#updated-from=0.0.9', '0.1.0', refusing)).toBe('0.0.9');
    expect(updatedFromToShow('#updated-from=0.0.9', '0.1.0', undefined)).toBe('0.0.9');
  });

  it('is not shown after going back to an older release, nor for a fragment that names no version', () => {
    expect(updatedFromToShow('#updated-from=0.2.0', '0.1.0', memory())).toBeUndefined();
    expect(updatedFromToShow('#updated-from=<b>hi</b>', '0.1.0', memory())).toBeUndefined();
  });
});

describe('the versions whose news is shown', () => {
  const released = ['0.1.0', '0.2.0', '0.10.0', '0.3.0'];

  it('are every one after the version updated from, up to this one, newest first: a skipped release is not lost', () => {
    expect(versionsSince('0.1.0', '0.10.0', released)).toEqual(['0.10.0', '0.3.0', '0.2.0']);
    expect(versionsSince('0.2.0', '0.3.0', released)).toEqual(['0.3.0']);
  });

  it('leave out what is newer than this version', () => {
    expect(versionsSince('0.1.0', '0.2.0', released)).toEqual(['0.2.0']);
  });
});
