import { build, defineConfig, type Plugin, type Rollup } from 'vite';
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
 * The manual-capture script is injected with scripting.executeScript({ files }), which runs classic scripts: it
 * is built on its own as one self-contained IIFE (its adapters inlined) and emitted at a fixed path, which the
 * background names through MANUAL_CAPTURE_FILE (src/capture/page-scan.ts; a test holds the two to each other).
 */
const MANUAL_CAPTURE_FILE = 'manual-capture.js';
function manualCaptureScript(target: string): Plugin {
  return {
    name: 'recert-manual-capture-script',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          write: false,
          target,
          minify: true,
          sourcemap: false,
          emptyOutDir: false,
          lib: { entry: 'src/content/manual-capture.ts', formats: ['iife'], name: 'recertManualCapture', fileName: () => MANUAL_CAPTURE_FILE },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!chunk) throw new Error('The manual-capture script was not built');
      this.emitFile({ type: 'asset', fileName: MANUAL_CAPTURE_FILE, source: chunk.code });
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(browser), browser }), manualCaptureScript(browser === 'firefox' ? 'firefox128' : 'chrome120')],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      sourcemap: false,
      // Everything is read from the extension's own files: preloading a lazy chunk's imports saves nothing, and its
      // helper would cost every content script and page ~0.9 KB.
      modulePreload: false,
      rollupOptions: {
        input: { welcome: 'src/ui/welcome/index.html', confirm: 'src/ui/confirm/index.html' },
      },
    },
  };
});
