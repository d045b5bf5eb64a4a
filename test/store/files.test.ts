import { describe, expect, it } from 'vitest';
import { attachFile, getFile } from '../../src/store/files';
import { NotFoundError, saveCapture, undoCapture } from '../../src/store/records';
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
