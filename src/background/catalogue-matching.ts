/**
 * Keeps Cisco records linked to the CE Item Catalog (issue 9): after a capture, an edit or an import, for those
 * records; after a new catalogue is read, for all of them. The index is built once per catalogue read and kept
 * while the worker lives: building it costs far more than matching one title.
 */
import { chooseCatalogueItem, linkToCatalogue } from '../domain/catalogue-link';
import { indexCatalogue, matchTitle, type CatalogueIndex } from '../domain/catalogue-match';
import { catalogueStatus, type CeCatalogueStatus, type CeCatalogueUpload, type CatalogueSaved } from '../domain/ce-catalogue';
import type { CourseRecord, LinkedCatalogueItem } from '../domain/schema';
import { getCeCatalogue, saveCeCatalogue } from '../store/ce-catalogue';
import type { Database } from '../store/db';
import { changeRecord, getRecord, rewriteRecords } from '../store/records';

/**
 * Per database (tests open many), until a new catalogue is stored: storeCatalogue is the only writer of the
 * catalogue, so a capture neither reads nor validates the whole catalogue again while the worker lives.
 */
const indexes = new WeakMap<Database, { readAt: string; index: CatalogueIndex }>();

async function currentIndex(db: Database): Promise<{ readAt: string; index: CatalogueIndex } | undefined> {
  const cached = indexes.get(db);
  if (cached) return cached;
  const catalogue = await getCeCatalogue(db);
  if (!catalogue) return undefined;
  const built = { readAt: catalogue.readAt, index: indexCatalogue(catalogue.items) };
  indexes.set(db, built);
  return built;
}

function sameLink(a: CourseRecord, b: CourseRecord): boolean {
  return a.credits === b.credits && JSON.stringify(a.catalogue) === JSON.stringify(b.catalogue);
}

/**
 * Links the given records (all when none are named) to the stored catalogue, in one transaction; how many
 * changed. Only Cisco claims go through the CE portal. updatedAt stays: the link is derived, not an edit.
 */
export async function linkRecordsToCatalogue(db: Database, ids?: readonly string[]): Promise<number> {
  const current = await currentIndex(db);
  if (!current) return 0;
  return rewriteRecords(db, ids, (record) => {
    if (record.program !== 'cisco') return undefined;
    const { catalogue, credits } = linkToCatalogue(record, matchTitle(current.index, record.title), current.readAt);
    const next: CourseRecord = { ...record, catalogue, ...(credits !== undefined ? { credits } : {}) };
    return sameLink(record, next) ? undefined : next;
  });
}

/** Stores a catalogue read on the portal and links every record to it. */
export async function storeCatalogue(db: Database, upload: CeCatalogueUpload, readAt: string, sourceUrl?: string): Promise<CatalogueSaved & { linked: number }> {
  const saved = await saveCeCatalogue(db, upload, readAt, sourceUrl);
  indexes.delete(db);
  return { ...saved, linked: await linkRecordsToCatalogue(db) };
}

export async function storedCatalogueStatus(db: Database, today: string): Promise<CeCatalogueStatus | null> {
  const catalogue = await getCeCatalogue(db);
  return catalogue ? catalogueStatus(catalogue, today) : null;
}

/** The stored catalogue's index (built once per read), for the planner; undefined when none was read. */
export async function catalogueIndexFor(db: Database): Promise<{ readAt: string; index: CatalogueIndex } | undefined> {
  return currentIndex(db);
}

/** Runs a write that returns a record, links that record, and returns it as it now is. */
export async function linkedAfter<T extends { record: CourseRecord }>(db: Database, result: T): Promise<T> {
  if ((await linkRecordsToCatalogue(db, [result.record.id])) === 0) return result;
  return { ...result, record: await getRecord(db, result.record.id).catch(() => result.record) };
}

/** Thrown when the item chosen is not one the record was offered: the page is out of date. */
export class NotOfferedError extends Error {
  override name = 'NotOfferedError';
}

/** The user picks one of the items a near tie offered; the record takes its credits unless they typed their own. */
export async function chooseItem(db: Database, id: string, item: LinkedCatalogueItem): Promise<CourseRecord> {
  return changeRecord(db, id, (record) => {
    const link = record.catalogue;
    const offered = link?.state === 'choose' ? link.candidates : link?.state === 'chosen' || link?.state === 'matched' ? [link.item] : [];
    if (!offered.some((o) => o.name === item.name && o.credits === item.credits)) throw new NotOfferedError('That catalogue item was not offered for this record: reload the page');
    const { catalogue, credits } = chooseCatalogueItem(record, item, link!.readAt);
    return { ...record, catalogue, ...(credits !== undefined ? { credits } : {}) };
  });
}
