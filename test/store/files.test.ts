import { describe, expect, it } from 'vitest';
import { attachFile, getFile, sweepReleased } from '../../src/store/files';
import { NotFoundError, deleteRecord, putRecord, saveCapture, undoCapture } from '../../src/store/records';
import { exportBackup } from '../../src/store/backup-io';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture } from '../helpers/factories';

const PDF = new TextEncoder().encode('%PDF-1.4\n% a certificate\n%%EOF\n');
const pdf = (name = 'certificate.pdf') => ({ name, bytes: PDF, source: 'import' as const });

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('certificate files', () => {
  it('keeps an imported certificate with the new record it describes, bytes and all', async () => {
    const db = await freshDatabase();
    const result = await saveCapture(db, makeCapture({ adapterId: 'pdf', sourceUrl: undefined, certificateCode: 'ETA-1' }), fakeClock(), pdf());
    expect(result.outcome).toBe('added');
    expect(result.file).toMatchObject({ name: 'certificate.pdf', type: 'application/pdf', size: PDF.byteLength, recordId: result.record.id, source: 'import' });
    expect((await db.get('records', result.record.id))?.certificateFileId).toBe(result.file!.id);
    const stored = await getFile(db, result.file!.id);
    expect(stored.blob.type).toBe('application/pdf');
    expect(await bytesOf(stored.blob)).toEqual(PDF);
  });

  it('attaches a certificate whose code is already on record to that record instead of adding a duplicate, overwriting nothing', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const first = await saveCapture(db, makeCapture({ certificateCode: 'CSCO-U-1', title: 'ENAUTO as the portal names it' }), clock);
    const imported = await saveCapture(db, makeCapture({ adapterId: 'pdf', sourceUrl: undefined, certificateCode: 'csco-u-1', title: 'Another title on the PDF' }), clock, pdf());
    expect(imported.record.id).toBe(first.record.id);
    expect(imported.outcome).toBe('unchanged');
    expect(await db.count('records')).toBe(1);
    const record = await db.get('records', first.record.id);
    expect(record).toMatchObject({ title: 'ENAUTO as the portal names it', certificateFileId: imported.file!.id });
  });

  it('attaches a PDF to a stored record by hand; the earlier certificate stays stored for an Undo that restores the record', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const saved = await saveCapture(db, makeCapture(), clock, pdf('first.pdf'));
    const again = await attachFile(db, saved.record.id, pdf('second.pdf'), clock);
    expect(again.record.certificateFileId).toBe(again.file.id);
    expect(again.file.name).toBe('second.pdf');
    expect(await db.count('files')).toBe(2);
    expect((await getFile(db, saved.file!.id)).name).toBe('first.pdf');
  });

  it('removes the record on Undo of the capture that brought the certificate', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const saved = await saveCapture(db, makeCapture(), clock, pdf());
    await undoCapture(db, saved.undoToken!, clock);
    expect(await db.count('records')).toBe(0);
  });

  it('stores nothing when the record is missing or the file cannot be described', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    await expect(attachFile(db, 'no-such-record', pdf(), clock)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveCapture(db, makeCapture(), clock, pdf(' '))).rejects.toThrow();
    expect(await db.count('files')).toBe(0);
    expect(await db.count('records')).toBe(0);
    await expect(getFile(db, 'missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('files go with their records', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const at = (iso: string) => fakeClock(iso);
  const released = async (db: Awaited<ReturnType<typeof freshDatabase>>) => (await db.getAllFromIndex('files', 'byReleasedAt')).map((f) => f.id).sort();

  it('releases a deleted record’s certificate in the same write, keeps it a day for Undo, then sweeps it', async () => {
    const db = await freshDatabase();
    const saved = await saveCapture(db, makeCapture({ certificateCode: 'A' }), at('2026-03-01T09:00:00Z'), pdf());
    const removed = await deleteRecord(db, saved.record.id, at('2026-03-01T10:00:00Z'));
    expect(await released(db)).toEqual([saved.file!.id]);

    // Undo within the day: the record comes back with its certificate, no longer released.
    const restored = await putRecord(db, removed, at('2026-03-01T11:00:00Z'));
    expect(restored.certificateFileId).toBe(saved.file!.id);
    expect(await released(db)).toEqual([]);

    // Deleted again, and a day later another release sweeps it.
    await deleteRecord(db, saved.record.id, at('2026-03-01T12:00:00Z'));
    const other = await saveCapture(db, makeCapture({ certificateCode: 'B', title: 'Another course' }), at('2026-03-02T12:30:00Z'), pdf());
    await deleteRecord(db, other.record.id, at(new Date(Date.parse('2026-03-01T12:00:00Z') + DAY + 60_000).toISOString()));
    expect(await db.get('files', saved.file!.id), 'swept').toBeUndefined();
    expect(await released(db)).toEqual([other.file!.id]);
  });

  it('the twice-daily check sweeps what a day-old deletion released, with no other write needed', async () => {
    const db = await freshDatabase();
    const saved = await saveCapture(db, makeCapture({ certificateCode: 'A' }), at('2026-03-01T09:00:00Z'), pdf());
    await deleteRecord(db, saved.record.id, at('2026-03-01T10:00:00Z'));
    await sweepReleased(db, new Date('2026-03-02T09:59:00Z'));
    expect(await released(db), 'still held for Undo').toEqual([saved.file!.id]);
    await sweepReleased(db, new Date('2026-03-02T10:01:00Z'));
    expect(await db.count('files')).toBe(0);
  });

  it('an Undo after the sweep brings the record back without a link to a file that is gone', async () => {
    const db = await freshDatabase();
    const saved = await saveCapture(db, makeCapture({ certificateCode: 'A' }), at('2026-03-01T09:00:00Z'), pdf());
    const removed = await deleteRecord(db, saved.record.id, at('2026-03-01T10:00:00Z'));
    const other = await saveCapture(db, makeCapture({ certificateCode: 'B', title: 'Another' }), at('2026-03-03T09:00:00Z'), pdf());
    await deleteRecord(db, other.record.id, at('2026-03-03T10:00:00Z'));
    expect(await db.get('files', saved.file!.id)).toBeUndefined();
    const restored = await putRecord(db, removed, at('2026-03-03T11:00:00Z'));
    expect(restored.certificateFileId).toBeUndefined();
  });

  it('releases the certificate an attachment replaces; Undo of the capture that replaced it takes it back', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const first = await saveCapture(db, makeCapture({ certificateCode: 'A' }), clock, pdf('first.pdf'));
    const second = await saveCapture(db, makeCapture({ certificateCode: 'A' }), clock, pdf('second.pdf'));
    expect(await released(db)).toEqual([first.file!.id]);
    await undoCapture(db, second.undoToken!, clock);
    expect((await db.get('records', first.record.id))?.certificateFileId).toBe(first.file!.id);
    expect(await released(db)).toEqual([second.file!.id]);
  });

  it('never exports a released file', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const first = await saveCapture(db, makeCapture({ certificateCode: 'A' }), clock, pdf('first.pdf'));
    const second = await attachFile(db, first.record.id, pdf('second.pdf'), clock);
    const backup = JSON.parse(await exportBackup(db, { includeFiles: true }, clock.now())) as { files: Array<{ id: string }> };
    expect(backup.files.map((f) => f.id)).toEqual([second.file.id]);
  });
});

describe('what the review found', () => {
  it("keeps the capture's Undo working after its certificate was attached, and Undo takes the certificate too", async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const saved = await saveCapture(db, makeCapture({ certificateCode: 'A' }), clock);
    const attached = await attachFile(db, saved.record.id, pdf(), clock);
    await expect(undoCapture(db, saved.undoToken!, clock)).resolves.toMatchObject({ restored: 'removed' });
    expect(await db.count('records')).toBe(0);
    expect((await db.get('files', attached.file.id))?.releasedAt, 'the certificate is released with the record').toBeTruthy();
  });

  it('takes a released certificate back when an import brings its record back', async () => {
    const db = await freshDatabase();
    const clock = fakeClock();
    const saved = await saveCapture(db, makeCapture({ certificateCode: 'A' }), clock, pdf());
    const text = await exportBackup(db, { includeFiles: true }, clock.now());
    await deleteRecord(db, saved.record.id, clock);
    expect((await db.get('files', saved.file!.id))?.releasedAt).toBeTruthy();
    const { importBackup } = await import('../../src/store/backup-io');
    expect(await importBackup(db, text)).toMatchObject({ ok: true });
    expect((await db.get('files', saved.file!.id))?.releasedAt, 'kept again').toBeUndefined();
  });
});
