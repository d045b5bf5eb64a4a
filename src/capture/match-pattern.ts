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
  else if (host.startsWith('*.')) hostRe = `(?:[^/:]+\\.)?${escapeRegExp(host.slice(2))}`;
  else hostRe = escapeRegExp(host);
  const pathRe = path.split('*').map(escapeRegExp).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`, 'i');
}

const compiled = new Map<string, RegExp>();

export function matchesAny(patterns: readonly string[], url: string | URL): boolean {
  const href = typeof url === 'string' ? url : url.href;
  return patterns.some((pattern) => {
    let re = compiled.get(pattern);
    if (!re) compiled.set(pattern, (re = compileMatchPattern(pattern)));
    return re.test(href);
  });
}
