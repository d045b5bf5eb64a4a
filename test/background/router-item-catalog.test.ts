import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/router';
import type { RouterContext, SenderInfo } from '../../src/background/router-context';
import { PendingFills } from '../../src/background/ce-portal-actions';
import type { CourseRecord } from '../../src/domain/schema';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture } from '../helpers/factories';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const extensionPage: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/popup/index.html` };
const catalogueTab: SenderInfo = { id: EXTENSION_ID, url: 'https://ce.cisco.com/item-catalog', tab: { id: 3 } };
const ciscoUTab: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: { id: 4 } };

const ENAUTO = 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO) v1.1';
const items = [
  { name: ENAUTO, code: 'CE-1047', credits: 40, type: 'E-Learning', provider: 'Cisco U.' },
  { name: 'Implementing Automation for Cisco Enterprise Solutions (ENAUTO) v1.1 - NO LABS', credits: 16 },
  { name: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2', credits: 64 },
];

async function setup() {
  const db = await freshDatabase();
  const onChange = vi.fn();
  const ctx: RouterContext = { db: async () => db, clock: fakeClock('2026-11-29T09:00:00.000Z'), extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, onChange };
  return { db, ctx, onChange };
}

const data = <T,>(reply: { ok: boolean }) => (reply as { ok: true; data: T }).data;

describe('the CE Item Catalog through the router', () => {
  it('stores a catalogue the portal script read, and links the records already captured to it', async () => {
    const { db, ctx, onChange } = await setup();
    const saved = data<{ record: CourseRecord }>(await handleMessage({ type: 'capture.save', capture: makeCapture({ credits: 24 }) }, ciscoUTab, ctx));
    expect(saved.record.catalogue).toBeUndefined();

    const stored = await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 2 } }, catalogueTab, ctx);
    expect(stored).toMatchObject({ ok: true, data: { itemCount: 3, linked: 1 } });
    expect(onChange).toHaveBeenCalled();
    const record = (await db.get('records', saved.record.id))!;
    // The learning portal's title stays; the official item and its credits come from the catalogue.
    expect(record.title).toBe(makeCapture().title);
    expect(record.catalogue).toMatchObject({ state: 'matched', item: { name: ENAUTO, code: 'CE-1047', credits: 40 } });
    expect(record.credits).toBe(40);

    const status = await handleMessage({ type: 'itemCatalog.status' }, extensionPage, ctx);
    expect(status).toMatchObject({ ok: true, data: { itemCount: 3, ageDays: 0, stale: false, complete: true, skipped: 2 } });
  });

  it('links a capture made after the catalogue was read, and keeps credits the user typed', async () => {
    const { ctx } = await setup();
    await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 0 } }, catalogueTab, ctx);
    const saved = data<{ record: CourseRecord }>(await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx));
    expect(saved.record.catalogue).toMatchObject({ state: 'matched', item: { name: ENAUTO } });
    expect(saved.record.credits).toBe(40);

    const edited = data<CourseRecord>(await handleMessage({ type: 'record.update', id: saved.record.id, patch: { credits: 30 } }, extensionPage, ctx));
    expect(edited).toMatchObject({ credits: 30, userSet: ['credits'], catalogue: { state: 'matched' } });
    await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 0 } }, catalogueTab, ctx);
    const again = data<CourseRecord[]>(await handleMessage({ type: 'records.list' }, extensionPage, ctx));
    expect(again[0]!.credits).toBe(30);
  });

  it('fills the portal form with the official item name', async () => {
    const { ctx } = await setup();
    await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 0 } }, catalogueTab, ctx);
    const saved = data<{ record: CourseRecord }>(await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx));
    const submitForm: SenderInfo = { id: EXTENSION_ID, url: 'https://ce.cisco.com/submit-items', tab: { id: 9 } };
    const portal = { openCePortalForm: vi.fn(async () => 9), fillInTab: vi.fn(async () => true), pendingFills: new PendingFills() };
    await handleMessage({ type: 'record.submit', recordId: saved.record.id }, extensionPage, { ...ctx, ...portal });
    const fill = await handleMessage({ type: 'fill.request' }, submitForm, { ...ctx, ...portal });
    expect(fill).toMatchObject({ ok: true, data: { values: { itemName: ENAUTO } } });
  });

  it('lets the user settle a near tie with one of the items offered, and only those', async () => {
    const { db, ctx } = await setup();
    const versions = [
      { name: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.1', credits: 64 },
      { name: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2', credits: 64 },
    ];
    await handleMessage({ type: 'itemCatalog.save', catalogue: { items: versions, complete: true, skipped: 0 } }, catalogueTab, ctx);
    const saved = data<{ record: CourseRecord }>(
      await handleMessage({ type: 'capture.save', capture: makeCapture({ title: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR)', credits: 40, certificateCode: 'E-1' }) }, ciscoUTab, ctx),
    );
    expect(saved.record.catalogue).toMatchObject({ state: 'choose', candidates: versions });
    expect(saved.record.credits).toBe(40);

    const other = { name: 'Something else', credits: 64 };
    expect(await handleMessage({ type: 'record.chooseItemCatalogEntry', id: saved.record.id, item: other }, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const chosen = await handleMessage({ type: 'record.chooseItemCatalogEntry', id: saved.record.id, item: versions[0]! }, extensionPage, ctx);
    expect(chosen).toMatchObject({ ok: true, data: { credits: 64, catalogue: { state: 'chosen', item: versions[0] } } });
    // A newer catalogue read leaves the choice alone.
    await handleMessage({ type: 'itemCatalog.save', catalogue: { items: versions, complete: true, skipped: 0 } }, catalogueTab, ctx);
    expect((await db.get('records', saved.record.id))?.catalogue).toMatchObject({ state: 'chosen', item: versions[0] });
    expect(await handleMessage({ type: 'record.chooseItemCatalogEntry', id: saved.record.id, item: versions[0]! }, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('plans with the catalogue: credits from it for the activities it lists, none from those it does not', async () => {
    const { ctx } = await setup();
    await handleMessage({ type: 'certification.save', certification: { id: 'ccnp', program: 'cisco', name: 'CCNP Enterprise', level: 'professional', expiresOn: '2027-03-14' } }, extensionPage, ctx);
    await handleMessage({ type: 'activities.add', item: { title: 'ENAUTO v1.1', program: 'cisco', credits: 10, creditUnit: 'CE', cost: 300, currency: 'USD', kind: 'online-course' } }, extensionPage, ctx);
    await handleMessage({ type: 'activities.add', item: { title: 'Python for Everybody', program: 'cisco', credits: 80, creditUnit: 'CE', cost: 0, kind: 'online-course' } }, extensionPage, ctx);
    await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 0 } }, catalogueTab, ctx);
    const reply = await handleMessage({ type: 'plan.get', certificationId: 'ccnp', currency: 'USD', today: '2026-11-29' }, extensionPage, ctx);
    const plan = (reply as { ok: true; data: { plan: { chosen: Array<{ title: string; credits: number }>; excluded: Array<{ item: { title: string }; reason: string }> } } }).data.plan;
    expect(plan.chosen).toEqual([expect.objectContaining({ title: 'ENAUTO v1.1', credits: 40 })]);
    expect(plan.excluded).toContainEqual(expect.objectContaining({ item: expect.objectContaining({ title: 'Python for Everybody' }), reason: 'not-in-catalogue' }));
  });

  it('flags a Cisco capture the catalogue does not have, and leaves other programs alone', async () => {
    const { ctx } = await setup();
    await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 0 } }, catalogueTab, ctx);
    const unknown = data<{ record: CourseRecord }>(
      await handleMessage({ type: 'capture.save', capture: makeCapture({ title: 'Python for Network Engineers', certificateCode: 'X-1' }) }, ciscoUTab, ctx),
    );
    expect(unknown.record.catalogue).toMatchObject({ state: 'not-found' });
    const comptia = data<{ record: CourseRecord }>(
      await handleMessage({ type: 'capture.save', capture: makeCapture({ program: 'comptia', certificateCode: 'X-2', creditUnit: 'CEU' }) }, ciscoUTab, ctx),
    );
    expect(comptia.record.catalogue).toBeUndefined();
  });

  it('takes a catalogue only from the CE portal, and only a valid one', async () => {
    const { db, ctx } = await setup();
    expect(await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 0 } }, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleMessage({ type: 'itemCatalog.save', catalogue: { items: [], complete: true, skipped: 0 } }, catalogueTab, ctx)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 0, readAt: '2020-01-01T00:00:00Z' } }, catalogueTab, ctx)).toMatchObject({ ok: false });
    expect(await db.count('itemCatalog')).toBe(0);
    expect(await handleMessage({ type: 'itemCatalog.status' }, extensionPage, ctx)).toEqual({ ok: true, data: null });
    // One of our own pages may store one too; it keeps no address, having read no portal page.
    expect(await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 0 } }, extensionPage, ctx)).toMatchObject({ ok: true });
    expect((await db.getAll('itemCatalog'))[0]?.sourceUrl).toBeUndefined();
    // From the portal, the page it was read from is kept.
    await handleMessage({ type: 'itemCatalog.save', catalogue: { items, complete: true, skipped: 0 } }, catalogueTab, ctx);
    expect((await db.getAll('itemCatalog'))[0]?.sourceUrl).toBe(catalogueTab.url);
  });
});
