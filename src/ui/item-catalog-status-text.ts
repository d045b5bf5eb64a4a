/** How old the stored CE Item Catalog is, in words: shared by the popup and the dashboard's planner. */
import type { ItemCatalogStatus } from '../domain/item-catalog';
import { t } from '../text/i18n';

export function itemCatalogStatusText(status: ItemCatalogStatus | null): string {
  if (!status) return t('catalogueNone');
  if (status.stale) return t('catalogueStale', [status.ageDays]);
  if (!status.complete) return t('catalogueIncomplete');
  return status.ageDays === 0 ? t('catalogueAgeToday', [status.itemCount]) : t('catalogueAge', [status.itemCount, status.ageDays]);
}

/** Whether the stored catalogue can be trusted as it is: read, recent and whole. */
export function itemCatalogIsCurrent(status: ItemCatalogStatus | null): boolean {
  return status !== null && !status.stale && status.complete;
}
