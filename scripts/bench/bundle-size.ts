/**
 * Builds the extension (scripts/build.mjs, both targets, as `npm run build` does) and reports the gzipped size
 * of every Chrome bundle as a figure, measured by the build's own code (bundle-sizes.mjs) so the bench and the
 * build cannot disagree. Sizes have no baseline: nothing measured in the same run would make one mean more.
 * Bundles without a budget (the service worker, the dashboard) are reported for the record and always pass.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BUDGETS, DOCUMENTED_OVER, KB, bundleEntries, measureBundle, type BundleKind } from '../bundle-sizes.mjs';
import { InvalidMeasurement, documentedOverFigure, ruleFigure, timedFigure, type Figure } from './figures';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BUILD_SCRIPT = fileURLToPath(new URL('../build.mjs', import.meta.url));
const DIST_CHROME = fileURLToPath(new URL('../../dist/chrome/', import.meta.url));

/** A failed build leaves dist/ stale or half written: no figure from it can be trusted. */
export function buildExtension(): void {
  // The build's report goes to stderr with the table: stdout holds only the bench's JSON.
  const result = spawnSync(process.execPath, [BUILD_SCRIPT], { cwd: REPO, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) throw new InvalidMeasurement(`npm run build failed (exit ${String(result.status ?? result.signal)}): fix the build, then bench`);
}

const NO_BUDGET = 'no size budget (architecture.md sets none): reported for the record';
const budgetOf = (kind: BundleKind): number | undefined => (kind === 'content' || kind === 'popup' ? BUDGETS[kind] : undefined);

export function measureBundleSizes(): Figure[] {
  return bundleEntries(DIST_CHROME).map((entry) => {
    const { gzip } = measureBundle(DIST_CHROME, entry.files);
    // Content scripts are named by their surface (content/capture/<adapter>.js), pages by their page: no hash to strip.
    const fields = { id: `size.${entry.name.replace(/[^\w.]+/g, '-')}`, label: `gzipped: ${entry.name}`, value: gzip / KB, unit: 'KB' as const, detail: { bytes: gzip, files: entry.files } };
    const budget = budgetOf(entry.kind);
    const documented = DOCUMENTED_OVER.find((d) => d.name.test(entry.name));
    if (budget === undefined) return ruleFigure(fields, NO_BUDGET, true, 'none');
    if (documented) return documentedOverFigure(fields, budget / KB, documented.ceiling / KB, documented.reason);
    return timedFigure(fields, budget / KB);
  });
}
