/**
 * The official item a record is linked to, read without zod so pages and the popup can show it (the link
 * itself is made in item-catalog-link.ts).
 */
import type { CourseRecord, LinkedCatalogItem } from './schema';

/** The catalogue item the record is linked to (matched, or chosen by the user), if any. */
export function officialItem(record: Pick<CourseRecord, 'catalogue'>): LinkedCatalogItem | undefined {
  const link = record.catalogue;
  return link && (link.state === 'matched' || link.state === 'chosen') ? link.item : undefined;
}

/** The name a claim gives: the catalogue's when the record is linked to an item, else the record's own title. */
export function claimName(record: Pick<CourseRecord, 'title' | 'catalogue'>): string {
  return officialItem(record)?.name ?? record.title;
}
