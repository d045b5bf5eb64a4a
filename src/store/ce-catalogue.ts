/**
 * The CE portal's Item Catalog as last read: one value, replaced whole by each read, so a reader never sees half
 * of an old catalogue and half of a new one.
 */
import { CeCatalogue, type CatalogueSaved, type CeCatalogueUpload } from '../domain/ce-catalogue';
import type { Database } from './db';

const CE_CATALOGUE_KEY = 'current';

export async function saveCeCatalogue(db: Database, upload: CeCatalogueUpload, readAt: string, sourceUrl?: string): Promise<CatalogueSaved> {
  const catalogue = CeCatalogue.parse({ ...upload, readAt, ...(sourceUrl ? { sourceUrl } : {}) });
  const tx = db.transaction('ceCatalogue', 'readwrite');
  const previous = await tx.store.get(CE_CATALOGUE_KEY);
  await tx.store.put(catalogue, CE_CATALOGUE_KEY);
  await tx.done;
  return { itemCount: catalogue.items.length, readAt, ...(previous ? { previousCount: previous.items.length } : {}) };
}

/** The stored catalogue, or undefined when none was read or what is stored no longer validates (read it again). */
export async function getCeCatalogue(db: Database): Promise<CeCatalogue | undefined> {
  const stored = await db.get('ceCatalogue', CE_CATALOGUE_KEY);
  if (stored === undefined) return undefined;
  const parsed = CeCatalogue.safeParse(stored);
  if (!parsed.success) console.warn('Recert Companion: the stored Item Catalog is not valid; it will be read again', parsed.error.issues[0]);
  return parsed.success ? parsed.data : undefined;
}
