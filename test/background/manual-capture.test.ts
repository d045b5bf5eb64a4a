import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleMessage, type RouterContext, type SenderInfo } from '../../src/background/router';
import { DraftStore, captureTab, injectScan, type ManualCaptureDeps, type ScriptInjector } from '../../src/background/manual-capture';
import { MANUAL_CAPTURE_FILE, MANUAL_CAPTURE_GLOBAL, type ManualDraft } from '../../src/capture/page-scan';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture } from '../helpers/factories';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const confirmPage: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/confirm/index.html#d1` };
const contentScript: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: {} };
const anyPage: SenderInfo = { id: EXTENSION_ID, url: 'https://learn.example.org/certificates/42', tab: {} };

const draft: ManualDraft = { id: 'd1', captures: [], url: 'https://learn.example.org/c/42', title: 'Kubernetes', selection: '', selectionAsCode: false };

async function setup() {
  const db = await freshDatabase();
  const onChange = vi.fn();
  const captureActiveTab = vi.fn(async () => draft);
  const ctx: RouterContext = {
    db: async () => db,
    clock: fakeClock(),
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    onChange,
    captureActiveTab,
    draft: (id) => (id === draft.id ? draft : undefined),
  };
  return { db, ctx, onChange, captureActiveTab };
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

describe('captureTab', () => {
  function deps(scan: unknown): ManualCaptureDeps & { openConfirmPage: ReturnType<typeof vi.fn> } {
    return { scanTab: vi.fn(async () => scan), people: vi.fn(async () => []), openConfirmPage: vi.fn(async () => undefined), drafts: new DraftStore(), newId: () => 'd9' };
  }

  it('keeps well-formed captures, puts the context menu’s selection in as the code, and opens the form', async () => {
    const d = deps({ captures: [makeCapture({ adapterId: 'generic' }), { title: 'forged' }], url: 'https://a.example/', title: 'A', selection: 'page selection' });
    const result = await captureTab({ id: 7, url: 'https://a.example/' }, { selectionText: '  XY-123 ' }, d);
    expect(result).toMatchObject({ id: 'd9', selection: 'XY-123', selectionAsCode: true, captures: [{ adapterId: 'generic' }] });
    expect(result.captures).toHaveLength(1);
    expect(d.drafts.get('d9')).toEqual(result);
    expect(d.openConfirmPage).toHaveBeenCalledWith('d9', expect.objectContaining({ id: 7 }));
  });

  it('still opens the form, with the tab’s title and address, when the page cannot be scanned', async () => {
    const d = deps(undefined);
    d.scanTab = vi.fn(async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await captureTab({ id: 7, url: 'https://b.example/x', title: 'B' }, {}, d);
    expect(result).toMatchObject({ captures: [], url: 'https://b.example/x', title: 'B', selectionAsCode: false });
    expect(d.openConfirmPage).toHaveBeenCalled();
  });

  it('hands the page scan the user’s name from the settings', async () => {
    const d = deps({ captures: [], url: 'https://a.example/', title: 'A', selection: '' });
    d.people = vi.fn(async () => ['Priya Raman']);
    await captureTab({ id: 7, url: 'https://a.example/' }, {}, d);
    expect(d.scanTab).toHaveBeenCalledWith(7, ['Priya Raman']);
  });

  it('still scans, with no names, when the settings cannot be read', async () => {
    const d = deps({ captures: [], url: 'https://a.example/', title: 'A', selection: '' });
    d.people = vi.fn(async () => {
      throw new Error('database closed');
    });
    const result = await captureTab({ id: 7, url: 'https://a.example/' }, {}, d);
    expect(d.scanTab).toHaveBeenCalledWith(7, []);
    expect(d.openConfirmPage).toHaveBeenCalledWith('d9', expect.objectContaining({ id: 7 }));
    expect(result.title).toBe('A');
  });
});

describe('injectScan', () => {
  /** browser.scripting as the scan uses it: records each injection; a call runs its function here, as the tab would. */
  function fakeScripting() {
    const injections: Array<Parameters<ScriptInjector['executeScript']>[0]> = [];
    const scripting: ScriptInjector = {
      executeScript: vi.fn(async (injection) => {
        injections.push(injection);
        // What reaches the tab is what survives JSON: the function runs on a copy of its arguments.
        const args = JSON.parse(JSON.stringify(injection.args ?? [])) as unknown[];
        return [{ frameId: 0, documentId: 'page', result: injection.func?.(...args) }];
      }),
    };
    return { scripting, injections };
  }
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete globals[MANUAL_CAPTURE_GLOBAL];
  });

  it('injects the scan’s file into the tab, then calls the scan with the names as a plain array of strings', async () => {
    const scan = vi.fn((people: unknown) => ({ captures: [], url: 'https://a.example/', title: 'A', selection: '', people }));
    globals[MANUAL_CAPTURE_GLOBAL] = scan;
    const { scripting, injections } = fakeScripting();
    const people = Object.freeze(['Priya Raman']);
    const result = await injectScan(scripting, 7, people);

    expect(injections[0]).toEqual({ target: { tabId: 7 }, files: [MANUAL_CAPTURE_FILE] });
    expect(injections[1]).toMatchObject({ target: { tabId: 7 }, args: [MANUAL_CAPTURE_GLOBAL, ['Priya Raman']] });
    const names = injections[1]!.args![1];
    expect(Array.isArray(names) && Object.isFrozen(names)).toBe(false);
    expect(scan).toHaveBeenCalledWith(['Priya Raman']);
    expect(result).toMatchObject({ title: 'A', people: ['Priya Raman'] });
  });

  it('gives undefined, not an error, when the page has no scan to call', async () => {
    const { scripting } = fakeScripting();
    expect(await injectScan(scripting, 7, [])).toBeUndefined();
  });
});
