import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openDatabase } from '../../src/store/db';
import '../helpers/db';

describe('openDatabase', () => {
  it('creates the stores and the indexes the UI queries by', async () => {
    const db = await openDatabase({ name: `schema-${Date.now()}` });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['certifications', 'exams', 'records', 'settings', 'undo']);
    expect([...db.transaction('records').store.indexNames].sort()).toEqual(['byCertificateCode', 'byEndDate', 'byStatus', 'byUpdatedAt']);
    db.close();
  });

  it('steps aside for a newer version instead of blocking its upgrade, and says so', async () => {
    const name = `upgrade-${Date.now()}`;
    const onClosed = vi.fn();
    await openDatabase({ name, onClosed });
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('later') });
    expect(newer.objectStoreNames.contains('later')).toBe(true);
    expect(onClosed).toHaveBeenCalledTimes(1);
    newer.close();
  });
});
