/**
 * Whether the welcome page says what is new: once per update. The worker opens it with the version it was updated
 * from in the fragment (extension-pages.ts); the tab remembers having said it (sessionStorage, which a reload and a
 * restored tab keep), so a reload or the next browser start shows the plain page.
 */
import { compareVersions, isVersion } from '../../domain/versions';
import { UPDATED_FROM } from '../../extension-pages';

/** Where the page remembers it; absent or refusing (storage disabled), the news is shown on each load of the address. */
type Memory = Pick<Storage, 'getItem' | 'setItem'> | undefined;

/** The version updated from, when this load should say what is new in `version`; remembers that it did. */
export function updatedFromToShow(hash: string, version: string, memory: Memory): string | undefined {
  const from = new URLSearchParams(hash.replace(/^#/, '')).get(UPDATED_FROM);
  if (!from || !isVersion(from) || compareVersions(from, version) >= 0) return undefined;
  const key = `recert-whats-new:${from}:${version}`;
  try {
    if (memory?.getItem(key)) return undefined;
    memory?.setItem(key, 'shown');
  } catch {
    // Storage refused: say it now rather than never.
  }
  return from;
}

/** The versions whose news a user updated from `from` to `version` has not seen, newest first: every one they skipped. */
export function versionsSince(from: string, version: string, released: readonly string[]): string[] {
  return released
    .filter((v) => compareVersions(v, from) > 0 && compareVersions(v, version) <= 0)
    .sort((a, b) => compareVersions(b, a));
}
