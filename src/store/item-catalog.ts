/**
 * The CE portal's Item Catalog as last read: one value, replaced whole by each read, so a reader never sees half
 * of an old catalogue and half of a new one.
 */
import { ItemCatalog, type ItemCatalogSaved, type ItemCatalogUpload } from '../domain/item-catalog';
import type { Database } from './db';

const ITEM_CATALOG_KEY = 'current';

export async function saveItemCatalog(db: Database, upload: ItemCatalogUpload, readAt: string, sourceUrl?: string): Promise<ItemCatalogSaved> {
  const catalogue = ItemCatalog.parse({ ...upload, readAt, ...(sourceUrl ? { sourceUrl } : {}) });
  const tx = db.transaction('itemCatalog', 'readwrite');
  const previous = await tx.store.get(ITEM_CATALOG_KEY);
  await tx.store.put(catalogue, ITEM_CATALOG_KEY);
  await tx.done;
  return { itemCount: catalogue.items.length, readAt, ...(previous ? { previousCount: previous.items.length } : {}) };
}

/** The stored catalogue, or undefined when none was read or what is stored no longer validates (read it again). */
export async function getItemCatalog(db: Database): Promise<ItemCatalog | undefined> {
  const stored = await db.get('itemCatalog', ITEM_CATALOG_KEY);
  if (stored === undefined) return undefined;
  const parsed = ItemCatalog.safeParse(stored);
  if (!parsed.success) console.warn('Recert Companion: the stored Item Catalog is not valid; it will be read again', parsed.error.issues[0]);
  return parsed.success ? parsed.data : undefined;
}
