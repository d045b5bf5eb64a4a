/**
 * The figures that need the built extension in Chromium: what its content script adds to page loads, and the
 * popup's first render. One browser with the extension and one without, both kept open for the whole run so
 * that their startup is never timed, and closed whatever happens.
 */
import { launchWithExtension, launchWithoutExtension, servePages, type BenchBrowser, type ExtensionBrowser } from './extension-browser';
import type { Figure } from './figures';
import { loadCostPages, measureLoadCost } from './page-load-cost';
import { measurePopupRender } from './popup-render';

export async function measureInExtension(runs: number): Promise<Figure[]> {
  let withExtension: ExtensionBrowser | undefined;
  let without: BenchBrowser | undefined;
  try {
    withExtension = await launchWithExtension();
    without = await launchWithoutExtension();
    const { pages } = loadCostPages();
    await servePages(withExtension.context, pages);
    await servePages(without.context, pages);
    const loadCost = await measureLoadCost(withExtension, without, runs);
    // After the page loads, whose captures it replaces: the popup bench seeds the database afresh.
    const popup = await measurePopupRender(withExtension, runs);
    return [...loadCost, popup];
  } finally {
    await without?.close();
    await withExtension?.close();
  }
}
