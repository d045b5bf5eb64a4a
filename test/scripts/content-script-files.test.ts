/**
 * The build's list of content scripts and the modules it builds them from (vite.config.ts) against what names
 * them: the adapter registry (each adapter's capture script is derived from it), manifest.json (the scripts that
 * serve no adapter), the background's taught-site script paths, and the modules on disk.
 */
import { CE_PORTAL_FILL_SCRIPT } from '../../src/background/ce-portal-actions';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/capture/adapter';
import { TAUGHT_READER_SCRIPT, TAUGHT_SITE_SCRIPT } from '../../src/background/taught-script-files';
import { PAGE_REPORT_SCRIPT } from '../../src/background/page-report';
import { adapters } from '../../src/capture/adapters/index';
import { CE_PORTAL_MATCHES, LEARNING_SITES } from 'recert:content-sites';
import {
  CONTENT_SITES_MODULE,
  RUNTIME_SCRIPTS,
  captureContentScripts,
  contentScriptFiles,
  contentScriptSource,
  contentSites,
  contentSitesModule,
  loadAdapterRegistry,
  manifestContentScripts,
  manifestFor,
  type AdapterRegistry,
} from '../../vite.config';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const ownManifest = JSON.parse(readFileSync(repo('manifest.json'), 'utf8')) as { content_scripts: Array<{ matches: string[]; js: string[]; run_at: string }> };

/** A portal the registry does not have: what one more line in src/capture/adapters/index.ts hands the build. */
const NEW_PORTAL = { id: 'example-academy', label: 'Example Academy', matches: ['https://academy.example.org/courses/*'] } as const;

describe('the version', () => {
  it('has one home, package.json: manifest.json has none, and both browsers\' manifests take package.json\'s', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'))).not.toHaveProperty('version');
    for (const browser of ['chrome', 'firefox'] as const) expect((manifestFor(browser, adapters) as { version?: string }).version).toBe(version);
  });
});

describe('content scripts the build makes', () => {
  it('are the files the background registers and injects, at the paths it names', () => {
    expect([...RUNTIME_SCRIPTS].sort()).toEqual([TAUGHT_READER_SCRIPT, TAUGHT_SITE_SCRIPT, CE_PORTAL_FILL_SCRIPT, PAGE_REPORT_SCRIPT].map((path) => path.replace(/^\//, '')).sort());
  });

  it('include one capture script per adapter, and the CE portal script', () => {
    const files = contentScriptFiles(adapters);
    for (const adapter of adapters) expect(files).toContain(`content/capture/${adapter.id}.js`);
    expect(files).toContain('content/ce-portal.js');
  });

  it('are each written to a file of their own', () => {
    const files = contentScriptFiles(adapters);
    expect(files.filter((file, i) => files.indexOf(file) !== i)).toEqual([]);
  });

  it.each(contentScriptFiles(adapters))('%s is built from modules that exist', (file) => {
    const { entry, alias } = contentScriptSource(file);
    expect(existsSync(repo(entry)), entry).toBe(true);
    for (const target of Object.values(alias)) expect(existsSync(target), target).toBe(true);
  });

  it("builds a capture script with its own adapter's module only", () => {
    expect(contentScriptSource('content/capture/coursera.js')).toEqual({ entry: 'src/content/capture-entry.ts', alias: { 'recert:adapter': repo('src/capture/adapters/coursera.ts') } });
  });
});

describe('the capture scripts the manifest declares, derived from the adapter registry', () => {
  const captureScripts = captureContentScripts(adapters);

  it('are one per adapter, in registry order, each once the page is idle', () => {
    expect(captureScripts.map((script) => script.js)).toEqual(adapters.map((adapter) => [`content/capture/${adapter.id}.js`]));
    for (const script of captureScripts) expect(script.run_at).toBe('document_idle');
  });

  it.each(captureScripts.map((script, i) => [script.js[0]!, script, adapters[i]!] as const))(
    '%s runs exactly where its adapter serves, and is built with that adapter',
    async (file, script, adapter) => {
      expect(script.matches).toEqual([...adapter.matches]);
      const built = (await import(contentScriptSource(file).alias['recert:adapter']!)) as { default: Adapter };
      expect(built.default.id).toBe(adapter.id);
      expect([...built.default.matches]).toEqual(script.matches);
    },
  );

  it('come first, then the scripts manifest.json declares itself, which are no capture script', () => {
    expect(manifestContentScripts(adapters)).toEqual([...captureScripts, ...ownManifest.content_scripts]);
    expect(ownManifest.content_scripts.flatMap((script) => script.js).filter((js) => js.startsWith('content/capture/'))).toEqual([]);
  });

  it('are what the Chrome and the Firefox manifest declare', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(browser, adapters) as { content_scripts?: unknown };
      expect(manifest.content_scripts, browser).toEqual(manifestContentScripts(adapters));
    }
  });

  it('come from the registry the extension runs (src/capture/adapters/index.ts), loaded as the build loads it', async () => {
    const registry = await loadAdapterRegistry();
    expect(registry.map(({ id, matches }) => [id, [...matches]])).toEqual(adapters.map(({ id, matches }) => [id, [...matches]]));
  });

  it('follow a new adapter with nothing but its line in the registry', () => {
    const registry: AdapterRegistry = [...adapters, NEW_PORTAL];
    const file = `content/capture/${NEW_PORTAL.id}.js` as const;
    expect(manifestContentScripts(registry)).toEqual([
      ...captureContentScripts(adapters),
      { matches: [...NEW_PORTAL.matches], js: [file], run_at: 'document_idle' },
      ...ownManifest.content_scripts,
    ]);
    expect(contentScriptFiles(registry)).toContain(file);
    expect(contentScriptSource(file).alias).toEqual({ 'recert:adapter': repo(`src/capture/adapters/${NEW_PORTAL.id}.ts`) });
  });
});

describe('the sites the extension pages name (recert:content-sites)', () => {
  it("are the registry's learning sites, each with its id, label and patterns, in registry order", () => {
    expect(contentSites(adapters).learningSites).toEqual(adapters.map(({ id, label, matches }) => ({ id, label, matches: [...matches] })));
  });

  it("and the CE portal's patterns, as manifest.json declares its script", () => {
    expect(contentSites(adapters).cePortalMatches).toEqual(ownManifest.content_scripts.flatMap((script) => script.matches));
    expect(contentSites(adapters).cePortalMatches).toEqual(['https://ce.cisco.com/*']);
  });

  it('name a site the registry gains, with no other change', () => {
    expect(contentSites([...adapters, NEW_PORTAL]).learningSites.at(-1)).toEqual({ id: NEW_PORTAL.id, label: NEW_PORTAL.label, matches: [...NEW_PORTAL.matches] });
  });

  it('reach the pages as data only: no adapter code in the module the build writes', async () => {
    const plugin = contentSitesModule(adapters);
    const resolve = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const id = resolve(CONTENT_SITES_MODULE)!;
    expect(id).toBeDefined();
    expect(resolve('./something-else')).toBeUndefined();
    const code = load(id)!;
    expect(code).not.toMatch(/\bfunction\b|=>|\bimport\b/);
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { LEARNING_SITES: unknown; CE_PORTAL_MATCHES: unknown };
    expect(module.LEARNING_SITES).toEqual(contentSites(adapters).learningSites);
    expect(module.CE_PORTAL_MATCHES).toEqual(['https://ce.cisco.com/*']);
  });

  it('are what the unit tests import, as the pages do', () => {
    expect(LEARNING_SITES).toEqual(contentSites(adapters).learningSites);
    expect(CE_PORTAL_MATCHES).toEqual(contentSites(adapters).cePortalMatches);
  });
});
