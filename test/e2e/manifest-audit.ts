/**
 * The permission audit's rules, as pure functions over text and parsed JSON, so the test can show each rule failing
 * on a doctored manifest as well as passing on the built ones (manifest-audit.e2e.test.ts).
 * The README's "Permissions, and why" table is the list of what the extension may ask for: one row per manifest key,
 * the exact values in backticks in the "asks for" column, and a reason.
 */

/** The manifest keys through which an extension asks for access; a row naming any other key is a typo to report. */
export const AUDITED_KEYS = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts',
  'web_accessible_resources',
  'commands',
  'externally_connectable',
] as const;
export type AuditedKey = (typeof AUDITED_KEYS)[number];

export interface Justification {
  key: AuditedKey;
  value: string;
  reason: string;
}

const SECTION_HEADING = '## Permissions, and why';

const backticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The table rows of the README's permissions section; throws when the section or its table is missing or malformed. */
export function readJustifications(readme: string): Justification[] {
  const start = readme.indexOf(SECTION_HEADING);
  if (start === -1) throw new Error(`README has no "${SECTION_HEADING}" section`);
  const rest = readme.slice(start + SECTION_HEADING.length);
  const section = rest.slice(0, rest.search(/^## /m) === -1 ? undefined : rest.search(/^## /m));
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  const body = rows.filter((cells) => !cells.every((c) => /^-+$/.test(c))).slice(1); // the header row goes
  if (body.length === 0) throw new Error(`README's "${SECTION_HEADING}" section has no table rows`);
  return body.flatMap((cells) => {
    const [keyCell = '', valuesCell = '', reason = ''] = cells;
    const key = backticked(keyCell)[0];
    if (!key || !(AUDITED_KEYS as readonly string[]).includes(key)) throw new Error(`README permissions row with an unknown manifest key: | ${cells.join(' | ')} |`);
    const values = backticked(valuesCell);
    if (values.length === 0) throw new Error(`README permissions row names nothing in backticks: | ${cells.join(' | ')} |`);
    if (reason.length < 3) throw new Error(`README permissions row gives no reason: | ${cells.join(' | ')} |`);
    return values.map((value) => ({ key: key as AuditedKey, value, reason }));
  });
}

/** The parts of a WebExtension manifest the audit reads; everything is optional because a build may drop any of it. */
export interface AuditedManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  web_accessible_resources?: Array<{ resources?: string[]; matches?: string[]; extension_ids?: string[] }>;
  commands?: Record<string, unknown>;
  externally_connectable?: { matches?: string[]; ids?: string[] };
  content_security_policy?: string | Record<string, string>;
}

export interface Request {
  key: AuditedKey;
  value: string;
}

/** Everything the manifest asks for, key by key, except web-accessible resources (see warFindings). */
export function requestsOf(manifest: AuditedManifest): Request[] {
  const of = (key: AuditedKey, values: readonly string[] | undefined) => (values ?? []).map((value) => ({ key, value }));
  return [
    ...of('permissions', manifest.permissions),
    ...of('optional_permissions', manifest.optional_permissions),
    ...of('host_permissions', manifest.host_permissions),
    ...of('optional_host_permissions', manifest.optional_host_permissions),
    ...of('content_scripts', (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])),
    ...of('commands', Object.keys(manifest.commands ?? {})),
    ...of('externally_connectable', [...(manifest.externally_connectable?.matches ?? []), ...(manifest.externally_connectable?.ids ?? [])]),
  ];
}

/** A glob over file paths (only `*`, within one folder) as a RegExp. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

/** `https://www.linkedin.com/learning/*` -> `https://www.linkedin.com/*`: the widest a resource match can be for it. */
function originPattern(matchPattern: string): string {
  const m = /^([^:]+:\/\/[^/]+)\//.exec(matchPattern);
  return m ? `${m[1]}/*` : matchPattern;
}

/**
 * Web-accessible resources carry generated file names, so the README gives globs for them; their matches may only be
 * the origins of the content-script hosts the README justifies (a page can only probe for files on a site where our
 * content script runs anyway); extension ids are never justified.
 */
function warFindings(manifest: AuditedManifest, rows: Justification[]): string[] {
  const globs = rows.filter((r) => r.key === 'web_accessible_resources').map((r) => globToRegExp(r.value));
  const origins = new Set(rows.filter((r) => r.key === 'content_scripts').map((r) => originPattern(r.value)));
  return (manifest.web_accessible_resources ?? []).flatMap((entry) => [
    ...(entry.resources ?? []).filter((file) => !globs.some((g) => g.test(file))).map((file) => `web_accessible_resources: resource ${file} has no README row`),
    ...(entry.matches ?? []).filter((m) => !origins.has(m)).map((m) => `web_accessible_resources: ${m} is not the origin of a content-script host the README justifies`),
    ...(entry.extension_ids ?? []).map((id) => `web_accessible_resources: extension id ${id} may load our files; the README justifies no other extension`),
  ]);
}

/** What one built manifest asks for that the README does not justify. */
export function unjustified(manifest: AuditedManifest, rows: Justification[]): string[] {
  const justified = new Set(rows.map((r) => `${r.key} ${r.value}`));
  return [
    ...requestsOf(manifest)
      .filter((r) => !justified.has(`${r.key} ${r.value}`))
      .map((r) => `${r.key}: ${r.value} has no row in README's "Permissions, and why"`),
    ...warFindings(manifest, rows),
  ];
}

/** README rows for something none of the built manifests asks for: a justification gone stale. */
export function staleJustifications(manifests: AuditedManifest[], rows: Justification[]): string[] {
  const requested = new Set(manifests.flatMap((m) => requestsOf(m).map((r) => `${r.key} ${r.value}`)));
  const resources = manifests.flatMap((m) => (m.web_accessible_resources ?? []).flatMap((e) => e.resources ?? []));
  return rows
    .filter((row) =>
      row.key === 'web_accessible_resources' ? !resources.some((file) => globToRegExp(row.value).test(file)) : !requested.has(`${row.key} ${row.value}`),
    )
    .map((row) => `README justifies ${row.key}: ${row.value}, which no built manifest asks for`);
}

/** Every string anywhere in a JSON value, with where it sits, for the all-hosts patterns no part of a manifest may hold. */
function stringsIn(value: unknown, path = 'manifest'): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsIn(v, `${path}.${k}`));
  return [];
}

/** `<all_urls>`, or a match pattern whose host is any host (any scheme, a lone `*` for the host, any path). */
const ALL_HOSTS = /<all_urls>|^[a-z*]+:\/\/\*(?:\/|$)/i;

/**
 * What a taught site may be asked for (issue 17): one origin of any https or http site, requested at run time on the
 * user's click and granted for that origin alone. Only here, as optional host permissions, does "any site" pass.
 */
export const TEACHABLE_SITES = ['https://*/*', 'http://*/*'] as const;

export function allHostsFindings(manifest: unknown): string[] {
  return stringsIn(manifest)
    .filter(({ path, text }) => ALL_HOSTS.test(text) && !(/(?:^|\.)optional_host_permissions\[\d+\]$/.test(path) && (TEACHABLE_SITES as readonly string[]).includes(text)))
    .map(({ path, text }) => `${path} is ${text}: every site, never justified`);
}

/** Script sources a CSP may name: our own files and WebAssembly compilation; anything else loads or makes code. */
const LOCAL_SCRIPT_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);
const SCRIPT_DIRECTIVES = new Set(['script-src', 'script-src-elem', 'script-src-attr', 'worker-src', 'default-src']);

/** A content_security_policy (MV3 object, or an MV2 string) that allows remote scripts or eval. */
export function cspFindings(csp: AuditedManifest['content_security_policy']): string[] {
  if (csp === undefined) return [];
  const policies = typeof csp === 'string' ? { policy: csp } : csp;
  return Object.entries(policies).flatMap(([where, policy]) =>
    policy.split(';').flatMap((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [
        ...sources.filter((s) => s.toLowerCase() === "'unsafe-eval'").map(() => `content_security_policy.${where}: ${name} allows 'unsafe-eval'`),
        ...(SCRIPT_DIRECTIVES.has(name.toLowerCase()) ? sources : [])
          .filter((s) => !LOCAL_SCRIPT_SOURCES.has(s.toLowerCase()) && s.toLowerCase() !== "'unsafe-eval'")
          .map((s) => `content_security_policy.${where}: ${name} allows scripts from ${s}`),
      ];
    }),
  );
}

/** Remote code in a built file: an HTML script with an http(s) or protocol-relative src, or a JS import of a URL. */
export function remoteScriptFindings(file: string, text: string): string[] {
  const remote = /^\s*(?:https?:)?\/\//i;
  if (file.endsWith('.html')) {
    return [...text.matchAll(/<script\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)]
      .filter((m) => remote.test(m[1]!))
      .map((m) => `${file} loads a remote script: ${m[1]}`);
  }
  if (file.endsWith('.js')) {
    return [...text.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*|\bimportScripts\s*\(\s*)["'`]((?:https?:)?\/\/[^"'`]+)["'`]/g)].map(
      (m) => `${file} imports remote code: ${m[1]}`,
    );
  }
  return [];
}
