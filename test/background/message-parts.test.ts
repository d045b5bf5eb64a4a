import { describe, expect, it } from 'vitest';
import { PART_BYTES, PartAssemblies, blobPart, partsOf } from '../../src/background/message-parts';
import { handleMessage } from '../../src/background/router';
import type { RouterContext, SenderInfo } from '../../src/background/router-context';
import { PendingFills } from '../../src/background/ce-portal-actions';
import { base64ToBytes, bytesToBase64 } from '../../src/base64';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture } from '../helpers/factories';
import { putTransfer } from '../../src/store/transfers';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const ciscoUTab: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: { id: 4 } };
const dashboard: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/options/index.html` };
const portalTab = (id: number): SenderInfo => ({ id: EXTENSION_ID, url: 'https://ce.cisco.com/submit-items', tab: { id } });

/** A PDF a little over one part long, every byte telling where it sits. */
function bigPdf(): Uint8Array {
  const bytes = new Uint8Array(PART_BYTES + 1000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7) % 251;
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

describe('files in parts', () => {
  it('counts parts and cuts a Blob into them', async () => {
    expect([partsOf(0), partsOf(1), partsOf(PART_BYTES), partsOf(PART_BYTES + 1)]).toEqual([1, 1, 1, 2]);
    const bytes = bigPdf();
    const last = await blobPart(new Blob([bytes as Uint8Array<ArrayBuffer>]), 1);
    expect(last).toEqual(bytes.subarray(PART_BYTES));
  });

  it('assembles parts that arrive in any order, and forgets an assembly left unfinished', () => {
    let now = 0;
    const assemblies = new PartAssemblies(() => now);
    expect(assemblies.add('a', 1, 3, new Uint8Array([4, 5]))).toEqual({ received: 1 });
    expect(assemblies.add('a', 0, 3, new Uint8Array([1, 2, 3]))).toEqual({ received: 2 });
    expect(assemblies.add('a', 2, 3, new Uint8Array([6]))).toEqual({ whole: new Uint8Array([1, 2, 3, 4, 5, 6]) });
    expect(assemblies.add('b', 0, 2, new Uint8Array([1]))).toEqual({ received: 1 });
    now += 3 * 60 * 1000;
    expect(assemblies.add('b', 1, 2, new Uint8Array([2])), 'part 0 was dropped with its stale assembly').toEqual({ received: 1 });
  });

  it('keeps a certificate a page sends in parts, byte for byte, and gives it to the portal tab filled from it, part by part', { timeout: 20_000 }, async () => {
    const db = await freshDatabase();
    const pendingFills = new PendingFills();
    const ctx: RouterContext = {
      db: async () => db,
      clock: fakeClock(),
      extensionId: EXTENSION_ID,
      extensionOrigin: EXTENSION_ORIGIN,
      partAssemblies: new PartAssemblies(),
      openCePortalForm: async () => 7,
      fillInTab: async () => true,
      pendingFills,
    };
    await db.put('settings', { submissionWindowDays: 90, remindersEnabled: true, reminderDaysBeforeExpiry: [90, 60, 30], badgeEnabled: true, autoAttachPdf: true, maxPdfMegabytes: 50 }, 'settings');
    const saved = await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const recordId = saved.ok ? (saved.data as { record: { id: string } }).record.id : '';
    const bytes = bigPdf();
    // The page cuts where it likes; here in three, the last first.
    const cuts = [0, PART_BYTES / 2, PART_BYTES, bytes.length];
    const replies = [];
    for (const part of [2, 0, 1]) {
      const base64 = bytesToBase64(bytes.subarray(cuts[part], cuts[part + 1]));
      replies.push(await handleMessage({ type: 'capture.attach', recordId, file: { name: 'big.pdf', type: 'application/pdf', base64 }, part, parts: 3 }, ciscoUTab, ctx));
    }
    expect(replies.slice(0, 2)).toEqual([{ ok: true, data: { received: 1 } }, { ok: true, data: { received: 2 } }]);
    expect(replies[2]).toMatchObject({ ok: true, data: { file: { name: 'big.pdf', size: bytes.length, source: 'page' } } });

    await handleMessage({ type: 'record.submit', recordId }, dashboard, ctx);
    const fileId = (await db.get('records', recordId))!.certificateFileId!;
    expect(await handleMessage({ type: 'fill.certificatePart', recordId, fileId, part: 0 }, portalTab(7), ctx), 'not before the tab takes its fill').toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const payload = await handleMessage({ type: 'fill.request' }, portalTab(7), ctx);
    expect(payload).toMatchObject({ ok: true, data: { certificate: { fileId, name: 'big.pdf', size: bytes.length, parts: 2 } } });
    const pieces = [];
    for (let part = 0; part < 2; part++) {
      const reply = await handleMessage({ type: 'fill.certificatePart', recordId, fileId, part }, portalTab(7), ctx);
      pieces.push(base64ToBytes((reply as { data: { base64: string } }).data.base64));
    }
    const whole = new Uint8Array(bytes.length);
    pieces.reduce((offset, piece) => (whole.set(piece, offset), offset + piece.length), 0);
    // Compared as buffers: toEqual walks 8 million elements one by one.
    expect(Buffer.from(whole).equals(Buffer.from(bytes)), 'the certificate, byte for byte').toBe(true);
    expect(await handleMessage({ type: 'fill.certificatePart', recordId, fileId, part: 0 }, portalTab(8), ctx), 'another tab').toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // The user replaces the PDF while the form is being filled: the rest is not taken from the new file.
    expect(await handleMessage({ type: 'file.attach', recordId, file: { name: 'new.pdf', type: 'application/pdf', transferId: await putTransfer(db, new Blob([bigPdf().slice(0, 1000)]), fakeClock()) } }, dashboard, ctx)).toMatchObject({ ok: true });
    expect(await handleMessage({ type: 'fill.certificatePart', recordId, fileId, part: 1 }, portalTab(7), ctx), 'a part of the replaced file').toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('changed') } });
  });
});
