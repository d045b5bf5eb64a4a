import { describe, expect, it } from 'vitest';
import { DB_VERSION } from '../../src/store/db';
import {
  NotFoundError,
  countRecordsByStatus,
  deleteRecord,
  listRecords,
  putRecord,
  saveCapture,
  undoCapture,
  updateRecord,
} from '../../src/store/records';
import { ConflictError } from '../../src/store/transaction';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture, makeRecord } from '../helpers/factories';

describe('saveCapture', () => {
  it('stores a new capture as a captured record', async () => {
    const db = await freshDatabase();
    const result = await saveCapture(db, makeCapture({ certificateCode: 'CSCO-U-1' }), fakeClock());
    expect(result.outcome).toBe('added');
    const stored = await db.get('records', result.record.id);
    expect(stored).toMatchObject({ title: makeCapture().title, credits: 24, status: 'captured', certificateCode: 'CSCO-U-1', program: 'cisco' });
    expect(db.version).toBe(DB_VERSION);
  });

  it('recognises the same certificate code as the same activity, whatever the title says', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    await saveCapture(db, makeCapture({ certificateCode: 'CSCO-U-1' }), clock);
    const again = await saveCapture(db, makeCapture({ certificateCode: 'csco-u-1', title: 'ENAUTO (renamed)' }), clock);
    expect(again.outcome).toBe('unchanged');
    expect(again.undoToken).toBeUndefined();
    expect(await db.count('records')).toBe(1);
  });

  it('recognises provider + title + end date as the same activity and only fills what was missing', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const first = await saveCapture(db, makeCapture({ credits: undefined }), clock);
    await updateRecord(db, first.record.id, { notes: 'typed by me', title: 'My own title' }, clock);
    const second = await saveCapture(db, makeCapture({ title: 'My own title', credits: 24, certificateCode: 'X-1' }), clock);
    expect(second.outcome).toBe('updated');
    expect(await db.count('records')).toBe(1);
    expect(await db.get('records', first.record.id)).toMatchObject({ title: 'My own title', notes: 'typed by me', credits: 24, certificateCode: 'X-1' });
  });

  it('keeps different certificate codes apart even with the same title and date', async () => {
    const db = await freshDatabase();
    await saveCapture(db, makeCapture({ certificateCode: 'A' }), fakeClock());
    const other = await saveCapture(db, makeCapture({ certificateCode: 'B' }), fakeClock('2026-04-01T00:00:00Z'));
    expect(other.outcome).toBe('added');
    expect(await db.count('records')).toBe(2);
  });

  it('treats a capture without an end date as the same activity as an undated record of the same title', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    await saveCapture(db, makeCapture({ endDate: undefined }), clock);
    expect((await saveCapture(db, makeCapture({ endDate: undefined }), clock)).outcome).toBe('unchanged');
    expect((await saveCapture(db, makeCapture({ endDate: '2026-03-15' }), clock)).outcome).toBe('added');
  });

  it('writes nothing when it fails part-way through (the record is queued, the undo entry is not)', async () => {
    const db = await freshDatabase();
    let calls = 0;
    const failingSecondId = { ...fakeClock(), newId: () => (++calls === 2 ? (() => { throw new Error('worker stopped'); })() : `id-${calls}-x`) };
    await expect(saveCapture(db, makeCapture(), failingSecondId)).rejects.toThrow('worker stopped');
    expect(await db.count('records')).toBe(0);
    expect(await db.count('undo')).toBe(0);
  });

  it('rejects an invalid capture without writing anything', async () => {
    const db = await freshDatabase();
    await expect(saveCapture(db, makeCapture({ title: '' }), fakeClock())).rejects.toThrow();
    expect(await db.count('records')).toBe(0);
    expect(await db.count('undo')).toBe(0);
  });
});

describe('undoCapture', () => {
  it('removes a record the capture added', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const { undoToken } = await saveCapture(db, makeCapture(), clock);
    await expect(undoCapture(db, undoToken!, clock)).resolves.toMatchObject({ restored: 'removed' });
    expect(await db.count('records')).toBe(0);
    await expect(undoCapture(db, undoToken!, clock)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('puts back the record a capture updated', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const first = await saveCapture(db, makeCapture({ credits: undefined }), clock);
    const second = await saveCapture(db, makeCapture({ credits: 24 }), clock);
    await undoCapture(db, second.undoToken!, clock);
    expect((await db.get('records', first.record.id))?.credits).toBeUndefined();
  });

  it('ends soon after its toast: a token older than ten minutes undoes nothing', async () => {
    const db = await freshDatabase();
    const saved = await saveCapture(db, makeCapture(), fakeClock('2026-03-01T09:00:00Z'));
    await expect(undoCapture(db, saved.undoToken!, fakeClock('2026-03-01T09:09:00Z'))).resolves.toMatchObject({ restored: 'removed' });
    const later = await saveCapture(db, makeCapture(), fakeClock('2026-03-01T10:00:00Z'));
    await expect(undoCapture(db, later.undoToken!, fakeClock('2026-03-01T10:11:00Z'))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.count('records')).toBe(1);
  });

  it('forgets old undo entries as new captures are saved', async () => {
    const db = await freshDatabase();
    await saveCapture(db, makeCapture({ certificateCode: 'OLD' }), fakeClock('2026-03-01T00:00:00Z'));
    await saveCapture(db, makeCapture({ certificateCode: 'NEW' }), fakeClock('2026-03-05T00:00:00Z'));
    expect(await db.count('undo')).toBe(1);
  });

  it('never puts an old copy back over a newer edit, nor brings back a record deleted since', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const first = await saveCapture(db, makeCapture({ credits: undefined }), clock);
    const second = await saveCapture(db, makeCapture({ credits: 24 }), clock);
    await updateRecord(db, first.record.id, { notes: 'Checked against the certificate' }, clock);
    await expect(undoCapture(db, second.undoToken!, clock)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.get('records', first.record.id)).toMatchObject({ credits: 24, notes: 'Checked against the certificate' });

    const added = await saveCapture(db, makeCapture({ certificateCode: 'GONE' }), clock);
    await deleteRecord(db, added.record.id);
    await expect(undoCapture(db, added.undoToken!, clock)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.get('records', added.record.id)).toBeUndefined();
  });
});

describe('listing, updating and deleting', () => {
  it('lists the most recently updated first, filtered by status and limited', async () => {
    const db = await freshDatabase();
    await putRecord(db, makeRecord({ id: 'a', updatedAt: '2026-01-01T00:00:00.000Z' }));
    await putRecord(db, makeRecord({ id: 'b', updatedAt: '2026-03-01T00:00:00.000Z', status: 'earned' }));
    await putRecord(db, makeRecord({ id: 'c', updatedAt: '2026-02-01T00:00:00.000Z' }));
    expect((await listRecords(db)).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect((await listRecords(db, { limit: 2 })).map((r) => r.id)).toEqual(['b', 'c']);
    expect((await listRecords(db, { status: 'captured' })).map((r) => r.id)).toEqual(['c', 'a']);
    expect(await countRecordsByStatus(db, 'captured')).toBe(2);
  });

  it('validates a patch before writing it', async () => {
    const db = await freshDatabase();
    await putRecord(db, makeRecord({ id: 'a', credits: 10 }));
    await expect(updateRecord(db, 'a', { credits: -1 })).rejects.toThrow();
    await expect(updateRecord(db, 'a', { endDate: '2026-02-31' })).rejects.toThrow();
    expect((await db.get('records', 'a'))?.credits).toBe(10);
    await expect(updateRecord(db, 'missing', { credits: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('starts the status clock (statusSince) when a patch changes the status, and only then', async () => {
    const db = await freshDatabase();
    await putRecord(db, makeRecord({ id: 'a', status: 'submitted', updatedAt: '2026-03-01T00:00:00.000Z' }));
    const clock = fakeClock('2026-03-20T09:00:00.000Z');

    const edited = await updateRecord(db, 'a', { notes: 'portal reference 42', status: 'submitted' }, clock);
    expect(edited.statusSince, 'the same status again is no change').toBeUndefined();
    expect('statusSince' in (await db.get('records', 'a'))!).toBe(false);

    const pending = await updateRecord(db, 'a', { status: 'pending' }, clock);
    expect(pending.statusSince).toBe(pending.updatedAt);
    expect(pending.statusSince).toBe('2026-03-20T09:00:02.000Z');

    const noted = await updateRecord(db, 'a', { notes: 'chased by e-mail', credits: 12 }, clock);
    expect(noted.statusSince, 'other edits leave it alone').toBe('2026-03-20T09:00:02.000Z');
    expect(noted.updatedAt).toBe('2026-03-20T09:00:03.000Z');

    const earned = await updateRecord(db, 'a', { status: 'earned' }, clock);
    expect(earned.statusSince).toBe('2026-03-20T09:00:04.000Z');
    expect(await db.get('records', 'a')).toEqual(earned);
  });

  it('does not start the status clock for a new capture: a captured record counts from its end date', async () => {
    const db = await freshDatabase();
    const { record } = await saveCapture(db, makeCapture(), fakeClock());
    expect(record.statusSince).toBeUndefined();
  });

  it('returns the deleted record so it can be restored exactly', async () => {
    const db = await freshDatabase();
    const original = await putRecord(db, makeRecord({ id: 'a', notes: 'keep me' }));
    const deleted = await deleteRecord(db, 'a');
    expect(await db.count('records')).toBe(0);
    await putRecord(db, deleted);
    expect(await db.get('records', 'a')).toEqual(original);
  });
});
