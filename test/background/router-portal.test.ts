import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type RouterContext, type SenderInfo } from '../../src/background/router';
import { PendingFills } from '../../src/background/portal-actions';
import type { Database } from '../../src/store/db';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCertification, makeRecord } from '../helpers/factories';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const dashboardPage: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/options/index.html` };
const portalTab = (tabId = 7): SenderInfo => ({ id: EXTENSION_ID, url: 'https://ce.cisco.com/submit-items', tab: { id: tabId } });
const learningPortalTab: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: { id: 3 } };

async function setup(): Promise<{ db: Database; ctx: RouterContext; openPortalForm: ReturnType<typeof vi.fn> }> {
  const db = await freshDatabase();
  const openPortalForm = vi.fn(async () => 7);
  const ctx: RouterContext = { db: async () => db, clock: fakeClock(), extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, openPortalForm, pendingFills: new PendingFills() };
  return { db, ctx, openPortalForm };
}

const ENAUTO = makeRecord({ id: 'r1', title: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)', status: 'captured', startDate: '2026-02-02', endDate: '2026-03-14', certificateCode: 'CSCO-U-8F3K2Q', credits: 24 });

describe('the CE portal through the router', () => {
  it("'Submit' opens the portal form, and that tab alone gets the record, once", async () => {
    const { db, ctx, openPortalForm } = await setup();
    await db.put('records', ENAUTO);
    expect(await handleMessage({ type: 'record.submit', recordId: 'r1' }, dashboardPage, ctx)).toMatchObject({ ok: true });
    expect(openPortalForm).toHaveBeenCalledTimes(1);
    expect(await handleMessage({ type: 'fill.request' }, portalTab(8), ctx)).toEqual({ ok: true, data: null });
    const reply = await handleMessage({ type: 'fill.request' }, portalTab(7), ctx);
    expect(reply).toEqual({
      ok: true,
      data: { recordId: 'r1', values: { itemName: ENAUTO.title, startDate: '2026-02-02', endDate: '2026-03-14', certificateCode: 'CSCO-U-8F3K2Q' } },
    });
    expect(await handleMessage({ type: 'fill.request' }, portalTab(7), ctx), 'a reload does not fill again').toEqual({ ok: true, data: null });
  });

  it('offers the records not yet claimed in the picker, newest first', async () => {
    const { db, ctx } = await setup();
    await db.put('records', ENAUTO);
    await db.put('records', makeRecord({ id: 'r2', title: 'Older', status: 'submitted', endDate: '2026-01-10' }));
    await db.put('records', makeRecord({ id: 'r3', title: 'Done', status: 'earned', endDate: '2026-03-20' }));
    const reply = await handleMessage({ type: 'fill.records' }, portalTab(), ctx);
    expect(reply.ok && (reply.data as Array<{ id: string }>).map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it("marks a record submitted when the user sends the form, and never moves a later status back", async () => {
    const { db, ctx } = await setup();
    await db.put('records', ENAUTO);
    await db.put('records', makeRecord({ id: 'r3', status: 'earned' }));
    expect(await handleMessage({ type: 'fill.submitted', recordId: 'r1' }, portalTab(), ctx)).toMatchObject({ ok: true, data: { status: 'submitted' } });
    expect((await db.get('records', 'r1'))?.statusSince).toBeTruthy();
    expect(await handleMessage({ type: 'fill.submitted', recordId: 'r3' }, portalTab(), ctx)).toMatchObject({ ok: true, data: { status: 'earned' } });
  });

  it("brings the dashboard's claims and certifications into the store and says what changed", async () => {
    const { db, ctx } = await setup();
    await db.put('records', { ...ENAUTO, status: 'submitted' });
    await db.put('certifications', makeCertification({ id: 'c1', name: 'CCNP Enterprise', earnedOn: '2023-03-14', expiresOn: '2026-03-14' }));
    const dashboard = {
      claims: [{ itemName: ENAUTO.title, endDate: '2026-03-14', credits: 24, status: 'earned' }],
      certifications: [{ name: 'CCNP Enterprise', earnedOn: '2026-03-14', expiresOn: '2029-03-14' }],
      claimsState: 'listed',
    };
    const reply = await handleMessage({ type: 'portal.sync', dashboard }, portalTab(), ctx);
    expect(reply).toMatchObject({ ok: true, data: { changed: 2 } });
    expect((reply as { data: { lines: string[] } }).data.lines.join(' ')).toMatch(/Earned/);
    expect(await db.get('records', 'r1')).toMatchObject({ status: 'earned', statusSince: expect.any(String) });
    expect(await db.get('certifications', 'c1')).toMatchObject({ expiresOn: '2029-03-14', earnedOn: '2026-03-14' });
  });

  it('takes portal messages from the portal only, and refuses page data out of bounds', async () => {
    const { db, ctx } = await setup();
    await db.put('records', ENAUTO);
    for (const message of [{ type: 'fill.request' }, { type: 'fill.records' }, { type: 'fill.submitted', recordId: 'r1' }, { type: 'portal.sync', dashboard: { claims: [], certifications: [] } }]) {
      expect(await handleMessage(message, learningPortalTab, ctx), message.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handleMessage({ type: 'record.submit', recordId: 'r1' }, portalTab(), ctx), 'only our pages start a submission').toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const tooMany = { claims: Array.from({ length: 2001 }, () => ({ itemName: 'x', status: 'pending' })), certifications: [] };
    expect(await handleMessage({ type: 'portal.sync', dashboard: tooMany }, portalTab(), ctx)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect((await db.get('records', 'r1'))?.status).toBe('captured');
  });
});
