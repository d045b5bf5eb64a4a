/**
 * Keeps Cisco records linked to the CE Item Catalog (issue 9): after a capture, an edit or an import, for those
 * records; after a new catalogue is read, for all of them. The index is built once per catalogue read and kept
 * while the worker lives: building it costs far more than matching one title.
 */
import { chooseItemCatalogEntry, linkToItemCatalog } from '../domain/item-catalog-link';
import { indexItemCatalog, matchTitle, type ItemCatalogIndex } from '../domain/item-catalog-match';
import { itemCatalogStatus, type ItemCatalogStatus, type ItemCatalogUpload, type ItemCatalogSaved } from '../domain/item-catalog';
import type { CourseRecord, LinkedCatalogItem } from '../domain/schema';
import { getItemCatalog, saveItemCatalog } from '../store/item-catalog';
import type { Database } from '../store/db';
import { changeRecord, getRecord, rewriteRecords } from '../store/records';

/**
 * Per database (tests open many), until a new catalogue is stored: storeItemCatalog is the only writer of the
 * catalogue, so a capture neither reads nor validates the whole catalogue again while the worker lives.
 */
const indexes = new WeakMap<Database, { readAt: string; index: ItemCatalogIndex }>();

async function currentIndex(db: Database): Promise<{ readAt: string; index: ItemCatalogIndex } | undefined> {
  const cached = indexes.get(db);
  if (cached) return cached;
  const catalogue = await getItemCatalog(db);
  if (!catalogue) return undefined;
  const built = { readAt: catalogue.readAt, index: indexItemCatalog(catalogue.items) };
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
export async function linkRecordsToItemCatalog(db: Database, ids?: readonly string[]): Promise<number> {
  const current = await currentIndex(db);
  if (!current) return 0;
  return rewriteRecords(db, ids, (record) => {
    if (record.program !== 'cisco') return undefined;
    const { catalogue, credits } = linkToItemCatalog(record, matchTitle(current.index, record.title), current.readAt);
    const next: CourseRecord = { ...record, catalogue, ...(credits !== undefined ? { credits } : {}) };
    return sameLink(record, next) ? undefined : next;
  });
}

/** Stores a catalogue read on the portal and links every record to it. */
export async function storeItemCatalog(db: Database, upload: ItemCatalogUpload, readAt: string, sourceUrl?: string): Promise<ItemCatalogSaved & { linked: number }> {
  const saved = await saveItemCatalog(db, upload, readAt, sourceUrl);
  indexes.delete(db);
  return { ...saved, linked: await linkRecordsToItemCatalog(db) };
}

export async function storedItemCatalogStatus(db: Database, today: string): Promise<ItemCatalogStatus | null> {
  const catalogue = await getItemCatalog(db);
  return catalogue ? itemCatalogStatus(catalogue, today) : null;
}

/** The stored catalogue's index (built once per read), for the planner; undefined when none was read. */
export async function itemCatalogIndexFor(db: Database): Promise<{ readAt: string; index: ItemCatalogIndex } | undefined> {
  return currentIndex(db);
}

/** Runs a write that returns a record, links that record, and returns it as it now is. */
export async function linkedAfter<T extends { record: CourseRecord }>(db: Database, result: T): Promise<T> {
  if ((await linkRecordsToItemCatalog(db, [result.record.id])) === 0) return result;
  return { ...result, record: await getRecord(db, result.record.id).catch(() => result.record) };
}

/** Thrown when the item chosen is not one the record was offered: the page is out of date. */
export class NotOfferedError extends Error {
  override name = 'NotOfferedError';
}

/** The user picks one of the items a near tie offered; the record takes its credits unless they typed their own. */
export async function chooseItem(db: Database, id: string, item: LinkedCatalogItem): Promise<CourseRecord> {
  return changeRecord(db, id, (record) => {
    const link = record.catalogue;
    const offered = link?.state === 'choose' ? link.candidates : link?.state === 'chosen' || link?.state === 'matched' ? [link.item] : [];
    if (!offered.some((o) => o.name === item.name && o.credits === item.credits)) throw new NotOfferedError('That catalogue item was not offered for this record: reload the page');
    const { catalogue, credits } = chooseItemCatalogEntry(record, item, link!.readAt);
    return { ...record, catalogue, ...(credits !== undefined ? { credits } : {}) };
  });
}
