import { build, defineConfig, runnerImport, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import baseManifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import type { Adapter } from './src/capture/adapter';

export type TargetBrowser = 'chrome' | 'firefox';

/**
 * Firefox's add-on id, and the oldest version that knows every key the manifest uses: data_collection_permissions
 * came in Firefox 140 (an ESR). The e2e runs Debian's current firefox-esr.
 */
export const GECKO_ID = 'recert-companion@recert-companion.app';
const GECKO_MIN_VERSION = '140.0';
/**
 * Firefox for Android: 142 is the first to know data_collection_permissions. The popup and every dashboard section
 * are held to a phone's width by the e2e (400 px), and the background uses what Android lacks (context menus,
 * commands, windows) only where it exists (test/background/android.test.ts).
 */
const GECKO_ANDROID_MIN_VERSION = '142.0';

/**
 * One manifest.json in the repo; each browser gets the variant it understands, with every content script it ships
 * (manifest.json declares only those that are not a learning site's capture script: see manifestContentScripts).
 */
export function manifestFor(browser: TargetBrowser, registry: AdapterRegistry): ManifestV3Export {
  const { background, minimum_chrome_version: minimumChromeVersion, ...rest } = baseManifest;
  // The version has one home, package.json: the store zips, the manifest and the change notes all read it there.
  const common = { ...rest, version: packageJson.version, content_scripts: manifestContentScripts(registry) };
  if (browser === 'chrome') return { ...common, minimum_chrome_version: minimumChromeVersion, background };
  return {
    ...common,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Everything stays in the browser: the extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  } as unknown as ManifestV3Export;
}

/** The repository: the builds started from here read their entries and write their output relative to it. */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** What the build needs of each adapter: its id, which names its capture script, where that script runs, and its label for the pages. */
export type AdapterRegistry = readonly Pick<Adapter, 'id' | 'label' | 'matches'>[];

/** The one list of the learning sites the extension captures on: one line per adapter. */
const ADAPTER_REGISTRY_MODULE = 'src/capture/adapters/index.ts';

/**
 * The adapter registry, loaded through vite's module runner when the build starts. Imported statically, the
 * adapters' source would be bundled into this config, and vite would warn on every build about each of its
 * extensionless imports, which the native config loader it plans to make the default cannot follow.
 */
export async function loadAdapterRegistry(): Promise<AdapterRegistry> {
  const { module } = await runnerImport<{ adapters: AdapterRegistry }>(`${ROOT}${ADAPTER_REGISTRY_MODULE}`);
  return module.adapters;
}

/** What an extension page may know of the sites the extension reads on its own: names and addresses, no reading code. */
export interface ContentSites {
  /** The learning sites, one per adapter in registry order: the adapter's id, its label and its match patterns. */
  learningSites: Array<{ id: string; label: string; matches: string[] }>;
  /** Where the CE portal's script runs (manifest.json's own content scripts). */
  cePortalMatches: string[];
}

/** The module an extension page imports to name the sites the extension reads (see contentSitesModule). */
export const CONTENT_SITES_MODULE = 'recert:content-sites';

/** The sites the shipped manifest declares content scripts on, as data: taken from the registry and manifest.json. */
export function contentSites(registry: AdapterRegistry): ContentSites {
  return {
    learningSites: registry.map(({ id, label, matches }) => ({ id, label, matches: [...matches] })),
    cePortalMatches: (baseManifest.content_scripts as ManifestContentScript[]).flatMap((script) => script.matches),
  };
}

/**
 * `recert:content-sites` for the extension's pages (the welcome page lists the sites and checks their permissions):
 * the registry's ids, labels and patterns written into the page's bundle as data. Importing the registry itself would
 * bring every adapter's reading code into the page just for its labels.
 */
export function contentSitesModule(registry: AdapterRegistry): Plugin {
  const resolved = `\0${CONTENT_SITES_MODULE}`;
  const { learningSites, cePortalMatches } = contentSites(registry);
  return {
    name: 'recert:content-sites',
    resolveId: (id) => (id === CONTENT_SITES_MODULE ? resolved : undefined),
    load: (id) =>
      id === resolved
        ? `export const LEARNING_SITES = ${JSON.stringify(learningSites)};\nexport const CE_PORTAL_MATCHES = ${JSON.stringify(cePortalMatches)};\n`
        : undefined,
  };
}

/** Where a content script is written, from the extension's root: the shipped manifest names them by these paths. */
type ContentScriptFile = `content/${string}.js`;

/** A content script as the shipped manifest declares it. */
export interface ManifestContentScript {
  matches: string[];
  js: ContentScriptFile[];
  run_at: string;
}

/**
 * Content scripts the background registers or injects at run time: the taught sites' (src/background/taught-script-files.ts
 * names them by these paths), the CE portal's filler (CE_PORTAL_FILL_SCRIPT in src/background/ce-portal-actions.ts) and the
 * page report's reader (PAGE_REPORT_SCRIPT in src/background/page-report.ts), injected on the user's click. The ones the manifest declares are manifestContentScripts().
 */
export const RUNTIME_SCRIPTS: readonly ContentScriptFile[] = ['content/taught-site.js', 'content/taught-reader.js', 'content/ce-portal-fill.js', 'content/page-report.js'];

/** A learning site's capture script: the capture module with that site's adapter, and nothing else of ours. */
const CAPTURE_SCRIPT = /^content\/capture\/([a-z0-9-]+)\.js$/;

/**
 * Each adapter's capture script, on exactly the adapter's matches: the adapter registry is the one list of learning sites,
 * so a new adapter is its file plus its line in src/capture/adapters/index.ts, and no manifest entry to keep in step.
 */
export function captureContentScripts(registry: AdapterRegistry): ManifestContentScript[] {
  return registry.map(({ id, matches }) => ({ matches: [...matches], js: [`content/capture/${id}.js`], run_at: 'document_idle' }));
}

/**
 * The content scripts the shipped manifest declares: the adapters' capture scripts in registry order, then the ones
 * manifest.json declares itself (the CE portal's, which serves no adapter).
 */
export function manifestContentScripts(registry: AdapterRegistry): ManifestContentScript[] {
  return [...captureContentScripts(registry), ...(baseManifest.content_scripts as ManifestContentScript[])];
}

/** Every content script, each built as one classic, self-contained file (see buildContentScripts). */
export function contentScriptFiles(registry: AdapterRegistry): ContentScriptFile[] {
  return [...manifestContentScripts(registry).flatMap((script) => script.js), ...RUNTIME_SCRIPTS];
}

/** The module a content script is built from: content/x.js from src/content/x.ts, a capture script from its adapter. */
export function contentScriptSource(file: ContentScriptFile): { entry: string; alias: Record<string, string> } {
  const adapter = CAPTURE_SCRIPT.exec(file)?.[1];
  if (adapter) return { entry: 'src/content/capture-entry.ts', alias: { 'recert:adapter': `${ROOT}src/capture/adapters/${adapter}.ts` } };
  return { entry: `src/${file.replace(/\.js$/, '.ts')}`, alias: {} };
}

/**
 * Every content script as one classic, self-contained file: no loader, no dynamic import, no shared chunk and so no
 * web_accessible_resources, which would let any page there fetch our files to learn the extension is installed. Each
 * is built apart from the extension, and from the others.
 */
async function buildContentScripts(outDir: string, target: string, registry: AdapterRegistry): Promise<void> {
  for (const file of contentScriptFiles(registry)) {
    const { entry, alias } = contentScriptSource(file);
    await build({
      configFile: false,
      root: ROOT,
      publicDir: false,
      logLevel: 'warn',
      resolve: { alias },
      build: { outDir, emptyOutDir: false, target, minify: true, sourcemap: false, lib: { entry, formats: ['iife'], name: 'recertCompanion', fileName: () => file } },
    });
  }
}

/** The popup's page, built on its own (see buildPopup). */
const POPUP_PAGE = baseManifest.action.default_popup;

/**
 * The popup as one module and one stylesheet: built on its own, with nothing shared with the other pages, so the
 * browser fetches two files before the first frame instead of a dozen modules several imports deep (each costs a
 * round trip through the extension's file loader, and the popup opens cold on every click). Writing the stylesheet
 * into the page instead was measured slower: the page was parsed 19-29 ms later and painted 8-20 ms later.
 */
async function buildPopup(outDir: string, target: string): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    plugins: [preact()],
    build: { outDir, emptyOutDir: false, target, sourcemap: false, modulePreload: false, assetsDir: 'popup', rollupOptions: { input: { popup: POPUP_PAGE } } },
  });
}

/** What crxjs builds: the manifest without the content scripts and the popup, which are built apart. */
function withoutBuiltApart(manifest: ManifestV3Export): ManifestV3Export {
  const { action, ...rest } = manifest as Exclude<ManifestV3Export, (...args: never[]) => unknown> & { action?: Record<string, unknown> };
  const { default_popup: _popup, ...actionWithoutPopup } = action ?? {};
  return { ...rest, action: actionWithoutPopup, content_scripts: [] } as ManifestV3Export;
}

/**
 * After crxjs has built the rest: the content scripts and the popup, each built apart, then the manifest the
 * extension ships gets back what crxjs never saw. One after the other (bundle-closing hooks run side by side).
 */
function builtApart(outDir: string, target: string, registry: AdapterRegistry): Plugin {
  return {
    name: 'recert:built-apart',
    apply: 'build',
    async closeBundle() {
      await buildContentScripts(outDir, target, registry);
      await buildPopup(outDir, target);
      const manifestFile = `${outDir}/manifest.json`;
      const shipped = JSON.parse(readFileSync(manifestFile, 'utf8')) as { action?: Record<string, unknown> };
      const manifest = { ...shipped, action: { ...shipped.action, default_popup: POPUP_PAGE }, content_scripts: manifestContentScripts(registry) };
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

/**
 * Vite wraps every dynamic import in a helper that preloads the imported chunk's CSS and modules, and keeps the
 * wrapper with modulePreload off. Nothing here lazily loads CSS (checked below: the build fails if a chunk loaded
 * on demand brings any), so the wrapper does nothing but cost every page that loads code on demand (the dashboard,
 * the confirmation form) its 0.9 KB helper: each call becomes the plain import() it wraps (the helper's file is
 * still emitted, imported by nobody).
 */
function plainDynamicImports(): Plugin {
  return {
    name: 'recert:plain-dynamic-imports',
    apply: 'build',
    enforce: 'post',
    renderChunk: {
      order: 'post',
      handler(code) {
        if (!code.includes('__vitePreload(')) return null;
        const plain = code
          // import('./x').then(…) and, for destructured imports, an async function that awaits the import.
          .replace(/__vitePreload\(\(\) => ([\s\S]*?), __VITE_PRELOAD__\)/g, '$1')
          .replace(/__vitePreload\(async \(\) => (\{[\s\S]*?\}), __VITE_PRELOAD__\)/g, '(async () => $1)()');
        // The helper's import goes only once no call is left: a call of another shape keeps it, and works.
        return plain.includes('__vitePreload(') ? plain : plain.replace(/import \{ \w+ as __vitePreload \} from "[^"]+";\n?/, '');
      },
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const css = chunk.type === 'chunk' ? (chunk as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss : undefined;
        if (chunk.type === 'chunk' && chunk.isDynamicEntry && css && css.size > 0) {
          this.error(`${chunk.fileName} is loaded on demand and brings CSS, which plain dynamic imports do not load`);
        }
      }
    },
  };
}

export default defineConfig(async ({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = `dist/${browser}`;
  const target = browser === 'firefox' ? 'firefox140' : 'chrome120';
  const registry = await loadAdapterRegistry();
  return {
    plugins: [
      preact(),
      contentSitesModule(registry),
      crx({ manifest: withoutBuiltApart(manifestFor(browser, registry)), browser }),
      plainDynamicImports(),
      builtApart(outDir, target, registry),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target,
      sourcemap: false,
      // Everything is read from the extension's own files: preloading a lazy chunk's imports saves nothing, and its
      // helper would cost every page ~0.9 KB.
      modulePreload: false,
      rollupOptions: {
        input: { welcome: 'src/ui/welcome/index.html', confirm: 'src/ui/confirm/index.html', fillChooser: 'src/ui/fill-chooser/index.html', report: 'src/ui/report/index.html' },
      },
    },
  };
});
