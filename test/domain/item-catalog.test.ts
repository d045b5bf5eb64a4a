import { describe, expect, it } from 'vitest';
import { ITEM_CATALOG_STALE_DAYS, ItemCatalog, ItemCatalogUpload, itemCatalogAgeDays, itemCatalogStatus, isItemCatalogStale } from '../../src/domain/item-catalog';

const item = { name: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2', credits: 64 };

describe('CE item catalogue', () => {
  it('accepts a catalogue read from the portal and rejects an empty one', () => {
    expect(ItemCatalog.safeParse({ readAt: '2026-11-01T10:00:00.000Z', items: [item], complete: true, skipped: 0 }).success).toBe(true);
    const empty = ItemCatalog.safeParse({ readAt: '2026-11-01T10:00:00.000Z', items: [], complete: true, skipped: 0 });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('A catalogue has at least one item');
  });

  it('rejects rows without a name or with impossible credits', () => {
    expect(ItemCatalog.safeParse({ readAt: '2026-11-01T10:00:00Z', items: [{ name: ' ', credits: 4 }], complete: true, skipped: 0 }).success).toBe(false);
    expect(ItemCatalog.safeParse({ readAt: '2026-11-01T10:00:00Z', items: [{ name: 'x', credits: -1 }], complete: true, skipped: 0 }).success).toBe(false);
    expect(ItemCatalog.safeParse({ readAt: '2026-11-01T10:00:00Z', items: [{ name: 'x', credits: Number.NaN }], complete: true, skipped: 0 }).success).toBe(false);
  });

  it('refuses an upload with fields it does not know (the background adds when and where)', () => {
    expect(ItemCatalogUpload.safeParse({ items: [item], complete: true, skipped: 0 }).success).toBe(true);
    expect(ItemCatalogUpload.safeParse({ items: [item], complete: true, skipped: 0, readAt: '2020-01-01T00:00:00Z' }).success).toBe(false);
  });

  it('sums up a stored catalogue without its items', () => {
    const catalogue = ItemCatalog.parse({ readAt: '2026-08-01T09:00:00Z', items: [item, { ...item, name: 'Other' }], complete: false, skipped: 3 });
    expect(itemCatalogStatus(catalogue, '2026-11-29')).toEqual({ readAt: '2026-08-01T09:00:00Z', itemCount: 2, ageDays: 120, stale: true, complete: false, skipped: 3 });
  });

  it('is stale only after 90 days', () => {
    const catalogue = { readAt: '2026-08-01T23:00:00Z' };
    expect(itemCatalogAgeDays(catalogue, '2026-08-01')).toBe(0);
    expect(itemCatalogAgeDays(catalogue, '2026-10-30')).toBe(ITEM_CATALOG_STALE_DAYS);
    expect(isItemCatalogStale(catalogue, '2026-10-30')).toBe(false);
    expect(isItemCatalogStale(catalogue, '2026-10-31')).toBe(true);
  });
});
