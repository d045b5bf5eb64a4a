/**
 * Reporting a page that could not be read (issue 21), the worker's part: the per-tab note the pages' existing
 * messages leave (nothing read, or part), the popup's offer drawn from it, the report made from the injected
 * reader's result and checked, and who may ask for any of it (the extension's own pages only).
 */
import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/router';
import type { PageReports, RouterContext, SenderInfo } from '../../src/background/router-context';
import { MAX_READING_NOTES, ReadingNotes, pageOf, type NoteStorage } from '../../src/background/reading-notes';
import { PAGE_REPORT_SCRIPT, ReportStore, browserName, isServedPage, reportOfTab } from '../../src/background/page-report';
import { buildPageReport } from '../../src/capture/page-report/report';
import type { PageReport } from '../../src/domain/page-report';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture } from '../helpers/factories';
import { parseHtml } from '../helpers/fixtures';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const popup: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/popup/index.html` };
const COMPLETION = 'https://u.cisco.com/events/live/5531';
const learningTab = (url = COMPLETION, id = 7): SenderInfo => ({ id: EXTENSION_ID, url, tab: { id } });
const portalTab = (url = 'https://ce.cisco.com/dashboard', id = 9): SenderInfo => ({ id: EXTENSION_ID, url, tab: { id } });

function memoryStorage(): NoteStorage & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key in items ? { [key]: structuredClone(items[key]) } : {}),
    set: async (next) => void Object.assign(items, structuredClone(next)),
  };
}

const REPORT: PageReport = buildPageReport(parseHtml('<html><body><h1>Dana Whitfield</h1></body></html>'), COMPLETION, [], {
  extensionVersion: '0.1.0',
  browser: 'Chrome 131',
  createdAt: '2026-12-06T12:00:00.000Z',
});

async function setup(active: { id?: number; url?: string } | undefined = { id: 7, url: COMPLETION }) {
  const db = await freshDatabase();
  const readingNotes = new ReadingNotes(memoryStorage());
  const store = new ReportStore();
  const pageReports: PageReports = {
    activeTab: async () => active,
    isServed: isServedPage,
    make: vi.fn(async () => {
      store.put('r1', REPORT);
      return 'r1';
    }),
    get: (id) => store.get(id),
  };
  const ctx: RouterContext = { db: async () => db, clock: fakeClock(), extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, readingNotes, pageReports };
  return { ctx, readingNotes, pageReports };
}

describe('the per-tab reading note', () => {
  it('is taken from the "Finish capture" offer a page asks words for: the popup then offers a report prominently', async () => {
    const { ctx } = await setup();
    expect(await handleMessage({ type: 'report.offer' }, popup, ctx)).toEqual({ ok: true, data: { served: true } });
    expect(await handleMessage({ type: 'capture.offerWords' }, learningTab(), ctx)).toMatchObject({ ok: true });
    expect(await handleMessage({ type: 'report.offer' }, popup, ctx)).toEqual({ ok: true, data: { served: true, noted: { surface: 'learning-site', outcome: 'empty' } } });
  });

  it('says partial for a capture without its end date, and goes when the page is then read whole', async () => {
    const { ctx } = await setup({ id: 7, url: 'https://u.cisco.com/paths/enauto/1047' });
    const tab = learningTab('https://u.cisco.com/paths/enauto/1047');
    await handleMessage({ type: 'capture.save', capture: makeCapture({ endDate: undefined, found: ['title'] }) }, tab, ctx);
    expect(await handleMessage({ type: 'report.offer' }, popup, ctx)).toMatchObject({ data: { noted: { outcome: 'partial' } } });
    await handleMessage({ type: 'capture.save', capture: makeCapture() }, tab, ctx);
    expect(await handleMessage({ type: 'report.offer' }, popup, ctx)).toEqual({ ok: true, data: { served: true } });
  });

  it("says partial for the CE portal's dashboard whose claims could not be read, and for a catalogue read short", async () => {
    const { ctx, readingNotes } = await setup({ id: 9, url: 'https://ce.cisco.com/dashboard' });
    const dashboard = { claims: [], certifications: [{ name: 'CCNP Enterprise' }], claimsState: 'unreadable' as const };
    await handleMessage({ type: 'cePortal.sync', dashboard }, portalTab(), ctx);
    expect(await handleMessage({ type: 'report.offer' }, popup, ctx)).toEqual({ ok: true, data: { served: true, noted: { surface: 'ce-portal', outcome: 'partial' } } });
    const catalogue = { items: [{ name: 'Implementing Cisco SD-WAN', credits: 24 }], complete: false, skipped: 3 };
    await handleMessage({ type: 'itemCatalog.save', catalogue }, portalTab('https://ce.cisco.com/catalog', 10), ctx);
    expect(await readingNotes.forTab(10, 'https://ce.cisco.com/catalog')).toEqual({ surface: 'ce-portal', outcome: 'partial' });
  });

  it('answers for the page it was taken on only: another path in the same tab has none; the query and fragment do not count', async () => {
    const notes = new ReadingNotes(memoryStorage());
    await notes.record(7, `${COMPLETION}?ref=mail#top`, 'learning-site', 'empty');
    expect(await notes.forTab(7, COMPLETION)).toEqual({ surface: 'learning-site', outcome: 'empty' });
    expect(await notes.forTab(7, 'https://u.cisco.com/events/live/5532')).toBeUndefined();
    expect(await notes.forTab(8, COMPLETION)).toBeUndefined();
    expect(pageOf('https://ce.cisco.com/#/claims/1?x=2')).toBe('https://ce.cisco.com/#/claims/1');
  });

  it(`keeps at most ${MAX_READING_NOTES} tabs' notes, the newest`, async () => {
    let now = 0;
    const storage = memoryStorage();
    const notes = new ReadingNotes(storage, () => (now += 1));
    await Promise.all(Array.from({ length: MAX_READING_NOTES + 5 }, (_, tab) => notes.record(tab, COMPLETION, 'learning-site', 'empty')));
    expect(Object.keys(storage.items.readingNotes as object)).toHaveLength(MAX_READING_NOTES);
    expect(await notes.forTab(0, COMPLETION)).toBeUndefined();
    expect(await notes.forTab(MAX_READING_NOTES + 4, COMPLETION)).toBeDefined();
  });

  it('offers nothing on a page the extension does not read', async () => {
    const { ctx } = await setup({ id: 3, url: 'https://example.com/certificate' });
    expect(await handleMessage({ type: 'report.offer' }, popup, ctx)).toEqual({ ok: true, data: { served: false } });
  });
});

describe('who may ask for a report', () => {
  it.each([
    ['a learning site', learningTab()],
    ['the CE portal', portalTab()],
    ['any other page', { id: EXTENSION_ID, url: 'https://evil.example/', tab: { id: 4 } }],
  ])('refuses %s: a page can neither make a report nor read one', async (_label, sender) => {
    const { ctx, pageReports } = await setup();
    await handleMessage({ type: 'report.make' }, popup, ctx);
    for (const message of [{ type: 'report.offer' }, { type: 'report.make' }, { type: 'report.get', id: 'r1' }]) {
      expect(await handleMessage(message, sender, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(pageReports.make).toHaveBeenCalledTimes(1);
  });

  it('gives the report page the report it was opened for, and says when there is none', async () => {
    const { ctx } = await setup();
    expect(await handleMessage({ type: 'report.make' }, popup, ctx)).toEqual({ ok: true, data: { reportId: 'r1' } });
    expect(await handleMessage({ type: 'report.get', id: 'r1' }, popup, ctx)).toEqual({ ok: true, data: REPORT });
    expect(await handleMessage({ type: 'report.get', id: 'r2' }, popup, ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('reportOfTab', () => {
  const about = { extensionVersion: '0.1.0', browser: 'Firefox 140', createdAt: '2026-12-06T12:00:00.000Z' };

  it('injects the reader, then calls it once in the same world, and takes its checked result', async () => {
    const executeScript = vi.fn(async (details: { files?: string[]; func?: (...args: never[]) => unknown; args?: unknown[] }) => {
      if (details.files) return [{ frameId: 0, result: undefined }];
      // As the browser runs it: the function alone, in the world the reader left its function in.
      const scope = globalThis as unknown as Record<symbol, unknown>;
      scope[Symbol.for(details.args![0] as string)] = () => REPORT;
      const result = (details.func as (...args: unknown[]) => unknown)(...details.args!);
      expect(scope[Symbol.for(details.args![0] as string)], 'called once, then gone').toBeUndefined();
      return [{ frameId: 0, result }];
    });
    const report = await reportOfTab({ executeScript } as never, 5, about);
    expect(report).toEqual(REPORT);
    expect(executeScript.mock.calls[0]![0]).toEqual({ target: { tabId: 5 }, files: [PAGE_REPORT_SCRIPT] });
    expect(executeScript.mock.calls[1]![0]).toMatchObject({ target: { tabId: 5 }, args: ['recert-companion.page-report', about] });
  });

  it('refuses a result that is not a report, and a page that cannot be scripted', async () => {
    const forged = vi.fn(async () => [{ frameId: 0, result: { ...REPORT, outline: ['x'.repeat(10_000)] } }]);
    await expect(reportOfTab({ executeScript: forged } as never, 5, about)).rejects.toThrow(/could not check/);
    const refused = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    await expect(reportOfTab({ executeScript: refused } as never, 5, about)).rejects.toThrow(/did not let the extension read it/);
  });
});

describe('ReportStore', () => {
  it('keeps the last few reports only, in memory', () => {
    const store = new ReportStore();
    for (const id of ['a', 'b', 'c', 'd', 'e']) store.put(id, REPORT);
    expect(store.get('a')).toBeUndefined();
    expect(store.get('e')).toEqual(REPORT);
  });
});

describe('browserName', () => {
  it('keeps the browser and its major version only', () => {
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('Firefox 140');
    expect(browserName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe('Edge 131');
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36')).toBe('Chrome 131');
  });
});
