/**
 * WebExtension match patterns (`<scheme>://<host>/<path>`), evaluated the way browsers do:
 * `*` scheme means http or https, `*.host` also matches host itself, a pattern without a port matches any port.
 */
function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

export function compileMatchPattern(pattern: string): RegExp {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Invalid match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  let hostRe: string;
  if (host === '*') hostRe = '[^/:]+';
  else if (host.startsWith('*.')) hostRe = `(?:[^/:]+\\.)?${escapeRegExp(host.slice(2).toLowerCase())}`;
  else hostRe = escapeRegExp(host.toLowerCase());
  const pathRe = path.split('*').map(escapeRegExp).join('.*');
  // Scheme and host are compared lower-case (URL parsing lower-cases them); the path is case-sensitive.
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
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
