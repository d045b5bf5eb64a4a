/**
 * The portal's pages other than the submission form. The dashboard: its claims and certifications go to the
 * background, which moves records along (Pending -> Earned) and updates expiry dates; the page then says what changed,
 * in the toast. The dashboard is read again as it changes and sent once, when the read is final
 * (domain/ce-portal-settling.ts): a portal that loads its lists one after the other is not taken half-read. The Item
 * Catalog: read by item-catalog-sync.ts.
 */
import type { Runtime } from 'webextension-polyfill';
import { isItemCatalogPage } from '../capture/ce-portal/item-catalog-page';
import { readCePortalDashboard } from '../capture/ce-portal/dashboard';
import { settleDashboard, type DashboardSettling } from '../domain/ce-portal-settling';
import { extensionApi } from '../extension-api';
import { REFRESH_ITEM_CATALOG, isPageMessage } from '../protocol/page-messages';
import { sendMessage } from '../send-message';
import { t } from '../text/i18n';
import { readAndStoreItemCatalog, syncItemCatalog } from './item-catalog-sync';
import { showToast } from './toast';


// The popup's "Refresh" on this tab: only our own extension's pages may ask (a message with no tab).
extensionApi().runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== extensionApi().runtime.id || sender.tab || !isPageMessage(message, REFRESH_ITEM_CATALOG)) return undefined;
  if (!isItemCatalogPage(document, new URL(location.href))) return Promise.resolve({ started: false });
  void readAndStoreItemCatalog();
  return Promise.resolve({ started: true });
});

/** Each visit's reads of the dashboard so far (a visit is one address, with its own signal: see page-watch.ts). */
const visits = new WeakMap<AbortSignal, { settling: DashboardSettling; timer?: ReturnType<typeof setTimeout> }>();

/**
 * True once this page (the Item Catalog) has been read: the page watch then stops looking. The dashboard is never done
 * this way: it is read on each change until the watch gives up, and each read worth sending is sent
 * (domain/ce-portal-settling.ts). `readAgain` reads it again when it is not final yet and may not change by itself.
 */
export function syncCePortalPage(signal: AbortSignal, readAgain: () => void): boolean {
  if (isItemCatalogPage(document, new URL(location.href))) {
    syncItemCatalog(signal).catch((error: unknown) => console.warn('Recert Companion: the Item Catalog could not be read', error));
    return true;
  }
  const visit = visits.get(signal) ?? { settling: {} };
  visits.set(signal, visit);
  clearTimeout(visit.timer);
  const now = Date.now();
  const step = settleDashboard(visit.settling, readCePortalDashboard(document, new URL(location.href)), now);
  visit.settling = step.state;
  // Not final yet: look again in time even if the page stays still.
  if (step.readAgainAt !== undefined) visit.timer = setTimeout(() => signal.aborted || readAgain(), step.readAgainAt - now);
  const dashboard = step.apply;
  if (!dashboard) return false;
  void sendMessage({ type: 'cePortal.sync', dashboard })
    .then(({ lines, changed }) => {
      if (signal.aborted || changed === 0) return;
      showToast({ heading: t('portalSynced'), detail: lines.join(' · '), dismissLabel: t('dismiss'), regionLabel: t('toastRegion') });
    })
    .catch((error: unknown) => console.warn('Recert Companion: the portal dashboard could not be read', error));
  // Still watched: a slow portal's claims may come after a partial read was sent.
  return false;
}
