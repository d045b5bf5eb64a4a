import { describe, expect, it } from 'vitest';
import { CaptureLimiter, type PastCapture } from '../../src/background/capture-limits';
import { MANUAL_ADAPTER_ID } from '../../src/domain/manual-capture';
import { handleMessage } from '../../src/background/router';
import type { RouterContext, SenderInfo } from '../../src/background/router-context';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture } from '../helpers/factories';

const EXTENSION_ID = 'abcdefghijklmnop';
const tab = (id: number): SenderInfo => ({ id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: { id } });

async function setup() {
  const db = await freshDatabase();
  let now = Date.parse('2026-12-05T09:00:00Z');
  const limiter = new CaptureLimiter({ perTab: { count: 3, ms: 60_000 }, perSite: { count: 5, ms: 3_600_000 } }, () => now);
  const ctx: RouterContext = { db: async () => db, clock: fakeClock(), extensionId: EXTENSION_ID, extensionOrigin: `chrome-extension://${EXTENSION_ID}/`, captureLimiter: limiter };
  const save = (sender: SenderInfo, n: number) => handleMessage({ type: 'capture.save', capture: makeCapture({ title: `Course ${n}`, certificateCode: `CODE-${n}` }) }, sender, ctx);
  return { db, save, later: (ms: number) => (now += ms), ctx };
}

describe('captures a page makes on its own are bounded', () => {
  it("keeps a site's hourly count when the worker starts again: the new worker reads it back from the records", async () => {
    const { db, save, ctx } = await setup();
    // fakeClock stamps records from 2026-03-20T09:00:01Z; this worker's clock is a few minutes later.
    for (const n of [1, 2, 3]) expect(await save(tab(1), n)).toMatchObject({ ok: true });
    for (const n of [4, 5]) expect(await save(tab(2), n)).toMatchObject({ ok: true });
    const now = Date.parse('2026-03-20T09:10:00Z');
    const restarted: RouterContext = { ...ctx, captureLimiter: new CaptureLimiter({ perTab: { count: 3, ms: 60_000 }, perSite: { count: 5, ms: 3_600_000 } }, () => now) };
    const refused = await handleMessage({ type: 'capture.save', capture: makeCapture({ title: 'Course 6', certificateCode: 'CODE-6' }) }, tab(3), restarted);
    expect(refused, 'five this hour already, though this worker saved none').toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await db.count('records')).toBe(5);

    // An hour after they were made, they no longer count.
    const hourLater: RouterContext = { ...ctx, captureLimiter: new CaptureLimiter({ perTab: { count: 3, ms: 60_000 }, perSite: { count: 5, ms: 3_600_000 } }, () => now + 3_600_000) };
    expect(await handleMessage({ type: 'capture.save', capture: makeCapture({ title: 'Course 6', certificateCode: 'CODE-6' }) }, tab(3), hourLater)).toMatchObject({ ok: true });
  });

  it("counts the captures of a worker whose first read of the past failed once, not twice", async () => {
    let now = 1_000_000;
    const limiter = new CaptureLimiter({ perTab: { count: 10, ms: 60_000 }, perSite: { count: 3, ms: 3_600_000 } }, () => now);
    const before: PastCapture[] = [{ site: 'u.cisco.com', at: now - 60_000 }];
    await limiter.restore(async () => Promise.reject(new Error('database closed')));
    now += 1_000;
    limiter.reserve(1, 'u.cisco.com'); // saved by this worker: in the store too, dated after the worker started
    const stored = [...before, { site: 'u.cisco.com', at: now }];
    await limiter.restore(async () => stored);
    expect(() => limiter.reserve(2, 'u.cisco.com'), 'two so far: one from before, one from this worker').not.toThrow();
    expect(() => limiter.reserve(3, 'u.cisco.com')).toThrow(/too many/);
  });

  it("does not count the user's own captures (Capture this page) when a new worker reads the hour back", async () => {
    const { db, ctx } = await setup();
    for (const n of [1, 2, 3, 4, 5]) {
      const manual = { ...makeCapture({ title: `Typed ${n}`, certificateCode: `M-${n}` }), adapterId: MANUAL_ADAPTER_ID };
      expect(await handleMessage({ type: 'capture.confirm', fields: { title: manual.title, provider: manual.provider, endDate: manual.endDate, certificateCode: manual.certificateCode, credits: '4', creditUnit: 'CE', program: 'cisco', sourceUrl: manual.sourceUrl } }, { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/src/ui/confirm/index.html` }, ctx)).toMatchObject({ ok: true });
    }
    expect((await db.getAll('records')).every((r) => r.adapterId === MANUAL_ADAPTER_ID)).toBe(true);
    const restarted: RouterContext = { ...ctx, captureLimiter: new CaptureLimiter({ perTab: { count: 3, ms: 60_000 }, perSite: { count: 5, ms: 3_600_000 } }, () => Date.parse('2026-03-20T09:10:00Z')) };
    expect(await handleMessage({ type: 'capture.save', capture: makeCapture({ title: 'Course 1', certificateCode: 'CODE-1' }) }, tab(1), restarted)).toMatchObject({ ok: true });
  });

  it("does not hold another site's captures against this one", async () => {
    const { db, ctx } = await setup();
    await handleMessage({ type: 'capture.save', capture: makeCapture({ title: 'Elsewhere', certificateCode: 'UD-1', sourceUrl: 'https://www.udemy.com/certificate/UC-1/', adapterId: 'udemy' }) }, { id: EXTENSION_ID, url: 'https://www.udemy.com/certificate/UC-1/', tab: { id: 9 } }, ctx);
    const limiter = new CaptureLimiter({ perTab: { count: 3, ms: 60_000 }, perSite: { count: 1, ms: 3_600_000 } }, () => Date.parse('2026-03-20T09:10:00Z'));
    const restarted: RouterContext = { ...ctx, captureLimiter: limiter };
    expect(await handleMessage({ type: 'capture.save', capture: makeCapture({ title: 'Course 1', certificateCode: 'CODE-1' }) }, tab(1), restarted)).toMatchObject({ ok: true });
    expect(await db.count('records')).toBe(2);
  });

  it('refuses a tab past its limit with a message that points to "Capture this page", and stores nothing more', async () => {
    const { db, save } = await setup();
    for (const n of [1, 2, 3]) expect(await save(tab(1), n)).toMatchObject({ ok: true });
    const refused = await save(tab(1), 4);
    expect(refused).toMatchObject({ ok: false, error: { code: 'quota', message: expect.stringContaining('Capture this page') } });
    expect(await db.count('records')).toBe(3);
  });

  it('counts captures sent together, before any of them is saved', async () => {
    const { db, save } = await setup();
    const replies = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => save(tab(1), n)));
    expect(replies.filter((r) => r.ok)).toHaveLength(3);
    expect(await db.count('records')).toBe(3);
  });

  it('does not count repeats of a stored activity: a page seen again changes nothing', async () => {
    const { db, save } = await setup();
    for (let i = 0; i < 10; i++) expect(await save(tab(1), 1)).toMatchObject({ ok: true });
    expect(await save(tab(1), 2)).toMatchObject({ ok: true });
    expect(await db.count('records')).toBe(2);
  });

  it('limits the site across tabs, and lets each limit pass with its window', async () => {
    const { db, save, later } = await setup();
    for (const n of [1, 2, 3]) await save(tab(1), n);
    for (const n of [4, 5]) expect(await save(tab(2), n)).toMatchObject({ ok: true });
    expect(await save(tab(3), 6), 'the site has written 5 this hour').toMatchObject({ ok: false, error: { code: 'quota' } });
    later(61_000);
    expect(await save(tab(1), 7), 'the tab may again, the site still may not').toMatchObject({ ok: false });
    later(3_600_000);
    expect(await save(tab(1), 8)).toMatchObject({ ok: true });
    expect(await db.count('records')).toBe(6);
  });

  it('leaves what the user starts alone: a confirmed capture from an extension page is not a page write', async () => {
    const { db, save, ctx } = await setup();
    for (const n of [1, 2, 3]) await save(tab(1), n);
    const fields = { title: 'Typed by the user', provider: 'Cisco', endDate: '2026-03-14', credits: '8', creditUnit: 'CE', program: 'cisco' };
    const reply = await handleMessage({ type: 'capture.confirm', fields }, { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/src/ui/confirm/index.html` }, ctx);
    expect(reply).toMatchObject({ ok: true });
    expect(await db.count('records')).toBe(4);
  });
});
