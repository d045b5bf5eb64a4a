/**
 * The reader the background puts into a taught site's page of the recipe's shape (taught-site.ts asks): the recipe
 * and the generic reader read the page (capture/recipes/taught-reading.ts), a completion is saved with the toast,
 * Undo and Edit as on the portals (Edit brings the page along, so a correction improves the recipe), and its
 * certificate is fetched from where the recipe says the link is. A page
 * that shows a completion where the recipe finds too little is reported once, so the popup can say the recipe
 * stopped matching; the generic reading still stands.
 */
import { localToday } from '../domain/dates';
import type { SiteRecipe } from '../domain/schema';
import { genericAdapter } from '../capture/generic/detector';
import { certificateLinkWithRecipe } from '../capture/recipes/read';
import { readTaughtPage } from '../capture/recipes/taught-reading';
import { SNAPSHOT_LIMITS, snapshotPage } from '../capture/page-snapshot';
import { sendMessage } from '../send-message';
import { captureKey, saveWithToast } from './capture-save';
import { watchVisits } from './page-changes';

/** Injected once per document; a second injection (a single-page app's later visit) finds the first at work. */
const RUNNING = Symbol.for('recert-companion.taught-reader');
/** Long enough for a page's late content; a recipe that still finds too little then has stopped matching. */
const MISS_AFTER_MS = 3000;

function startReading(recipe: SiteRecipe): void {
  const captured = new Set<string>();
  let missReported = false;
  let missTimer: ReturnType<typeof setTimeout> | undefined;
  const findCertificateLink = (doc: Document, url: URL) => certificateLinkWithRecipe(doc, url, recipe.certificateLink);
  // The toast's Edit hands the page over as it is now, so that what the user corrects teaches the recipe.
  const editWithPage = (recordId: string) => sendMessage({ type: 'taught.edit', recordId, page: snapshotPage(...SNAPSHOT_LIMITS) });

  const reportMissLater = (signal: AbortSignal) => {
    if (missReported || missTimer) return;
    missTimer = setTimeout(() => {
      missTimer = undefined;
      if (signal.aborted || missReported || readTaughtPage(document, location.href, recipe, genericAdapter, {}, localToday()).reading !== 'missed') return;
      missReported = true;
      sendMessage({ type: 'taught.missed', url: location.href }).catch(() => undefined);
    }, MISS_AFTER_MS);
  };

  const scan = (signal: AbortSignal): boolean => {
    const taught = readTaughtPage(document, location.href, recipe, genericAdapter, {}, localToday());
    if (taught.reading === 'missed') reportMissLater(signal);
    const capture = taught.capture;
    if (!capture) return false;
    const key = captureKey(capture);
    if (!captured.has(key)) {
      captured.add(key);
      void saveWithToast(capture, signal, () => captured.delete(key), findCertificateLink, editWithPage);
    }
    return true;
  };

  watchVisits(scan, () => captured.clear());
}

const scope = globalThis as { [RUNNING]?: boolean };
if (!scope[RUNNING]) {
  scope[RUNNING] = true;
  sendMessage({ type: 'taught.recipe' })
    .then((recipe) => recipe && startReading(recipe))
    .catch((error: unknown) => console.warn('Recert Companion: this taught page could not be read', error));
}
