/**
 * The planner's activities seen through the CE Item Catalog (issue 9): an activity the catalogue lists is worth
 * the catalogue's credits; one it does not list may earn nothing, and one already claimed counts once. The user's
 * cost and offer end stay: the catalogue knows neither.
 */
import type { Activity } from './activities';
import { officialItem } from './item-catalog-claim';
import { linkToItemCatalog } from './item-catalog-link';
import { matchTitle, type ItemCatalogIndex } from './item-catalog-match';
import type { ExclusionReason } from './planner';
import type { CourseRecord } from './schema';

export interface AlignedActivities {
  items: Activity[];
  /** By item id: why an activity cannot help the plan. */
  unavailable: Map<string, ExclusionReason>;
}

export function alignWithItemCatalog(items: readonly Activity[], index: ItemCatalogIndex | undefined, records: readonly CourseRecord[], readAt = ''): AlignedActivities {
  const unavailable = new Map<string, ExclusionReason>();
  if (!index) return { items: [...items], unavailable };
  const claimed = new Set(records.filter((r) => r.status !== 'rejected').flatMap((r) => officialItem(r)?.name ?? []));
  const aligned = items.map((item) => {
    if (item.program !== 'cisco') return item;
    const { catalogue } = linkToItemCatalog({ title: item.title, credits: item.credits }, matchTitle(index, item.title), readAt);
    if (catalogue.state === 'not-found') {
      unavailable.set(item.id, 'not-in-catalogue');
      return item;
    }
    if (catalogue.state !== 'matched') return item;
    if (claimed.has(catalogue.item.name)) unavailable.set(item.id, 'already-taken');
    return catalogue.item.credits === item.credits ? item : { ...item, credits: catalogue.item.credits };
  });
  return { items: aligned, unavailable };
}
