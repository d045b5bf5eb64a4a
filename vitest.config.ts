import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { runnerImport } from 'vite';
import preact from '@preact/preset-vite';
import type * as BuildConfig from './vite.config';

/** vite.config.ts, loaded as it loads the adapter registry (through vite's module runner; see loadAdapterRegistry there). */
async function buildConfig() {
  const { module } = await runnerImport<typeof BuildConfig>(fileURLToPath(new URL('./vite.config.ts', import.meta.url)));
  return module;
}

export default defineConfig(async () => {
  const { contentSitesModule, loadAdapterRegistry } = await buildConfig();
  return {
    // The pages' `recert:content-sites` as the build writes it, so unit tests render what the extension ships.
    plugins: [preact(), contentSitesModule(await loadAdapterRegistry())],
    test: {
      include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      environment: 'node',
      setupFiles: ['test/setup.ts'],
    },
  };
});
