import { build, defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import baseManifest from './manifest.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

/** Firefox's add-on id and the oldest version whose MV3 support we test against (ESR). */
export const GECKO_ID = 'recert-companion@recert-companion.app';
const GECKO_MIN_VERSION = '128.0';

/** One manifest.json in the repo; each browser gets the variant it understands. */
export function manifestFor(browser: TargetBrowser): ManifestV3Export {
  const { background, minimum_chrome_version: minimumChromeVersion, ...common } = baseManifest;
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
    },
  } as unknown as ManifestV3Export;
}

/**
 * Content scripts the background registers or injects at run time (taught sites), each built as one classic,
 * self-contained file at the path the background names (src/background/taught-script-files.ts). Built apart from
 * the extension so that they share no chunk with the portals' scripts, whose loading they would otherwise split.
 */
export const CLASSIC_SCRIPTS = [
  { entry: 'src/content/taught-site.ts', file: 'content/taught-site.js' },
  { entry: 'src/content/taught-reader.ts', file: 'content/taught-reader.js' },
] as const;

function classicScripts(outDir: string, target: string): Plugin {
  return {
    name: 'recert:classic-scripts',
    apply: 'build',
    async closeBundle() {
      for (const { entry, file } of CLASSIC_SCRIPTS) {
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir,
            emptyOutDir: false,
            target,
            minify: true,
            sourcemap: false,
            lib: { entry, formats: ['iife'], name: 'recertCompanion', fileName: () => file },
          },
        });
      }
    },
  };
}

/**
 * Vite wraps every dynamic import in a helper that preloads the imported chunk's CSS and modules, and keeps the
 * wrapper with modulePreload off. Nothing here lazily loads CSS (checked below: the build fails if a chunk loaded
 * on demand brings any), so the wrapper does nothing but cost every content script and page its 0.9 KB helper:
 * each call becomes the plain import() it wraps (the helper's file is still emitted, imported by nobody).
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

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(browser), browser }), plainDynamicImports(), classicScripts(`dist/${browser}`, browser === 'firefox' ? 'firefox128' : 'chrome120')],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      sourcemap: false,
      // Everything is read from the extension's own files: preloading a lazy chunk's imports saves nothing, and its
      // helper would cost every content script and page ~0.9 KB.
      modulePreload: false,
      rollupOptions: {
        input: { welcome: 'src/ui/welcome/index.html', confirm: 'src/ui/confirm/index.html', fillChooser: 'src/ui/fill-chooser/index.html' },
        output: {
          // Every adapter and the portal's page reader load these two together; left alone, the bundler splits them
          // in two because the confirmation page's reader shares only one, and each file costs a content script its
          // own headers and names.
          codeSplitting: {
            groups: [
              // Dates stay apart: the form filler needs them without the page readers.
              { name: 'dates', test: /src[\\/]domain[\\/]dates\.ts$/, priority: 2 },
              { name: 'adapter-helpers', test: /src[\\/]capture[\\/](dom|adapter-helpers)\.ts$/, priority: 1 },
            ],
          },
        },
      },
    },
  };
});
