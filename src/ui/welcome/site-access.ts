/**
 * Whether the browser lets the extension read the sites it serves. In Firefox the user can withhold or take back the
 * host permission of a content script (about:addons, Permissions), and in Chrome they can limit the extension's site
 * access; either way the site's script then never runs, and its completions are missed without a word. The welcome
 * page names such sites and asks for them again.
 */
import { parseMatchPattern, pathGlobSource } from '../../capture/match-pattern';

/** A site the extension reads on its own, as the welcome page names it. */
export interface ReadSite {
  readonly label: string;
  /** The match patterns its content script runs on. */
  readonly matches: readonly string[];
}

/** What the welcome page uses of browser.permissions. */
export interface SitePermissions {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  getAll(): Promise<{ origins?: string[] }>;
  request(permissions: { origins: string[] }): Promise<boolean>;
}

/** The address a user reads for a match pattern: https://www.linkedin.com/learning/* is www.linkedin.com/learning. */
export function siteAddress(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/\*$/, '');
}

function hostCovers(granted: string, wanted: string): boolean {
  if (granted === '*' || granted === wanted) return true;
  if (!granted.startsWith('*.')) return false;
  const base = granted.slice(2);
  const wantedBase = wanted.startsWith('*.') ? wanted.slice(2) : wanted;
  return wantedBase === base || wantedBase.endsWith(`.${base}`);
}

/** Whether a granted path glob takes in a wanted one: its stars take any run of characters, the wanted pattern's own stars too. */
function pathCovers(granted: string, wanted: string): boolean {
  return new RegExp(`^${pathGlobSource(granted)}$`).test(wanted);
}

/**
 * Whether a granted pattern takes in every address a wanted pattern does. Firefox lists a granted content-script
 * pattern by its host alone (https://www.linkedin.com/* for https://www.linkedin.com/learning/*); a user may also
 * have granted a wider one.
 */
export function patternCovers(granted: string, wanted: string): boolean {
  if (granted === '<all_urls>') return true;
  const g = parseMatchPattern(granted);
  const w = parseMatchPattern(wanted);
  if (!g || !w) return false;
  const schemeCovers = g.scheme === w.scheme || (g.scheme === '*' && w.scheme !== '*');
  return schemeCovers && hostCovers(g.host, w.host) && pathCovers(g.path, w.path);
}

/**
 * The sites the browser does not let the extension read, in the order given. Two questions, because neither browser
 * answers both right: Chrome's permissions.contains() says false for a content script's pattern that also falls within
 * optional_host_permissions (its wildcard over every https site) although it is granted (seen in Chromium 156), while getAll() lists it;
 * Firefox's contains() answers as expected. A site counts as readable when either says so.
 */
export async function sitesWithoutAccess(sites: readonly ReadSite[], permissions: SitePermissions): Promise<ReadSite[]> {
  const granted = (await permissions.getAll()).origins ?? [];
  const readable = await Promise.all(
    sites.map(async (site) => site.matches.every((wanted) => granted.some((g) => patternCovers(g, wanted))) || (await permissions.contains({ origins: [...site.matches] }))),
  );
  return sites.filter((_site, i) => !readable[i]);
}

/**
 * Asks the browser for the sites' patterns (all of them lie within optional_host_permissions, so each may be asked
 * for). Call it straight from the click handler, awaiting nothing first: Firefox refuses a request made after the
 * user's input has been handled.
 */
export function requestAccess(sites: readonly ReadSite[], permissions: SitePermissions): Promise<boolean> {
  return permissions.request({ origins: sites.flatMap((site) => [...site.matches]) });
}
