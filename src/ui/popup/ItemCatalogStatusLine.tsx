import { useEffect, useState } from 'preact/hooks';
import { extensionApi } from '../../extension-api';
import type { ItemCatalogStatus } from '../../domain/item-catalog';
import type { CourseRecord } from '../../domain/schema';
import { REFRESH_ITEM_CATALOG } from '../../protocol/page-messages';
import { sendMessage, sendToTab } from '../../send-message';
import { itemCatalogIsCurrent, itemCatalogStatusText } from '../item-catalog-status-text';
import { t } from '../../text/i18n';

/** An address on the CE portal that may be its Item Catalog (content/ce-portal-sync.ts then checks the page itself). */
const CATALOGUE_PAGE = /^https:\/\/ce\.cisco\.com(?::\d+)?\/[^?#]*catalog/i;

/** The tab the popup was opened over, when it shows the CE portal's Item Catalog (activeTab lets us see its address). */
async function catalogueTabId(): Promise<number | undefined> {
  const [tab] = await extensionApi().tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined && tab.url && CATALOGUE_PAGE.test(tab.url) ? tab.id : undefined;
}

/**
 * How old the CE Item Catalog is (the names and credits Cisco grants), with "Refresh from this page" when the
 * popup is opened over the catalogue on the CE portal.
 */
export function ItemCatalogStatusLine() {
  const [status, setStatus] = useState<ItemCatalogStatus | null>();
  const [tabId, setTabId] = useState<number>();
  const [refreshing, setRefreshing] = useState(false);
  useEffect(() => {
    sendMessage({ type: 'itemCatalog.status' }).then(setStatus, () => setStatus(undefined));
    catalogueTabId().then(setTabId, () => setTabId(undefined));
  }, []);
  if (status === undefined) return null;
  const refresh = () => {
    if (tabId === undefined) return;
    setRefreshing(true);
    void sendToTab(tabId, REFRESH_ITEM_CATALOG).catch(() => setRefreshing(false));
  };
  return (
    <p class={`catalogue-status ${itemCatalogIsCurrent(status) ? 'muted' : 'attention'}`} data-catalogue-status>
      <span>{refreshing ? t('catalogueRefreshStarted') : itemCatalogStatusText(status)}</span>
      {tabId !== undefined && !refreshing ? (
        <button type="button" class="button small" onClick={refresh}>
          {t('catalogueRefresh')}
        </button>
      ) : null}
    </p>
  );
}

/** Under a Cisco record: not in the catalogue (it may earn nothing), or several items to choose from. */
export function RecordItemCatalogNote({ record }: { record: CourseRecord }) {
  const state = record.catalogue?.state;
  if (state === 'not-found') return <span class="record-flag">{t('recordNotInCatalogue')}</span>;
  if (state === 'choose') return <span class="record-flag">{t('recordChooseItem')}</span>;
  return null;
}
