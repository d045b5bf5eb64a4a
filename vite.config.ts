import { defineConfig } from 'vite';
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

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(browser), browser })],
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
