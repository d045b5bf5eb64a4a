/** What the worker opens when the browser installs or updates the extension. */
import { compareVersions, isVersion } from '../domain/versions';
import { WELCOME_PAGE, welcomeAfterUpdate } from '../extension-pages';

/** runtime.onInstalled's details, as far as they decide. */
export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

/**
 * The extension page to open, if any: the welcome page on install, and after an update that changed the version the
 * welcome page saying what is new. Chrome also fires "update" when an unpacked extension is reloaded with the same
 * version, a user may go back to an older release, and the browser updating itself is "browser_update": none brings
 * anything new to show.
 */
export function pageOnInstalled({ reason, previousVersion }: InstalledDetails, version: string): string | undefined {
  if (reason === 'install') return WELCOME_PAGE;
  if (reason === 'update' && previousVersion && isVersion(previousVersion) && compareVersions(previousVersion, version) < 0) return welcomeAfterUpdate(previousVersion);
  return undefined;
}
