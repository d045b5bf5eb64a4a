/**
 * npm run build: one manifest.json, two targets. Builds dist/chrome and dist/firefox with vite, zips each,
 * then prints every entry's gzipped size (with what it imports) and fails when a budget is broken:
 * content scripts under 12 KB gzipped with no zod or Preact in them, the popup under 30 KB.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { zipDirectory } from './release-zip.mjs';
import { BUDGETS, DOCUMENTED_OVER, FORBIDDEN_IN_CONTENT, KB, bundleEntries, measureBundle } from './bundle-sizes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// A release build whatever the shell or a test runner exported: vite takes NODE_ENV from the environment, and with
// anything but production the readers rethrow their errors (import.meta.env.DEV) and the bytes differ from a release's.
process.env.NODE_ENV = 'production';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

async function buildTarget(browser) {
  await build({ root, configFile: join(root, 'vite.config.ts'), mode: browser, logLevel: 'warn' });
  const dist = join(root, 'dist', browser);
  const entries = bundleEntries(dist);
  const problems = [];
  console.log(`\n${browser}: dist/${browser}`);
  for (const entry of entries) {
    const { gzip, code } = measureBundle(dist, entry.files);
    const budget = BUDGETS[entry.kind];
    console.log(`  ${entry.name.padEnd(48)} ${(gzip / KB).toFixed(1).padStart(6)} KB gzipped${budget ? ` (budget ${budget / KB} KB)` : ''}`);
    const documented = DOCUMENTED_OVER.find((d) => d.name.test(entry.name));
    if (documented && gzip <= budget) problems.push(`${entry.name} fits its budget again: remove it from DOCUMENTED_OVER and the README`);
    else if (documented && gzip > documented.ceiling) problems.push(`${entry.name} is ${(gzip / KB).toFixed(1)} KB gzipped, over even its documented ceiling of ${documented.ceiling / KB} KB`);
    else if (documented) console.log(`    OVER its ${budget / KB} KB budget, as the README says: ${documented.reason}`);
    else if (budget && gzip > budget) problems.push(`${entry.name} is ${(gzip / KB).toFixed(1)} KB gzipped, over its ${budget / KB} KB budget`);
    if (entry.kind === 'content') {
      for (const [lib, marker] of Object.entries(FORBIDDEN_IN_CONTENT)) {
        if (marker.test(code)) problems.push(`${entry.name} bundles ${lib}; content scripts must not`);
      }
    }
  }
  const zip = join(root, 'dist', `recert-companion-${browser}-${version}.zip`);
  zipDirectory(dist, zip);
  console.log(`  zip: ${relative(root, zip)} (${(statSync(zip).size / KB).toFixed(1)} KB)`);
  return problems;
}

const problems = [];
for (const browser of ['chrome', 'firefox']) problems.push(...(await buildTarget(browser)));
if (problems.length > 0) {
  console.error(`\nBuild budgets broken:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
