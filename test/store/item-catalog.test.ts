import { describe, expect, it } from 'vitest';
import { getItemCatalog, saveItemCatalog } from '../../src/store/item-catalog';
import { freshDatabase } from '../helpers/db';

const items = [
  { name: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2', code: 'CE-1001', credits: 64 },
  { name: 'Understanding Cisco Network Automation Essentials (DEVNAE) v2.1', credits: 12, type: 'E-Learning', provider: 'Cisco U.' },
];

describe('the stored CE Item Catalog', () => {
  it('is empty until read, then replaced whole by each read', async () => {
    const db = await freshDatabase();
    expect(await getItemCatalog(db)).toBeUndefined();
    expect(await saveItemCatalog(db, { items, complete: true, skipped: 0 }, '2026-11-01T10:00:00.000Z', 'https://ce.cisco.com/item-catalog')).toEqual({
      itemCount: 2,
      readAt: '2026-11-01T10:00:00.000Z',
    });
    const second = await saveItemCatalog(db, { items: items.slice(1), complete: false, skipped: 4 }, '2026-11-29T10:00:00.000Z');
    expect(second).toEqual({ itemCount: 1, readAt: '2026-11-29T10:00:00.000Z', previousCount: 2 });
    expect(await getItemCatalog(db)).toEqual({ items: items.slice(1), complete: false, skipped: 4, readAt: '2026-11-29T10:00:00.000Z' });
  });

  it('refuses an invalid catalogue and keeps the one it had', async () => {
    const db = await freshDatabase();
    await saveItemCatalog(db, { items, complete: true, skipped: 0 }, '2026-11-01T10:00:00.000Z');
    await expect(saveItemCatalog(db, { items: [{ name: '', credits: 4 }], complete: true, skipped: 0 }, '2026-11-02T10:00:00.000Z')).rejects.toThrow();
    expect((await getItemCatalog(db))?.items).toHaveLength(2);
  });

  it('treats a stored value that no longer validates as no catalogue, so it is read again', async () => {
    const db = await freshDatabase();
    await db.put('itemCatalog', { readAt: 'yesterday', items: [], complete: true, skipped: 0 } as never, 'current');
    expect(await getItemCatalog(db)).toBeUndefined();
  });
});
