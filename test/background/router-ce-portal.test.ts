import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/router';
import type { RouterContext, SenderInfo } from '../../src/background/router-context';
import { PendingFills } from '../../src/background/ce-portal-actions';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCertification, makeRecord } from '../helpers/factories';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const dashboardPage: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/options/index.html` };
const portalTab = (tabId = 7): SenderInfo => ({ id: EXTENSION_ID, url: 'https://ce.cisco.com/submit-items', tab: { id: tabId } });
const learningPortalTab: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: { id: 3 } };

async function setup() {
  const db = await freshDatabase();
  const openCePortalForm = vi.fn(async () => 7);
  const openFillChooser = vi.fn(async (_tabId: number) => undefined);
  /** Tab 12 shows the form; any other tab has moved on (its script does not answer). */
  const fillInTab = vi.fn(async (tabId: number) => tabId === 12);
  const injectFiller = vi.fn(async (_tabId: number) => undefined);
  const ctx: RouterContext = {
    db: async () => db,
    clock: fakeClock(),
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    openCePortalForm,
    openFillChooser,
    fillInTab,
    injectFiller,
    pendingFills: new PendingFills(),
  };
  return { db, ctx, openCePortalForm, openFillChooser, fillInTab, injectFiller };
}
const chooserPage: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/fill-chooser/index.html#tab=12` };

const ENAUTO = makeRecord({ id: 'r1', title: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO)', status: 'captured', startDate: '2026-02-02', endDate: '2026-03-14', certificateCode: 'CSCO-U-8F3K2Q', credits: 24 });

describe('the CE portal through the router', () => {
  it("'Submit' opens the portal form, and that tab alone gets the record, once", async () => {
    const { db, ctx, openCePortalForm } = await setup();
    await db.put('records', ENAUTO);
    expect(await handleMessage({ type: 'record.submit', recordId: 'r1' }, dashboardPage, ctx)).toMatchObject({ ok: true });
    expect(openCePortalForm).toHaveBeenCalledTimes(1);
    expect(await handleMessage({ type: 'fill.request' }, portalTab(8), ctx)).toEqual({ ok: true, data: null });
    const reply = await handleMessage({ type: 'fill.request' }, portalTab(7), ctx);
    expect(reply).toEqual({
      ok: true,
      data: { recordId: 'r1', values: { itemName: ENAUTO.title, startDate: '2026-02-02', endDate: '2026-03-14', certificateCode: 'CSCO-U-8F3K2Q' } },
    });
    expect(await handleMessage({ type: 'fill.request' }, portalTab(7), ctx), 'a reload does not fill again').toEqual({ ok: true, data: null });
  });

  it("'Choose a record' on the portal opens the extension's chooser, and the record chosen there fills that tab alone", async () => {
    const { db, ctx, openFillChooser, fillInTab } = await setup();
    await db.put('records', ENAUTO);
    expect(await handleMessage({ type: 'fill.choose' }, portalTab(12), ctx)).toEqual({ ok: true, data: { opened: true } });
    expect(openFillChooser).toHaveBeenCalledWith(12);
    expect(await handleMessage({ type: 'fill.request' }, portalTab(12), ctx), 'nothing is handed out before the user chooses').toEqual({ ok: true, data: null });

    expect(await handleMessage({ type: 'record.submit', recordId: 'r1', tabId: 12 }, chooserPage, ctx)).toEqual({ ok: true, data: { opened: true } });
    expect(fillInTab).toHaveBeenCalledWith(12);
    expect(await handleMessage({ type: 'fill.request' }, portalTab(13), ctx)).toEqual({ ok: true, data: null });
    expect(await handleMessage({ type: 'fill.request' }, portalTab(12), ctx)).toMatchObject({ ok: true, data: { recordId: 'r1' } });
  });

  it('injects the filler into a tab whose form was found only when the user chose a record for that tab', async () => {
    const { db, ctx, injectFiller } = await setup();
    await db.put('records', ENAUTO);
    // The form on a portal tab nobody chose a record for: the page is offered the chooser, and gets no filler.
    expect(await handleMessage({ type: 'fill.formFound' }, portalTab(7), ctx)).toEqual({ ok: true, data: { filling: false } });
    expect(injectFiller).not.toHaveBeenCalled();

    // 'Submit' opened tab 7 for ENAUTO: its form, once found, gets the filler, which then takes the record.
    await handleMessage({ type: 'record.submit', recordId: 'r1' }, dashboardPage, ctx);
    expect(await handleMessage({ type: 'fill.formFound' }, portalTab(8), ctx)).toEqual({ ok: true, data: { filling: false } });
    expect(await handleMessage({ type: 'fill.formFound' }, portalTab(7), ctx)).toEqual({ ok: true, data: { filling: true } });
    expect(injectFiller).toHaveBeenCalledExactlyOnceWith(7);
    expect(await handleMessage({ type: 'fill.request' }, portalTab(7), ctx)).toMatchObject({ ok: true, data: { recordId: 'r1' } });
    expect(await handleMessage({ type: 'fill.formFound' }, portalTab(7), ctx), 'filled once: a reload offers the chooser').toEqual({ ok: true, data: { filling: false } });
  });

  it('injects nothing on fill.formFound from a learning site, nor for an extension page, which has no tab', async () => {
    const { db, ctx, injectFiller } = await setup();
    await db.put('records', ENAUTO);
    await handleMessage({ type: 'record.submit', recordId: 'r1' }, dashboardPage, ctx);
    expect(await handleMessage({ type: 'fill.formFound' }, { ...learningPortalTab, tab: { id: 7 } }, ctx)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'fill.formFound' }, dashboardPage, ctx)).toEqual({ ok: true, data: { filling: false } });
    expect(injectFiller).not.toHaveBeenCalled();
  });

  it('sends one filler when the page reports its form twice before the filler asks for the record', async () => {
    const { db, ctx, injectFiller } = await setup();
    await db.put('records', ENAUTO);
    await handleMessage({ type: 'record.submit', recordId: 'r1' }, dashboardPage, ctx);
    expect(await handleMessage({ type: 'fill.formFound' }, portalTab(7), ctx)).toEqual({ ok: true, data: { filling: true } });
    expect(await handleMessage({ type: 'fill.formFound' }, portalTab(7), ctx)).toEqual({ ok: true, data: { filling: false } });
    expect(injectFiller).toHaveBeenCalledTimes(1);
    expect(await handleMessage({ type: 'fill.request' }, portalTab(7), ctx)).toMatchObject({ ok: true, data: { recordId: 'r1' } });
  });

  it('offers the chooser, and forgets the choice, when the filler cannot be injected (the tab moved, access withdrawn)', async () => {
    const { db, ctx, injectFiller } = await setup();
    await db.put('records', ENAUTO);
    injectFiller.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await handleMessage({ type: 'record.submit', recordId: 'r1' }, dashboardPage, ctx);
    expect(await handleMessage({ type: 'fill.formFound' }, portalTab(7), ctx)).toEqual({ ok: true, data: { filling: false } });
    expect(await handleMessage({ type: 'fill.request' }, portalTab(7), ctx), 'nothing left to fill the tab later').toEqual({ ok: true, data: null });
  });

  it('says why, and leaves nothing pending, when the chosen tab cannot take the filler', async () => {
    const { db, ctx, fillInTab } = await setup();
    await db.put('records', ENAUTO);
    fillInTab.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await handleMessage({ type: 'record.submit', recordId: 'r1', tabId: 12 }, chooserPage, ctx)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'fill.formFound' }, portalTab(12), ctx)).toEqual({ ok: true, data: { filling: false } });
    expect(await handleMessage({ type: 'fill.request' }, portalTab(12), ctx)).toEqual({ ok: true, data: null });
  });

  it('says so when the portal tab has moved on or closed', async () => {
    const { db, ctx } = await setup();
    await db.put('records', ENAUTO);
    expect(await handleMessage({ type: 'record.submit', recordId: 'r1', tabId: 40 }, chooserPage, ctx)).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/CE portal tab/) } });
  });

  it("never hands Cisco's portal a record of another program, or one already claimed", async () => {
    const { db, ctx, openCePortalForm } = await setup();
    await db.put('records', makeRecord({ id: 'sec', program: 'comptia', creditUnit: 'CEU', status: 'captured' }));
    await db.put('records', makeRecord({ id: 'done', status: 'earned' }));
    for (const [recordId, why] of [['sec', /Only Cisco records/], ['done', /already claimed/]] as const) {
      expect(await handleMessage({ type: 'record.submit', recordId, tabId: 12 }, chooserPage, ctx)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(why) } });
      expect(await handleMessage({ type: 'record.submit', recordId }, dashboardPage, ctx)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(openCePortalForm).not.toHaveBeenCalled();
    expect(await handleMessage({ type: 'fill.request' }, portalTab(12), ctx)).toEqual({ ok: true, data: null });
  });

  it('refuses what a page would ask of the old in-page picker: the list of records, or a record by id', async () => {
    const { db, ctx } = await setup();
    await db.put('records', ENAUTO);
    expect(await handleMessage({ type: 'fill.records' }, portalTab(), ctx)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await handleMessage({ type: 'fill.request', recordId: 'r1' }, portalTab(), ctx)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });

  it('marks the record the tab was filled from submitted when the user sends the form, and no other record from that tab', async () => {
    const { db, ctx } = await setup();
    await db.put('records', ENAUTO);
    await db.put('records', makeRecord({ id: 'r2', status: 'captured' }));
    await handleMessage({ type: 'record.submit', recordId: 'r1' }, dashboardPage, ctx);
    await handleMessage({ type: 'fill.request' }, portalTab(7), ctx);
    expect(await handleMessage({ type: 'fill.submitted', recordId: 'r2' }, portalTab(7), ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleMessage({ type: 'fill.submitted', recordId: 'r1' }, portalTab(7), ctx)).toMatchObject({ ok: true, data: { status: 'submitted' } });
    expect((await db.get('records', 'r1'))?.statusSince).toBeTruthy();
    expect((await db.get('records', 'r2'))?.status).toBe('captured');
  });

  it('still marks the record submitted when the worker was stopped while the user checked the form (a restart forgets the tab)', async () => {
    const { db, ctx } = await setup();
    await db.put('records', ENAUTO);
    await handleMessage({ type: 'record.submit', recordId: 'r1' }, dashboardPage, ctx);
    await handleMessage({ type: 'fill.request' }, portalTab(7), ctx);
    const restarted = { ...ctx, pendingFills: new PendingFills() };
    expect(await handleMessage({ type: 'fill.submitted', recordId: 'r1' }, portalTab(7), restarted)).toMatchObject({ ok: true, data: { status: 'submitted' } });
  });

  it('leaves nothing pending for a tab that has moved on, so it never fills itself later', async () => {
    const { db, ctx } = await setup();
    await db.put('records', ENAUTO);
    expect(await handleMessage({ type: 'record.submit', recordId: 'r1', tabId: 40 }, chooserPage, ctx)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'fill.request' }, portalTab(40), ctx)).toEqual({ ok: true, data: null });
  });

  it('never moves a later status back when the form is sent again', async () => {
    const { db, ctx } = await setup();
    await db.put('records', { ...ENAUTO, status: 'submitted' });
    await handleMessage({ type: 'record.submit', recordId: 'r1' }, dashboardPage, ctx);
    await handleMessage({ type: 'fill.request' }, portalTab(7), ctx);
    await db.put('records', { ...ENAUTO, status: 'earned' });
    expect(await handleMessage({ type: 'fill.submitted', recordId: 'r1' }, portalTab(7), ctx)).toMatchObject({ ok: true, data: { status: 'earned' } });
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
    const reply = await handleMessage({ type: 'cePortal.sync', dashboard }, portalTab(), ctx);
    expect(reply).toMatchObject({ ok: true, data: { changed: 2 } });
    expect((reply as { data: { lines: string[] } }).data.lines.join(' ')).toMatch(/Earned/);
    expect(await db.get('records', 'r1')).toMatchObject({ status: 'earned', statusSince: expect.any(String) });
    expect(await db.get('certifications', 'c1')).toMatchObject({ expiresOn: '2029-03-14', earnedOn: '2026-03-14' });
  });

  it('takes portal messages from the portal only, and refuses page data out of bounds', async () => {
    const { db, ctx } = await setup();
    await db.put('records', ENAUTO);
    for (const message of [{ type: 'fill.request' }, { type: 'fill.choose' }, { type: 'fill.submitted', recordId: 'r1' }, { type: 'cePortal.sync', dashboard: { claims: [], certifications: [] } }]) {
      expect(await handleMessage(message, learningPortalTab, ctx), message.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handleMessage({ type: 'record.submit', recordId: 'r1' }, portalTab(), ctx), 'only our pages start a submission').toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const tooMany = { claims: Array.from({ length: 2001 }, () => ({ itemName: 'x', status: 'pending' })), certifications: [] };
    expect(await handleMessage({ type: 'cePortal.sync', dashboard: tooMany }, portalTab(), ctx)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect((await db.get('records', 'r1'))?.status).toBe('captured');
  });
});
