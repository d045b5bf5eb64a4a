import { describe, expect, it } from 'vitest';
import { CATALOGUE_STALE_DAYS, CeCatalogue, catalogueAgeDays, isCatalogueStale } from '../../src/domain/ce-catalogue';

const item = { name: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2', credits: 64 };

describe('CE item catalogue', () => {
  it('accepts a catalogue read from the portal and rejects an empty one', () => {
    expect(CeCatalogue.safeParse({ readAt: '2026-11-01T10:00:00.000Z', items: [item] }).success).toBe(true);
    const empty = CeCatalogue.safeParse({ readAt: '2026-11-01T10:00:00.000Z', items: [] });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('A catalogue has at least one item');
  });

  it('rejects rows without a name or with impossible credits', () => {
    expect(CeCatalogue.safeParse({ readAt: '2026-11-01T10:00:00Z', items: [{ name: ' ', credits: 4 }] }).success).toBe(false);
    expect(CeCatalogue.safeParse({ readAt: '2026-11-01T10:00:00Z', items: [{ name: 'x', credits: -1 }] }).success).toBe(false);
    expect(CeCatalogue.safeParse({ readAt: '2026-11-01T10:00:00Z', items: [{ name: 'x', credits: Number.NaN }] }).success).toBe(false);
  });

  it('is stale only after 90 days', () => {
    const catalogue = { readAt: '2026-08-01T23:00:00Z' };
    expect(catalogueAgeDays(catalogue, '2026-08-01')).toBe(0);
    expect(catalogueAgeDays(catalogue, '2026-10-30')).toBe(CATALOGUE_STALE_DAYS);
    expect(isCatalogueStale(catalogue, '2026-10-30')).toBe(false);
    expect(isCatalogueStale(catalogue, '2026-10-31')).toBe(true);
  });
});
