/**
 * WebExtension match patterns (`<scheme>://<host>/<path>`), evaluated the way browsers do:
 * `*` scheme means http or https, `*.host` also matches host itself, a pattern without a port matches any port.
 */
function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** A match pattern's three parts, as written; undefined for what is not a match pattern (`<all_urls>` included). */
export interface MatchPatternParts {
  scheme: string;
  host: string;
  path: string;
}

export function parseMatchPattern(pattern: string): MatchPatternParts | undefined {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  return m ? { scheme: m[1]!, host: m[2]!, path: m[3]! } : undefined;
}

/** A pattern's path as a regular expression's source: each star takes any run of characters. */
export function pathGlobSource(path: string): string {
  return path.split('*').map(escapeRegExp).join('.*');
}

export function compileMatchPattern(pattern: string): RegExp {
  const parts = parseMatchPattern(pattern);
  if (!parts) throw new Error(`Invalid match pattern: ${pattern}`);
  const { scheme, host, path } = parts;
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  let hostRe: string;
  if (host === '*') hostRe = '[^/:]+';
  else if (host.startsWith('*.')) hostRe = `(?:[^/:]+\\.)?${escapeRegExp(host.slice(2).toLowerCase())}`;
  else hostRe = escapeRegExp(host.toLowerCase());
  // Scheme and host are compared lower-case (URL parsing lower-cases them); the path is case-sensitive.
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathGlobSource(path)}$`);
}

const compiled = new Map<string, RegExp>();

export function matchesAny(patterns: readonly string[], url: string | URL): boolean {
  let href: string;
  try {
    href = (typeof url === 'string' ? new URL(url) : url).href;
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    let re = compiled.get(pattern);
    if (!re) compiled.set(pattern, (re = compileMatchPattern(pattern)));
    return re.test(href);
  });
}
