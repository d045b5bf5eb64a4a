import { describe, expect, it, vi } from 'vitest';
import { patternCovers, requestAccess, siteAddress, sitesWithoutAccess, type SitePermissions } from '../../src/ui/welcome/site-access';

const CISCO_U = { label: 'Cisco U.', matches: ['https://u.cisco.com/*'] };
const LINKEDIN = { label: 'LinkedIn Learning', matches: ['https://www.linkedin.com/learning/*'] };
const CE_PORTAL = { label: 'Cisco CE portal', matches: ['https://ce.cisco.com/*'] };

function permissions(granted: string[], contains: (origins: string[]) => boolean = () => false): SitePermissions & { request: ReturnType<typeof vi.fn> } {
  return {
    getAll: async () => ({ origins: granted }),
    contains: async ({ origins }) => contains(origins),
    request: vi.fn(async () => true),
  };
}

describe('siteAddress', () => {
  it('reads a pattern as the address a user knows', () => {
    expect(siteAddress('https://u.cisco.com/*')).toBe('u.cisco.com');
    expect(siteAddress('https://www.linkedin.com/learning/*')).toBe('www.linkedin.com/learning');
  });
});

describe('patternCovers', () => {
  it.each([
    ['the same pattern', 'https://u.cisco.com/*', 'https://u.cisco.com/*'],
    ["Firefox's host-only listing of a pattern with a path", 'https://www.linkedin.com/*', 'https://www.linkedin.com/learning/*'],
    ['any host', 'https://*/*', 'https://u.cisco.com/*'],
    ['a wildcard over subdomains', 'https://*.cisco.com/*', 'https://u.cisco.com/*'],
    ['either scheme', '*://u.cisco.com/*', 'https://u.cisco.com/*'],
    ['every address', '<all_urls>', 'https://ce.cisco.com/*'],
  ])('takes in a wanted pattern: %s', (_what, granted, wanted) => {
    expect(patternCovers(granted, wanted)).toBe(true);
  });

  it.each([
    ['another host', 'https://learningnetwork.cisco.com/*', 'https://u.cisco.com/*'],
    ['a host that only ends the same', 'https://*.isco.com/*', 'https://u.cisco.com/*'],
    ['a narrower path', 'https://www.linkedin.com/learning/me/*', 'https://www.linkedin.com/learning/*'],
    ['plain http', 'http://u.cisco.com/*', 'https://u.cisco.com/*'],
    ['a pattern that is not one', 'u.cisco.com', 'https://u.cisco.com/*'],
  ])('does not take in a wanted pattern from %s', (_what, granted, wanted) => {
    expect(patternCovers(granted, wanted)).toBe(false);
  });
});

describe('sitesWithoutAccess', () => {
  it("counts a site readable when the browser lists its pattern, though contains() says no (Chrome's answer for a content script's pattern)", async () => {
    expect(await sitesWithoutAccess([CISCO_U, LINKEDIN], permissions(['https://u.cisco.com/*', 'https://www.linkedin.com/learning/*']))).toEqual([]);
  });

  it('counts a site readable when contains() says yes, though the list lacks it', async () => {
    expect(await sitesWithoutAccess([CISCO_U], permissions([], (origins) => origins.includes('https://u.cisco.com/*')))).toEqual([]);
  });

  it('names, in order, each site neither answer lets it read (a permission the user took back)', async () => {
    const granted = ['https://www.linkedin.com/*'];
    expect(await sitesWithoutAccess([CISCO_U, LINKEDIN, CE_PORTAL], permissions(granted))).toEqual([CISCO_U, CE_PORTAL]);
  });
});

describe('requestAccess', () => {
  it("asks for every missing site's patterns in one request, made before anything is awaited", () => {
    const api = permissions([]);
    void requestAccess([CISCO_U, LINKEDIN], api);
    // Synchronously: Firefox grants a request only during the user's input.
    expect(api.request).toHaveBeenCalledWith({ origins: ['https://u.cisco.com/*', 'https://www.linkedin.com/learning/*'] });
  });
});
