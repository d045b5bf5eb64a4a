/**
 * The CE portal's dashboard reader (src/capture/ce-portal/dashboard.ts) built as one classic script that defines
 * `portalReader` (with readCePortalDashboard), to run in a real browser's page: the accuracy script and the
 * end-to-end test of the blind dashboards read pages with the same code the content script carries.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function dashboardReaderScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      target: 'chrome120',
      lib: { entry: join(ROOT, 'src/capture/ce-portal/dashboard.ts'), formats: ['iife'], name: 'portalReader', fileName: () => 'reader.js' },
    },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error('the dashboard reader did not build');
  return chunk.code;
}
