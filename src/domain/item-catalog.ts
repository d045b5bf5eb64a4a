/**
 * The Cisco CE portal's Item Catalog as read from the portal (issue 9): the only items Cisco grants credits for,
 * each with its official name and assigned credit value. Distinct from the planner's activities (activities.ts),
 * which holds activities the user might still take, with their cost.
 *
 * The content script reads rows as plain objects (no zod there); the background validates them with these
 * schemas before storing the whole catalogue as one value with the moment it was read.
 */
import { z } from 'zod';
import { daysBetween } from './dates';
import { IsoDate, IsoDateTime } from './schema';

/** Cisco assigns 4 to 64 credits per item; a little room either side keeps a surprising row rather than losing it. */
export const CE_ITEM_MAX_CREDITS = 200;
/** A catalogue older than this is flagged: items come and go, and credit values change. */
export const ITEM_CATALOG_STALE_DAYS = 90;
export const ITEM_CATALOG_MAX_ITEMS = 20_000;

export const ItemCatalogEntry = z.object({
  /** The official item name, as a claim must give it. */
  name: z.string().trim().min(1, 'An item name is required').max(500),
  /** The item's code or ID where the catalogue shows one. */
  code: z.string().trim().min(1).max(100).optional(),
  credits: z.number().finite().min(0).max(CE_ITEM_MAX_CREDITS),
  /** The catalogue's own words for the kind: "E-Learning", "Instructor-Led", "Cisco Live", ... */
  type: z.string().trim().min(1).max(100).optional(),
  provider: z.string().trim().min(1).max(200).optional(),
  /** Last day the item can be claimed, where the catalogue shows it. */
  availableUntil: IsoDate.optional(),
});
export type ItemCatalogEntry = z.infer<typeof ItemCatalogEntry>;

/** What the portal content script sends after reading the catalogue: the background adds when and where. */
export const ItemCatalogUpload = z.strictObject({
  items: z.array(ItemCatalogEntry).min(1, 'A catalogue has at least one item').max(ITEM_CATALOG_MAX_ITEMS),
  /** False when the read stopped early (a time or page bound, a page that stopped answering): it may be partial. */
  complete: z.boolean(),
  /** Rows seen that could not be read (no name, no credit value). */
  skipped: z.number().int().min(0).max(1_000_000),
});
export type ItemCatalogUpload = z.infer<typeof ItemCatalogUpload>;

export const ItemCatalog = ItemCatalogUpload.extend({
  readAt: IsoDateTime,
  /** The portal page it was read from. */
  sourceUrl: z.url({ protocol: /^https$/ }).max(2048).optional(),
});
export type ItemCatalog = z.infer<typeof ItemCatalog>;

/** What the popup and the portal script need to know of the stored catalogue, without its items. */
export interface ItemCatalogStatus {
  readAt: string;
  itemCount: number;
  ageDays: number;
  stale: boolean;
  complete: boolean;
  skipped: number;
}

export function itemCatalogStatus(catalogue: ItemCatalog, today: string): ItemCatalogStatus {
  return {
    readAt: catalogue.readAt,
    itemCount: catalogue.items.length,
    ageDays: itemCatalogAgeDays(catalogue, today),
    stale: isItemCatalogStale(catalogue, today),
    complete: catalogue.complete,
    skipped: catalogue.skipped,
  };
}

/** Whole days since the catalogue was read (0 on the day), by the calendar date of `readAt`. */
export function itemCatalogAgeDays(catalogue: Pick<ItemCatalog, 'readAt'>, today: string): number {
  return Math.max(0, daysBetween(catalogue.readAt.slice(0, 10), today));
}

export function isItemCatalogStale(catalogue: Pick<ItemCatalog, 'readAt'>, today: string): boolean {
  return itemCatalogAgeDays(catalogue, today) > ITEM_CATALOG_STALE_DAYS;
}

/** What reading the Item Catalog kept: how many items, when, and how many the one it replaced had. */
export interface ItemCatalogSaved {
  itemCount: number;
  readAt: string;
  /** How many items the catalogue it replaced had, if there was one. */
  previousCount?: number;
}
