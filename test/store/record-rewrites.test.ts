import { describe, expect, it, vi } from 'vitest';
import { changeRecord, getRecord, putRecord, rewriteRecords } from '../../src/store/records';
import { NotFoundError } from '../../src/store/transaction';
import { freshDatabase } from '../helpers/db';
import { makeRecord } from '../helpers/factories';

async function withRecords() {
  const db = await freshDatabase();
  const a = await putRecord(db, makeRecord({ id: 'a', title: 'ENCOR', credits: 10 }));
  const b = await putRecord(db, makeRecord({ id: 'b', title: 'ENARSI', credits: 20 }));
  return { db, a, b };
}

describe('rewriteRecords', () => {
  it('writes what the rewrite returns, leaves the rest, and counts the changes', async () => {
    const { db, b } = await withRecords();
    const changed = await rewriteRecords(db, undefined, (record) => (record.id === 'a' ? { ...record, credits: 12 } : undefined));
    expect(changed).toBe(1);
    expect((await getRecord(db, 'a')).credits).toBe(12);
    expect(await getRecord(db, 'b')).toEqual(b);
  });

  it('reads only the named records, skipping ids that are gone', async () => {
    const { db } = await withRecords();
    const seen: string[] = [];
    await rewriteRecords(db, ['b', 'gone'], (record) => void seen.push(record.id));
    expect(seen).toEqual(['b']);
  });

  it('leaves a record the schema refuses as it is, and rewrites the others', async () => {
    const { db, b } = await withRecords();
    // As an older version may have stored it: notes longer than the schema now allows.
    const legacy = { ...makeRecord({ id: 'legacy', title: 'ENARSI' }), notes: 'x'.repeat(6000) };
    await db.put('records', legacy);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const changed = await rewriteRecords(db, undefined, (record) => ({ ...record, credits: 30 }));
    expect(changed).toBe(2);
    expect(await db.get('records', 'legacy')).toEqual(legacy);
    expect((await getRecord(db, 'b')).credits).toBe(30);
    expect(b.credits).toBe(20);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('legacy'));
    warn.mockRestore();
  });
});

describe('changeRecord', () => {
  it('stores and returns the changed record', async () => {
    const { db } = await withRecords();
    const next = await changeRecord(db, 'a', (record) => ({ ...record, credits: 11 }));
    expect(next.credits).toBe(11);
    expect(await getRecord(db, 'a')).toEqual(next);
  });

  it('refuses a record that is not there, and keeps the record when the change throws', async () => {
    const { db, a } = await withRecords();
    await expect(changeRecord(db, 'gone', (record) => record)).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeRecord(db, 'a', () => { throw new Error('not offered'); })).rejects.toThrow('not offered');
    expect(await getRecord(db, 'a')).toEqual(a);
  });
});
