import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/router';
import type { RouterContext, SenderInfo } from '../../src/background/router-context';
import { DraftStore, captureTab, injectSnapshot, type ManualCaptureDeps, type ScriptInjector } from '../../src/background/manual-capture';
import { SNAPSHOT_LIMITS, snapshotPage } from '../../src/capture/page-snapshot';
import { freshDatabase } from '../helpers/db';
import { fakeClock } from '../helpers/factories';
import type { CaptureDraft } from '../../src/domain/page-snapshot';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const confirmPage: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/confirm/index.html#d1` };
const contentScript: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: {} };
const anyPage: SenderInfo = { id: EXTENSION_ID, url: 'https://learn.example.org/certificates/42', tab: {} };

const PAGE = { html: '<html><body><h1>Kubernetes</h1></body></html>', url: 'https://learn.example.org/c/42', title: 'Kubernetes', selection: '' };
const draft: CaptureDraft = { id: 'd1', page: PAGE, selectionAsCode: false };

async function setup() {
  const db = await freshDatabase();
  const onChange = vi.fn();
  const captureActiveTab = vi.fn(async () => draft);
  const finishCapture = vi.fn(async (page: CaptureDraft['page']) => ({ id: 'd2', page, selectionAsCode: false }));
  const ctx: RouterContext = {
    db: async () => db,
    clock: fakeClock(),
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    onChange,
    captureActiveTab,
    finishCapture,
    draft: (id) => (id === draft.id ? draft : undefined),
  };
  return { db, ctx, onChange, captureActiveTab, finishCapture };
}

const FORM = { title: 'Securing Kubernetes', provider: 'learn.example.org', endDate: '2026-03-14', certificateCode: 'KS-1', credits: '4', creditUnit: 'CPE', sourceUrl: 'https://learn.example.org/c/42' };

describe('manual capture messages', () => {
  it.each([
    ['page.capture with extra fields', { type: 'page.capture', tabId: 3 }],
    ['capture.draft without an id', { type: 'capture.draft' }],
    ['capture.confirm with an unknown field', { type: 'capture.confirm', fields: { ...FORM, adapterId: 'cisco-u' } }],
    ['capture.confirm with a non-text value', { type: 'capture.confirm', fields: { title: ['a'] } }],
  ])('rejects %s with a bad-message reply', async (_label, raw) => {
    const { db, ctx, captureActiveTab } = await setup();
    expect(await handleMessage(raw, confirmPage, ctx)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(captureActiveTab).not.toHaveBeenCalled();
    expect(await db.count('records')).toBe(0);
  });

  it.each([contentScript, anyPage])('forbids them to content scripts (%o)', async (sender) => {
    const { db, ctx, captureActiveTab } = await setup();
    for (const message of [{ type: 'page.capture' }, { type: 'capture.draft', id: 'd1' }, { type: 'capture.confirm', fields: FORM }]) {
      expect(await handleMessage(message, sender, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(captureActiveTab).not.toHaveBeenCalled();
    expect(await db.count('records')).toBe(0);
  });

  it('captures the active tab for the popup and hands the draft to the form', async () => {
    const { ctx, captureActiveTab } = await setup();
    expect(await handleMessage({ type: 'page.capture' }, confirmPage, ctx)).toEqual({ ok: true, data: { draftId: 'd1' } });
    expect(captureActiveTab).toHaveBeenCalledTimes(1);
    expect(await handleMessage({ type: 'capture.draft', id: 'd1' }, confirmPage, ctx)).toEqual({ ok: true, data: draft });
    expect(await handleMessage({ type: 'capture.draft', id: 'gone' }, confirmPage, ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('saves the confirmed form as a captured, manual record, once', async () => {
    const { db, ctx, onChange } = await setup();
    const first = await handleMessage({ type: 'capture.confirm', fields: FORM }, confirmPage, ctx);
    expect(first).toMatchObject({ ok: true, data: { outcome: 'added', record: { status: 'captured', adapterId: 'manual', title: 'Securing Kubernetes', credits: 4 } } });
    expect(onChange).toHaveBeenCalled();
    const again = await handleMessage({ type: 'capture.confirm', fields: { ...FORM, title: 'Securing Kubernetes clusters' } }, confirmPage, ctx);
    expect(again).toMatchObject({ ok: true, data: { outcome: expect.stringMatching(/updated|unchanged/) } });
    expect(await db.count('records')).toBe(1);
  });

  it('answers an invalid form with a problem for each field', async () => {
    const { db, ctx } = await setup();
    const reply = await handleMessage(
      { type: 'capture.confirm', fields: { title: ' ', provider: 'x', endDate: '2026-02-31', credits: 'four', sourceUrl: 'javascript:alert(1)' } },
      confirmPage,
      ctx,
    );
    expect(reply.ok).toBe(false);
    const fields = reply.ok ? [] : (reply.error.fields ?? []).map((f) => f.field);
    expect(reply).toMatchObject({ error: { code: 'invalid' } });
    expect(fields).toEqual(expect.arrayContaining(['title', 'endDate', 'credits', 'sourceUrl']));
    expect(await db.count('records')).toBe(0);
  });
});

describe('capture.finish (the toast’s “Finish capture” on a portal page)', () => {
  const ciscoU: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: { id: 4, index: 2 } };
  const ciscoUPage = { ...PAGE, url: 'https://u.cisco.com/paths/enauto/1047' };

  it('keeps the page as a draft and opens the form beside the tab', async () => {
    const { ctx, finishCapture } = await setup();
    expect(await handleMessage({ type: 'capture.finish', page: ciscoUPage }, ciscoU, ctx)).toEqual({ ok: true, data: { draftId: 'd2' } });
    expect(finishCapture).toHaveBeenCalledWith(ciscoUPage, { id: 4, index: 2 });
  });

  it.each([
    ['a page no adapter serves', anyPage, { ...PAGE }],
    ['a portal page sending another site’s page', ciscoU, { ...PAGE, url: 'https://learn.example.org/c/42' }],
  ])('is refused from %s', async (_what, sender, page) => {
    const { ctx, finishCapture } = await setup();
    expect(await handleMessage({ type: 'capture.finish', page }, sender, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(finishCapture).not.toHaveBeenCalled();
  });

  it.each([
    ['markup past the limit', { ...PAGE, url: ciscoUPage.url, html: 'x'.repeat(SNAPSHOT_LIMITS[0] + 1) }],
    ['a missing address', { html: '', title: '', selection: '' }],
    ['an extra field', { ...ciscoUPage, captures: [] }],
  ])('answers %s with a bad-message reply', async (_what, page) => {
    const { ctx, finishCapture } = await setup();
    expect(await handleMessage({ type: 'capture.finish', page }, ciscoU, ctx)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(finishCapture).not.toHaveBeenCalled();
  });
});

describe('capture.offerWords (the words of the “Finish capture” offer)', () => {
  const ciscoU: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: { id: 4, index: 2 } };

  it('answers a portal page with the offer’s words in the user’s language', async () => {
    const { ctx } = await setup();
    const messageText = (key: string) => `«${key}»`;
    expect(await handleMessage({ type: 'capture.offerWords' }, ciscoU, { ...ctx, messageText })).toEqual({
      ok: true,
      data: { heading: '«toastFinishHeading»', finish: '«finishCapture»', dismiss: '«dismiss»', region: '«toastRegion»' },
    });
  });

  it('is refused from a page no adapter serves', async () => {
    const { ctx } = await setup();
    expect(await handleMessage({ type: 'capture.offerWords' }, anyPage, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('captureTab', () => {
  function deps(snapshot: unknown): ManualCaptureDeps & { openConfirmPage: ReturnType<typeof vi.fn> } {
    return { snapshotTab: vi.fn(async () => snapshot), openConfirmPage: vi.fn(async () => undefined), drafts: new DraftStore(), newId: () => 'd9' };
  }

  it('keeps the page’s snapshot, puts the context menu’s selection in as the code, and opens the form', async () => {
    const d = deps({ ...PAGE, selection: 'page selection' });
    const result = await captureTab({ id: 7, url: PAGE.url }, { selectionText: '  XY-123 ' }, d);
    expect(result).toEqual({ id: 'd9', page: { ...PAGE, selection: 'XY-123' }, selectionAsCode: true });
    expect(d.drafts.get('d9')).toEqual(result);
    expect(d.openConfirmPage).toHaveBeenCalledWith('d9', expect.objectContaining({ id: 7 }));
  });

  it.each([
    ['the page cannot be scripted', 'throws'],
    ['the page returned something else', { captures: [{ title: 'forged' }], url: 'https://b.example/x' }],
    ['the page returned markup past the limit', { ...PAGE, html: 'x'.repeat(SNAPSHOT_LIMITS[0] + 1) }],
  ])('still opens the form, with the tab’s title and address, when %s', async (_what, reply) => {
    const d = deps(reply);
    if (reply === 'throws') {
      d.snapshotTab = vi.fn(async () => {
        throw new Error('Cannot access a chrome:// URL');
      });
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    }
    const result = await captureTab({ id: 7, url: 'https://b.example/x', title: 'B' }, {}, d);
    expect(result).toEqual({ id: 'd9', page: { html: '', url: 'https://b.example/x', title: 'B', selection: '' }, selectionAsCode: false });
    expect(d.openConfirmPage).toHaveBeenCalled();
  });

  it('keeps no more than a few drafts: the oldest go first', () => {
    const drafts = new DraftStore();
    for (let i = 0; i < 20; i += 1) drafts.put({ id: `d${i}`, page: PAGE, selectionAsCode: false });
    expect(drafts.get('d0')).toBeUndefined();
    expect(drafts.get('d19')).toBeDefined();
  });
});

describe('injectSnapshot', () => {
  it('runs snapshotPage in the tab with its limits and returns what it returned', async () => {
    const injections: Array<Parameters<ScriptInjector['executeScript']>[0]> = [];
    const scripting: ScriptInjector = {
      executeScript: vi.fn(async (injection) => {
        injections.push(injection);
        return [{ frameId: 0, documentId: 'page', result: PAGE }];
      }),
    };
    expect(await injectSnapshot(scripting, 7)).toEqual(PAGE);
    expect(injections).toEqual([{ target: { tabId: 7 }, func: snapshotPage, args: [...SNAPSHOT_LIMITS] }]);
  });

  it('gives undefined, not an error, when the tab returns no result', async () => {
    const scripting: ScriptInjector = { executeScript: vi.fn(async () => []) };
    expect(await injectSnapshot(scripting, 7)).toBeUndefined();
  });
});
