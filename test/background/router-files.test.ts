import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/router';
import type { RouterContext, SenderInfo } from '../../src/background/router-context';
import { bytesToBase64 } from '../../src/base64';
import { AttachRequests } from '../../src/background/capture-limits';
import { DEFAULT_SETTINGS } from '../../src/domain/schema';
import { putTransfer, takeTransfer } from '../../src/store/transfers';
import type { Database } from '../../src/store/db';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture } from '../helpers/factories';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const dashboard: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/options/index.html` };
const ciscoUTab: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: {} };
const otherSiteTab: SenderInfo = { id: EXTENSION_ID, url: 'https://www.udemy.com/certificate/UC-1/', tab: {} };

const PDF_BYTES = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
/** A certificate as a content script sends it: base64 in the message. */
const pdfFile = (bytes: Uint8Array = PDF_BYTES, name = 'ENAUTO certificate.pdf') => ({ name, type: 'application/pdf', base64: bytesToBase64(bytes) });
/** A PDF as an extension page hands it over: its bytes in the transfers store, the message naming them. */
async function pageFile(db: Database, bytes: Uint8Array = PDF_BYTES, name = 'ENAUTO certificate.pdf') {
  return { name, type: 'application/pdf', transferId: await putTransfer(db, new Blob([bytes as Uint8Array<ArrayBuffer>]), fakeClock()) };
}
const fields = { title: 'Implementing Automation (ENAUTO)', provider: 'Cisco U.', endDate: '2026-03-14', certificateCode: 'CSCO-U-1', credits: '24', creditUnit: 'CE', program: 'cisco' };

async function setup(): Promise<{ db: Database; ctx: RouterContext; onChange: ReturnType<typeof vi.fn> }> {
  const db = await freshDatabase();
  const onChange = vi.fn();
  return { db, onChange, ctx: { db: async () => db, clock: fakeClock(), extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, onChange } };
}

describe('certificate PDFs through the router', () => {
  it('imports a confirmed PDF as a record with its certificate, and gives the bytes back unchanged', async () => {
    const { db, ctx, onChange } = await setup();
    const reply = await handleMessage({ type: 'pdf.import', fields, file: await pageFile(db) }, dashboard, ctx);
    expect(reply).toMatchObject({ ok: true, data: { outcome: 'added', record: { title: fields.title, adapterId: 'pdf', credits: 24 }, file: { name: 'ENAUTO certificate.pdf' } } });
    expect(onChange).toHaveBeenCalled();
    expect(await db.count('transfers'), 'the hand-over was taken').toBe(0);
    const record = (await db.getAll('records'))[0]!;
    const got = await handleMessage({ type: 'file.get', id: record.certificateFileId }, dashboard, ctx);
    expect(got.ok).toBe(true);
    if (got.ok) expect(new Uint8Array(await (await takeTransfer(db, (got.data as { transferId: string }).transferId)).arrayBuffer())).toEqual(PDF_BYTES);
  });

  it.each([
    ['a file that is not a PDF', new TextEncoder().encode('<html>not a pdf</html>'), 'fake.pdf', /fake\.pdf: not a PDF/],
    ['a file over the size setting', new Uint8Array(21 * 1024 * 1024).fill(0x25), 'big.pdf', /larger than 20 MB/],
  ])('refuses %s with a clear message and stores nothing', async (_label, bytes, name, message) => {
    const { db, ctx } = await setup();
    const reply = await handleMessage({ type: 'pdf.import', fields, file: await pageFile(db, bytes, name) }, dashboard, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(message) } });
    expect(await db.count('records')).toBe(0);
    expect(await db.count('files')).toBe(0);
  });

  it('drops the file a page handed over when its form is refused before the file was read', async () => {
    const { db, ctx } = await setup();
    const reply = await handleMessage({ type: 'pdf.import', fields: { ...fields, title: '' }, file: await pageFile(db) }, dashboard, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await db.count('transfers')).toBe(0);
  });

  it('refuses a hand-over that is not there, and base64 a content script sent damaged', async () => {
    const { db, ctx } = await setup();
    const missing = { name: 'x.pdf', type: 'application/pdf', transferId: 'no-such-transfer' };
    expect(await handleMessage({ type: 'pdf.import', fields, file: missing }, dashboard, ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const saved = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const recordId = saved.ok ? (saved.data as { record: { id: string } }).record.id : '';
    const damaged = { name: 'x.pdf', type: 'application/pdf', base64: '%%%not base64%%%' };
    expect(await handleMessage({ type: 'capture.attach', recordId, file: damaged }, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/arrived damaged/) } });
    expect(await db.count('files')).toBe(0);
  });

  it('attaches a PDF to a stored record by hand', async () => {
    const { db, ctx } = await setup();
    const saved = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const recordId = saved.ok ? (saved.data as { record: { id: string } }).record.id : '';
    const reply = await handleMessage({ type: 'file.attach', recordId, file: await pageFile(db) }, dashboard, ctx);
    expect(reply).toMatchObject({ ok: true, data: { record: { id: recordId }, file: { source: 'import' } } });
    expect(await db.count('files')).toBe(1);
  });

  it('lets a page attach the certificate it links to only to the record captured from its own site', async () => {
    const { db, ctx } = await setup();
    const saved = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const recordId = saved.ok ? (saved.data as { record: { id: string } }).record.id : '';
    expect(await handleMessage({ type: 'capture.attach', recordId, file: pdfFile() }, otherSiteTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.count('files')).toBe(0);
    expect(await handleMessage({ type: 'capture.attach', recordId, file: pdfFile() }, ciscoUTab, ctx)).toMatchObject({ ok: true, data: { file: { source: 'page' } } });
    // The other file messages stay with the extension's own pages.
    expect(await handleMessage({ type: 'file.get', id: 'x' }, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleMessage({ type: 'pdf.import', fields, file: await pageFile(db) }, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('capture.save asks the page for its certificate PDF only when it is wanted', () => {
  it('asks, with the size limit, when the setting is on and the record has no certificate', async () => {
    const { ctx } = await setup();
    const reply = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    expect(reply).toMatchObject({ ok: true, data: { attachPdf: { maxBytes: 20 * 1024 * 1024 } } });
  });

  it('does not ask once the record has its certificate, nor when the setting is off', async () => {
    const { db, ctx } = await setup();
    const first = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const recordId = first.ok ? (first.data as { record: { id: string } }).record.id : '';
    await handleMessage({ type: 'capture.attach', recordId, file: pdfFile() }, ciscoUTab, ctx);
    const again = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    expect(again.ok && 'attachPdf' in (again.data as object)).toBe(false);

    await db.put('settings', { submissionWindowDays: 90, remindersEnabled: true, reminderDaysBeforeExpiry: [90, 60, 30], badgeEnabled: true, autoAttachPdf: false, maxPdfMegabytes: 20 }, 'settings');
    const other = await handleMessage({ type: 'capture.save', capture: makeCapture({ certificateCode: 'OTHER-1', title: 'Another course' }) }, ciscoUTab, ctx);
    expect(other).toMatchObject({ ok: true, data: { outcome: 'added' } });
    expect(other.ok && 'attachPdf' in (other.data as object)).toBe(false);
  });
});

describe('a page attaches a certificate PDF only when asked, once', () => {
  const asking = async () => {
    const { db, ctx } = await setup();
    const withRequests: RouterContext = { ...ctx, attachRequests: new AttachRequests() };
    return { db, ctx: withRequests };
  };

  it('refuses a PDF for a record whose PDF was never asked for', async () => {
    const { db, ctx } = await asking();
    await handleMessage({ type: 'settings.save', settings: { ...DEFAULT_SETTINGS, autoAttachPdf: false } }, dashboard, ctx);
    const saved = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const recordId = saved.ok ? (saved.data as { record: { id: string } }).record.id : '';
    expect(await handleMessage({ type: 'capture.attach', recordId, file: pdfFile() }, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('not asked for') } });
    expect(await db.count('files')).toBe(0);
  });

  it('keeps one file of twenty sent at once for one record, and takes no second one later', async () => {
    const { db, ctx } = await asking();
    const saved = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    expect(saved).toMatchObject({ ok: true, data: { attachPdf: {} } });
    const recordId = saved.ok ? (saved.data as { record: { id: string } }).record.id : '';
    const replies = await Promise.all(Array.from({ length: 20 }, () => handleMessage({ type: 'capture.attach', recordId, file: pdfFile() }, ciscoUTab, ctx)));
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.count('files')).toBe(1);
    // The page shows itself again: the record has its PDF, so nothing is asked, and a PDF sent anyway is refused.
    const again = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    expect(again.ok && 'attachPdf' in (again.data as object)).toBe(false);
    expect(await handleMessage({ type: 'capture.attach', recordId, file: pdfFile() }, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.count('files')).toBe(1);
  });

  it("never replaces the PDF the user attached by hand", async () => {
    const { db, ctx } = await asking();
    const saved = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const recordId = saved.ok ? (saved.data as { record: { id: string } }).record.id : '';
    const own = await handleMessage({ type: 'file.attach', recordId, file: await pageFile(db, PDF_BYTES, 'mine.pdf') }, dashboard, ctx);
    expect(own).toMatchObject({ ok: true });
    expect(await handleMessage({ type: 'capture.attach', recordId, file: pdfFile() }, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('already has') } });
    expect((await db.get('records', recordId))?.certificateFileId).toBe((own as { data: { file: { id: string } } }).data.file.id);
  });
});

describe("pages' PDFs stop short of the browser's quota", () => {
  const MB = 1024 * 1024;
  /** 20 MB is the most kept (the setting in these tests), so a page's PDF may need that much room. */
  const withStorage = (ctx: RouterContext, usage: number, quota: number): RouterContext => ({ ...ctx, storageFigures: async () => ({ usage, quota }) });

  it('asks for the PDF while one of the largest size fits under nine tenths of the quota, and not once it does not', async () => {
    const { ctx } = await setup();
    const roomy = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, withStorage(ctx, 60 * MB, 100 * MB));
    expect(roomy).toMatchObject({ ok: true, data: { attachPdf: { maxBytes: 20 * MB } } });
    const tight = await handleMessage({ type: 'capture.save', capture: makeCapture({ certificateCode: 'OTHER-1', title: 'Another course' }) }, ciscoUTab, withStorage(ctx, 71 * MB, 100 * MB));
    expect(tight, 'the record is saved all the same').toMatchObject({ ok: true, data: { outcome: 'added' } });
    expect(tight.ok && 'attachPdf' in (tight.data as object)).toBe(false);
  });

  it('asks as before when the browser gives no figures', async () => {
    const { ctx } = await setup();
    const reply = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, { ...ctx, storageFigures: async () => undefined });
    expect(reply).toMatchObject({ ok: true, data: { attachPdf: { maxBytes: 20 * MB } } });
  });

  it("refuses a page's PDF that would pass the share, saying why, and keeps the record; the user's own PDF is not held to it", async () => {
    const { db, ctx } = await setup();
    const saved = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const recordId = saved.ok ? (saved.data as { record: { id: string } }).record.id : '';
    const full = withStorage(ctx, 90 * MB, 100 * MB);
    expect(await handleMessage({ type: 'capture.attach', recordId, file: pdfFile() }, ciscoUTab, full)).toMatchObject({ ok: false, error: { code: 'quota', message: expect.stringMatching(/nearly full.*record itself is saved/) } });
    expect(await db.count('files')).toBe(0);
    expect(await db.count('records')).toBe(1);
    expect(await handleMessage({ type: 'file.attach', recordId, file: await pageFile(db) }, dashboard, full)).toMatchObject({ ok: true, data: { file: { source: 'import' } } });
  });
});

describe('a full disk', () => {
  it('answers a quota error plainly, and the transaction leaves nothing behind', async () => {
    const { db, ctx } = await setup();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    // The write fails part-way, inside its transaction, as a full disk makes it fail.
    const full = { ...ctx, clock: { now: () => new Date('2026-03-20T09:00:00Z'), newId: () => { throw quota; } } };
    const reply = await handleMessage({ type: 'pdf.import', fields, file: await pageFile(db) }, dashboard, full);
    expect(reply).toMatchObject({ ok: false, error: { code: 'quota', message: expect.stringContaining('nothing was saved') } });
    expect(await db.count('records')).toBe(0);
    expect(await db.count('files')).toBe(0);
  });
});
