/**
 * The store listing (store/listing/): one Markdown file per language the extension ships, and the dashboards'
 * privacy answers. Held to the stores' limits, to the manifests the build makes (every permission justified, in
 * every language) and to the adapter registry (the learning sites listed are exactly the ones the code serves), so
 * the listing cannot fall behind the code. The checks are pure functions over text, each shown failing on a doctored
 * listing as well as passing on the real one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapters } from '../src/capture/adapters/index';
import { manifestFor, type AdapterRegistry } from '../vite.config';

const repo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const LISTING_DIR = 'store/listing';
const PRIVACY_FILE = 'privacy-practices.md';

/** Chrome Web Store: the summary (the manifest's description) 132 characters, the description 16,000. AMO's summary 250. */
const LIMITS = { summary: 132, amoSummary: 250, description: 16_000 } as const;
const FIELDS = ['Name', 'Summary', 'Description'] as const;

type Sections = Map<string, string>;

/** `## Heading` sections of a Markdown file, each with its text trimmed (the text before the first heading is left out). */
export function sections(markdown: string): Sections {
  const out: Sections = new Map();
  const parts = markdown.split(/^## (.+)$/m);
  for (let i = 1; i < parts.length; i += 2) out.set(parts[i]!.trim(), (parts[i + 1] ?? '').trim());
  return out;
}

/** Characters as a store counts them: code points, so a Japanese character is one. */
const length = (text: string) => [...text].length;

/** Where an adapter's capture script runs, as the listing writes it: host, and the path when there is one. */
export function siteOf(match: string): string {
  const url = new URL(match.replace(/\*$/, ''));
  return `${url.hostname}${url.pathname.replace(/\/$/, '')}`;
}

/** The listing's learning-site lines: "• <label> — <host[/path]>", every such line of the description. */
const SITE_LINE = /^• (.+?) — ([a-z0-9.-]+\.[a-z]{2,}(?:\/[^\s]*)?)$/;

export function listedSites(description: string): string[] {
  return description
    .split('\n')
    .map((line) => SITE_LINE.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]} — ${m[2]}`);
}

/** The registry as the listing must list it: one line per adapter and pattern, in registry order. */
export function expectedSites(registry: readonly { label: string; matches: readonly string[] }[]): string[] {
  return registry.flatMap((adapter) => adapter.matches.map((match) => `${adapter.label} — ${siteOf(match)}`));
}

interface BuiltManifest {
  permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
}

/** What the two built manifests ask for (manifest.json through vite.config.ts's manifestFor). */
export function askedFor(registry: AdapterRegistry): { permissions: string[]; contentHosts: string[]; optionalHosts: string[] } {
  const manifests = (['chrome', 'firefox'] as const).map((browser) => manifestFor(browser, registry) as unknown as BuiltManifest);
  const unique = (values: string[]) => [...new Set(values)];
  return {
    permissions: unique(manifests.flatMap((m) => m.permissions ?? [])),
    contentHosts: unique(manifests.flatMap((m) => (m.content_scripts ?? []).flatMap((s) => s.matches.map(siteOf)))),
    optionalHosts: unique(manifests.flatMap((m) => m.optional_host_permissions ?? [])),
  };
}

/** A description's permission lines, "• <permission>:" (or the full-width colon Japanese writes). */
export function explainedPermissions(description: string): string[] {
  return description
    .split('\n')
    .map((line) => /^• ([a-zA-Z]+)\s?[:：]/.exec(line.trim())?.[1])
    .filter((p): p is string => p !== undefined);
}

/** Claims no listing may make: that it reaches every site, that it never touches the network, or promises nobody can keep. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/\b(?:all|every|any) (?:web ?)?(?:sites?|pages?|websites?)\b/i, 'reads every site'],
  [/<all_urls>/, 'reads every site'],
  [/\balle (?:Web)?(?:seiten|sites|websites)\b|\bjede (?:Web)?(?:seite|site)\b(?! nur)/i, 'reads every site (de)'],
  [/\btodos? los (?:sitios|páginas)\b|\btodas las (?:webs|páginas)\b/i, 'reads every site (es)'],
  [/\btous les sites\b|\btoutes les pages\b/i, 'reads every site (fr)'],
  [/(?:すべて|全て|あらゆる)の(?:ウェブ)?(?:サイト|ページ)/, 'reads every site (ja)'],
  [/\bno network\b|\bnever connects\b|\boffline only\b/i, 'never touches the network (the certificate PDF is fetched)'],
  [/100 ?%|\bguarantee/i, 'a promise'],
  [/\bofficial (?:Cisco|CompTIA|ISC2|ISACA|PMI) (?:extension|app|tool)\b/i, 'claims to be official'],
];

export function forbiddenClaims(text: string): string[] {
  return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(([pattern, what]) => `${what}: ${pattern.exec(text)![0]}`);
}

/** The problems of one language's listing, given its messages.json, the registry and the manifests' asks. */
export function listingProblems(
  lang: string,
  markdown: string,
  messages: Record<string, { message: string }>,
  registry: readonly { label: string; matches: readonly string[] }[],
  asked: ReturnType<typeof askedFor>,
): string[] {
  const problems: string[] = [];
  const fields = sections(markdown);
  for (const field of FIELDS) if (!fields.get(field)) problems.push(`${lang}: no ${field}`);
  const name = fields.get('Name') ?? '';
  const summary = fields.get('Summary') ?? '';
  const description = fields.get('Description') ?? '';
  if (name !== messages.extName?.message) problems.push(`${lang}: the Name is not the manifest's (${messages.extName?.message})`);
  // Chrome shows the manifest's description as the summary: the listing's must be it, word for word.
  if (summary !== messages.extDescription?.message) problems.push(`${lang}: the Summary is not extDescription in messages.json`);
  if (length(summary) > LIMITS.summary) problems.push(`${lang}: the Summary has ${length(summary)} characters, over Chrome's ${LIMITS.summary}`);
  if (length(summary) > LIMITS.amoSummary) problems.push(`${lang}: the Summary is over AMO's ${LIMITS.amoSummary}`);
  if (length(description) > LIMITS.description) problems.push(`${lang}: the Description is over Chrome's ${LIMITS.description}`);

  const sites = listedSites(description);
  const expected = expectedSites(registry);
  if (sites.join('\n') !== expected.join('\n')) {
    problems.push(`${lang}: the learning sites listed are not the adapter registry's.\n  listed:   ${sites.join(' | ')}\n  registry: ${expected.join(' | ')}`);
  }
  const listedHosts = new Set(sites.map((line) => line.split(' — ')[1]));
  for (const host of asked.contentHosts) {
    if (!listedHosts.has(host) && !description.includes(host)) problems.push(`${lang}: the content scripts run on ${host}, which the Description never names`);
  }
  const explained = explainedPermissions(description);
  for (const permission of asked.permissions) if (!explained.includes(permission)) problems.push(`${lang}: no "• ${permission}:" line says what the permission is for`);
  for (const permission of explained) if (!asked.permissions.includes(permission)) problems.push(`${lang}: explains ${permission}, which no manifest asks for`);
  if (asked.optionalHosts.length > 0 && !/^• .*(?:optional|optionale?|opcional|facultatif|任意)/im.test(description)) {
    problems.push(`${lang}: the optional host permissions are not explained`);
  }
  // The same words as the extension itself: the popup's button and the context menu's entries, as messages.json says them.
  for (const key of ['capturePage', 'menuSavePage', 'menuSelectionAsCode']) {
    const words = messages[key]?.message;
    if (!words || !description.includes(words)) problems.push(`${lang}: the Description does not call ${key} what the extension does ("${words}")`);
  }
  for (const claim of forbiddenClaims(`${summary}\n${description}`)) problems.push(`${lang}: forbidden claim, ${claim}`);
  return problems;
}

/** The privacy answers' problems: a section for each permission asked for and for no other, the hosts named. */
export function privacyProblems(markdown: string, asked: ReturnType<typeof askedFor>): string[] {
  const problems: string[] = [];
  const fields = sections(markdown);
  for (const field of ['Category', 'Single purpose', 'Host permissions', 'Remote code', 'Data usage']) if (!fields.get(field)) problems.push(`no ${field}`);
  const justified = [...fields.keys()].filter((k) => k.startsWith('Permission: ')).map((k) => k.slice('Permission: '.length));
  for (const permission of asked.permissions) if (!fields.get(`Permission: ${permission}`)) problems.push(`no justification for ${permission}`);
  for (const permission of justified) if (!asked.permissions.includes(permission)) problems.push(`a justification for ${permission}, which no manifest asks for`);
  const hosts = (fields.get('Host permissions') ?? '').replace(/\s+/g, ' ');
  for (const host of [...asked.contentHosts, ...asked.optionalHosts]) if (!hosts.includes(host)) problems.push(`the host permissions never name ${host}`);
  for (const store of ['Chrome Web Store', 'Edge Add-ons', 'addons.mozilla.org']) if (!(fields.get('Category') ?? '').includes(store)) problems.push(`no category for ${store}`);
  for (const claim of forbiddenClaims(markdown)) problems.push(`forbidden claim, ${claim}`);
  return problems;
}

const locales = readdirSync(repo('public/_locales')).sort();
const listingFile = (lang: string) => readFileSync(repo(`${LISTING_DIR}/${lang}.md`), 'utf8');
const messagesOf = (lang: string) => JSON.parse(readFileSync(repo(`public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const asked = askedFor(adapters);

describe('the store listing', () => {
  it('has one file per language the extension ships, and no other', () => {
    const files = readdirSync(repo(LISTING_DIR)).filter((f) => f !== PRIVACY_FILE).sort();
    expect(locales).toEqual(['de', 'en', 'es', 'fr', 'ja']);
    expect(files).toEqual(locales.map((lang) => `${lang}.md`));
  });

  it.each(locales)('%s: every field, within the limits, the sites the code serves, every permission explained, no forbidden claim', (lang) => {
    expect(listingProblems(lang, listingFile(lang), messagesOf(lang), adapters, asked)).toEqual([]);
  });

  it('answers the privacy questions for every permission the built manifests ask for', () => {
    expect(asked.permissions.length).toBeGreaterThan(0);
    expect(privacyProblems(readFileSync(repo(`${LISTING_DIR}/${PRIVACY_FILE}`), 'utf8'), asked)).toEqual([]);
  });
});

describe('the listing checks fail when the listing falls behind', () => {
  const english = listingFile('en');
  const messages = messagesOf('en');

  it('on a learning site the registry gained, or one it lost', () => {
    const gained = [...adapters, { id: 'example-academy', label: 'Example Academy', matches: ['https://academy.example.org/*'] }];
    expect(listingProblems('en', english, messages, gained, askedFor(gained)).join('\n')).toMatch(/not the adapter registry's[\s\S]*Example Academy — academy\.example\.org/);
    const lost = adapters.filter((a) => a.id !== 'udemy');
    expect(listingProblems('en', english, messages, lost, askedFor(lost)).join('\n')).toMatch(/not the adapter registry's/);
  });

  it('on a permission the manifest gained, and on one explained that it no longer asks for', () => {
    const more = { ...asked, permissions: [...asked.permissions, 'downloads'] };
    expect(listingProblems('en', english, messages, adapters, more)).toContain('en: no "• downloads:" line says what the permission is for');
    expect(privacyProblems(readFileSync(repo(`${LISTING_DIR}/${PRIVACY_FILE}`), 'utf8'), more)).toContain('no justification for downloads');
    const fewer = { ...asked, permissions: asked.permissions.filter((p) => p !== 'contextMenus') };
    expect(listingProblems('en', english, messages, adapters, fewer)).toContain('en: explains contextMenus, which no manifest asks for');
  });

  it('on a summary over Chrome\'s limit, a field left out and a forbidden claim', () => {
    const long = 'x'.repeat(133);
    const doctored = english.replace(/## Summary\n\n.*\n/, `## Summary\n\n${long}\n`).replace(/## Name\n\nRecert Companion\n/, '');
    const problems = listingProblems('en', doctored, { ...messages, extDescription: { message: long } }, adapters, asked);
    expect(problems).toContain("en: the Summary has 133 characters, over Chrome's 132");
    expect(problems).toContain('en: no Name');
    expect(forbiddenClaims('Works on all websites you visit.')).toHaveLength(1);
    expect(forbiddenClaims('Funktioniert auf allen Websites und liest alle Seiten.')).toHaveLength(1);
    expect(forbiddenClaims('Lit tous les sites.')).toHaveLength(1);
    expect(forbiddenClaims('すべてのサイトを読み取ります')).toHaveLength(1);
    expect(forbiddenClaims('On any other site, nothing of the extension runs unless you ask it to.')).toEqual([]);
  });

  it('on a site line whose host is not where the adapter runs', () => {
    const moved = english.replace('• Udemy — www.udemy.com', '• Udemy — udemy.com');
    expect(listingProblems('en', moved, messages, adapters, asked).join('\n')).toMatch(/not the adapter registry's/);
  });
});
