import { describe, expect, it } from 'vitest';
import { compileMatchPattern, matchesAny } from '../../src/capture/match-pattern';

const matches = (pattern: string, href: string) => matchesAny([pattern], href);

describe('match patterns', () => {
  it('matches the host exactly, on any port when the pattern names none', () => {
    expect(matches('https://u.cisco.com/*', 'https://u.cisco.com/paths/x/1')).toBe(true);
    expect(matches('https://u.cisco.com/*', 'https://u.cisco.com:8443/paths/x/1')).toBe(true);
    expect(matches('https://u.cisco.com/*', 'https://cisco.com/')).toBe(false);
    expect(matches('https://u.cisco.com/*', 'https://xu.cisco.com/')).toBe(false);
    expect(matches('https://u.cisco.com/*', 'https://u.cisco.com.evil.example/')).toBe(false);
  });

  it('is not fooled by user info or a host-like path', () => {
    expect(matches('https://u.cisco.com/*', 'https://u.cisco.com@evil.example/')).toBe(false);
    expect(matches('https://u.cisco.com/*', 'https://u.cisco.com:443@evil.example/')).toBe(false);
    expect(matches('https://u.cisco.com/*', 'https://evil.example/u.cisco.com/')).toBe(false);
    expect(matches('https://*.cisco.com/*', 'https://a.cisco.com@evil.example/')).toBe(false);
  });

  it('honours a port the pattern names', () => {
    expect(matches('https://localhost:8443/*', 'https://localhost:8443/a')).toBe(true);
    expect(matches('https://localhost:8443/*', 'https://localhost/a')).toBe(false);
    expect(matches('https://localhost:8443/*', 'https://localhost:9443/a')).toBe(false);
  });

  it('lets *.host match the host itself and any subdomain, but not look-alikes', () => {
    const pattern = 'https://*.cisco.com/*';
    expect(matches(pattern, 'https://cisco.com/')).toBe(true);
    expect(matches(pattern, 'https://u.cisco.com/')).toBe(true);
    expect(matches(pattern, 'https://a.b.cisco.com/x')).toBe(true);
    expect(matches(pattern, 'https://notcisco.com/')).toBe(false);
    expect(matches(pattern, 'https://cisco.com.evil.example/')).toBe(false);
  });

  it('lets a * host match any host', () => {
    expect(matches('https://*/*', 'https://anything.example/x')).toBe(true);
    expect(matches('https://*/*', 'http://anything.example/x')).toBe(false);
  });

  it('reads * in the path as any run of characters, and everything else literally', () => {
    expect(matches('https://u.cisco.com/paths/*', 'https://u.cisco.com/paths/')).toBe(true);
    expect(matches('https://u.cisco.com/paths/*', 'https://u.cisco.com/paths/a/b?x=1')).toBe(true);
    expect(matches('https://u.cisco.com/paths/*', 'https://u.cisco.com/path/1')).toBe(false);
    expect(matches('https://a.example/x/*/done', 'https://a.example/x/1/2/done')).toBe(true);
    expect(matches('https://a.example/x/*/done', 'https://a.example/x/1/done/more')).toBe(false);
    expect(matches('https://a.example/exact', 'https://a.example/exact')).toBe(true);
    expect(matches('https://a.example/exact', 'https://a.example/exact/more')).toBe(false);
    expect(matches('https://a.example/v1.0/*', 'https://a.example/v1x0/a')).toBe(false);
    expect(matches('https://a.example/(a)+/*', 'https://a.example/(a)+/b')).toBe(true);
  });

  it('reads * as the scheme as http or https only', () => {
    expect(matches('*://a.example/*', 'http://a.example/')).toBe(true);
    expect(matches('*://a.example/*', 'https://a.example/')).toBe(true);
    expect(matches('*://a.example/*', 'ftp://a.example/')).toBe(false);
    expect(matches('*://a.example/*', 'wss://a.example/')).toBe(false);
    expect(matches('http://a.example/*', 'https://a.example/')).toBe(false);
  });

  it('accepts a URL object as well as a string, and no patterns match nothing', () => {
    expect(matchesAny(['https://a.example/*', 'https://u.cisco.com/*'], new URL('https://u.cisco.com/x'))).toBe(true);
    expect(matchesAny([], 'https://u.cisco.com/x')).toBe(false);
  });

  it.each([
    '',
    '<all_urls>',
    'u.cisco.com/*',
    'https://u.cisco.com',
    'ftp://u.cisco.com/*',
    'file:///tmp/*',
    'https:///path',
    'https://*foo.example/*',
    'https://a*.example/*',
    'https://u.*.com/*',
  ])('throws on the invalid pattern %j', (pattern) => {
    expect(() => compileMatchPattern(pattern)).toThrow(/Invalid match pattern/);
  });
});

describe('match patterns follow browser case rules', () => {
  it('compares hosts case-insensitively and paths case-sensitively', () => {
    expect(matchesAny(['https://u.cisco.com/paths/*'], 'https://U.Cisco.COM/paths/x')).toBe(true);
    expect(matchesAny(['https://u.cisco.com/paths/*'], 'https://u.cisco.com/Paths/x')).toBe(false);
  });
  it('treats an unparsable URL as matching nothing', () => {
    expect(matchesAny(['https://u.cisco.com/*'], 'not a url')).toBe(false);
  });
});
