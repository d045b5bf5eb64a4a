/**
 * The figures that need the built extension in Chromium: what its content scripts add to page loads, and the popup's
 * first render, each warm and cold. The local page server, a browser with the extension and one with the floor
 * extension are kept up for the whole run so that their startup is never timed, and closed whatever happens.
 */
import { launchFloorExtension, launchWithExtension, type ExtensionBrowser } from './extension-browser';
import type { Figure } from './figures';
import { loadCostPages, measureLoadCost } from './page-load-cost';
import { servePages, type PageServer } from './page-server';
import { measurePopupRender } from './popup-render';

export async function measureInExtension(runs: number): Promise<Figure[]> {
  let server: PageServer | undefined;
  let ours: ExtensionBrowser | undefined;
  let floor: ExtensionBrowser | undefined;
  try {
    server = await servePages(loadCostPages().pages);
    ours = await launchWithExtension(server.chromiumArgs);
    floor = await launchFloorExtension(server.chromiumArgs);
    const loadCost = await measureLoadCost(ours, floor, runs);
    // After the page loads, whose captures it replaces: the popup bench seeds the database afresh.
    const popup = await measurePopupRender(ours, runs);
    return [...loadCost, ...popup];
  } finally {
    await floor?.close();
    await ours?.close();
    await server?.stop();
  }
}
