/**
 * The portal's pages other than the submission form. The dashboard: its claims table and certifications go to
 * the background, which moves records along (Pending -> Earned) and updates expiry dates; the page then says
 * what changed, in the toast. The Item Catalog: read by item-catalog-sync.ts.
 */
import type { Runtime } from 'webextension-polyfill';
import { isItemCatalogPage } from '../capture/ce-portal/item-catalog-page';
import { readCePortalDashboard } from '../capture/ce-portal/dashboard';
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

/** True once this page (the dashboard or the Item Catalog) has been read: the page watch then stops looking. */
export function syncCePortalPage(signal: AbortSignal): boolean {
  if (isItemCatalogPage(document, new URL(location.href))) {
    syncItemCatalog(signal).catch((error: unknown) => console.warn('Recert Companion: the Item Catalog could not be read', error));
    return true;
  }
  const dashboard = readCePortalDashboard(document, new URL(location.href));
  // Not the dashboard, or still rendering its claims: keep watching.
  if (!dashboard || (dashboard.claimsState === 'unreadable' && dashboard.certifications.length === 0)) return false;
  void sendMessage({ type: 'cePortal.sync', dashboard })
    .then(({ lines, changed }) => {
      if (signal.aborted || changed === 0) return;
      showToast({ heading: t('portalSynced'), detail: lines.join(' · '), dismissLabel: t('dismiss'), regionLabel: t('toastRegion') });
    })
    .catch((error: unknown) => console.warn('Recert Companion: the portal dashboard could not be read', error));
  return true;
}
