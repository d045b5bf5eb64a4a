import { describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/router';
import type { RouterContext, SenderInfo } from '../../src/background/router-context';
import { SAMPLE_ACTIVITIES, type Activity } from '../../src/domain/activities';
import { planCheapest } from '../../src/domain/planner';
import { openDB } from 'idb';
import { DB_VERSION, openDatabase, type Database } from '../../src/store/db';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture, makeCertification, makeRecord } from '../helpers/factories';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const extensionPage: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/popup/index.html` };
const ciscoUTab: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: {} };

async function setup(): Promise<{ db: Database; ctx: RouterContext; onChange: ReturnType<typeof vi.fn> }> {
  const db = await freshDatabase();
  const onChange = vi.fn();
  return { db, onChange, ctx: { db: async () => db, clock: fakeClock(), extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, onChange } };
}

describe('handleMessage: malformed and foreign messages change nothing', () => {
  it.each([
    ['nothing', undefined],
    ['a string', 'capture.save'],
    ['an array', [{ type: 'records.list' }]],
    ['an unknown type', { type: 'records.drop' }],
    ['a capture without a title', { type: 'capture.save', capture: { ...makeCapture(), title: undefined } }],
    ['a capture with a bad date', { type: 'capture.save', capture: makeCapture({ endDate: '31/02/2026' }) }],
    ['extra fields', { type: 'records.list', limit: 5, sql: 'DROP' }],
    ['a patch to a protected field', { type: 'record.update', id: 'r1', patch: { createdAt: '2020-01-01T00:00:00Z' } }],
    ['a prototype-polluting payload', JSON.parse('{"type":"capture.save","capture":{"__proto__":{"admin":true}}}')],
    // String() of this throws ("Cannot convert object to primitive value"); the reply used to be a rejection.
    ['a type that cannot be turned into text', { type: { toString: 1 } }],
    ['a type of null prototype', { type: Object.create(null) as object }],
  ])('rejects %s with a bad-message reply', async (_label, raw) => {
    const { db, ctx, onChange } = await setup();
    const reply = await handleMessage(raw, extensionPage, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await db.count('records')).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each(['javascript:alert(1)', 'data:text/html,<p>x</p>', 'about:blank'])('does not take a page at %s (an opaque origin) for an extension page', async (url) => {
    // Their URL.origin is "null", as chrome-extension:// URLs' is where the parser does not know the scheme.
    const { db, ctx } = await setup();
    const reply = await handleMessage({ type: 'record.restore', record: makeRecord({ id: 'planted' }) }, { id: EXTENSION_ID, url }, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.count('records')).toBe(0);
  });

  it('refuses messages from another extension', async () => {
    const { db, ctx } = await setup();
    const reply = await handleMessage({ type: 'capture.save', capture: makeCapture() }, { ...ciscoUTab, id: 'someone-else' }, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.count('records')).toBe(0);
  });

  it('lets a content script only capture, never read or change records', async () => {
    const { db, ctx } = await setup();
    await db.put('records', makeRecord({ id: 'mine' }));
    for (const message of [{ type: 'records.list' }, { type: 'record.delete', id: 'mine' }, { type: 'progress.get' }]) {
      expect(await handleMessage(message, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.count('records')).toBe(1);
  });

  it('refuses a capture from a page its adapter does not serve', async () => {
    const { db, ctx } = await setup();
    const elsewhere: SenderInfo = { id: EXTENSION_ID, url: 'https://evil.example/paths/1', tab: {} };
    expect(await handleMessage({ type: 'capture.save', capture: makeCapture() }, elsewhere, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const unknownAdapter = { type: 'capture.save', capture: makeCapture({ adapterId: 'nope' }) };
    expect(await handleMessage(unknownAdapter, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const otherSource = { type: 'capture.save', capture: makeCapture({ sourceUrl: 'https://evil.example/x' }) };
    expect(await handleMessage(otherSource, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.count('records')).toBe(0);
  });
});

const exam = { id: 'e1', program: 'cisco', code: '350-401', name: 'ENCOR', kind: 'technology-core', passedOn: '2026-02-10' } as const;

describe('handleMessage: exams', () => {
  it.each([
    ['an exam without a code', { type: 'exam.save', exam: { ...exam, code: undefined } }],
    ['an exam with a blank code', { type: 'exam.save', exam: { ...exam, code: '   ' } }],
    ['an exam with a bad date', { type: 'exam.save', exam: { ...exam, passedOn: '10/02/2026' } }],
    ['an exam of an unknown kind', { type: 'exam.save', exam: { ...exam, kind: 'written' } }],
    ['an exam of an unknown program', { type: 'exam.save', exam: { ...exam, program: 'microsoft' } }],
    ['no exam at all', { type: 'exam.save' }],
    ['extra fields', { type: 'exam.save', exam, replace: true }],
    ['a delete without an id', { type: 'exam.delete' }],
    ['a delete with an empty id', { type: 'exam.delete', id: '' }],
    ['a list with arguments', { type: 'exams.list', limit: 5 }],
  ])('rejects %s with a bad-message reply and stores nothing', async (_label, raw) => {
    const { db, ctx, onChange } = await setup();
    await db.put('exams', { ...exam, id: 'kept' });
    expect(await handleMessage(raw, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await db.getAll('exams')).toEqual([{ ...exam, id: 'kept' }]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('lets no content script list, save or delete exams', async () => {
    const { db, ctx, onChange } = await setup();
    await db.put('exams', exam);
    for (const message of [{ type: 'exams.list' }, { type: 'exam.save', exam: { ...exam, id: 'e2' } }, { type: 'exam.delete', id: 'e1' }]) {
      expect(await handleMessage(message, ciscoUTab, ctx), message.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.getAll('exams')).toEqual([exam]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('saves, lists and deletes an exam from an extension page, and progress counts it', async () => {
    const { ctx, onChange } = await setup();
    await handleMessage({ type: 'certification.save', certification: makeCertification({ earnedOn: '2024-03-14' }) }, extensionPage, ctx);
    expect(await handleMessage({ type: 'exam.save', exam }, extensionPage, ctx)).toEqual({ ok: true, data: exam });
    expect(await handleMessage({ type: 'exams.list' }, extensionPage, ctx)).toEqual({ ok: true, data: [exam] });

    const report = await handleMessage({ type: 'progress.get', today: '2026-11-29' }, extensionPage, ctx);
    const paths = report.ok ? (report.data as { certifications: Array<{ paths: Array<{ id: string; examsCounted: number; complete: boolean }> }> }).certifications[0]!.paths : [];
    expect(paths.find((p) => p.id === 'core-exam')).toMatchObject({ examsCounted: 1, complete: true });

    expect(await handleMessage({ type: 'exam.delete', id: 'e1' }, extensionPage, ctx)).toEqual({ ok: true, data: exam });
    expect(await handleMessage({ type: 'exams.list' }, extensionPage, ctx)).toEqual({ ok: true, data: [] });
    expect(await handleMessage({ type: 'exam.delete', id: 'e1' }, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(onChange).toHaveBeenCalledTimes(3); // the certification, the exam, its deletion
  });
});

describe('handleMessage: the happy paths', () => {
  it('stores a capture from a Cisco U. page and lets the toast undo it', async () => {
    const { db, ctx, onChange } = await setup();
    const saved = await handleMessage({ type: 'capture.save', capture: makeCapture() }, { ...ciscoUTab, url: 'https://u.cisco.com:8443/paths/enauto/1047' }, ctx);
    expect(saved).toMatchObject({ ok: true, data: { outcome: 'added', record: { credits: 24, status: 'captured' } } });
    expect(await db.count('records')).toBe(1);
    expect(onChange).toHaveBeenCalledTimes(1);

    const token = saved.ok ? (saved.data as { undoToken: string }).undoToken : '';
    expect(await handleMessage({ type: 'capture.undo', token }, ciscoUTab, ctx)).toMatchObject({ ok: true, data: { restored: 'removed' } });
    expect(await db.count('records')).toBe(0);
  });

  it('serves the popup its progress and latest records', async () => {
    const { ctx } = await setup();
    await handleMessage({ type: 'certification.save', certification: makeCertification() }, extensionPage, ctx);
    await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const report = await handleMessage({ type: 'progress.get', today: '2026-11-29' }, extensionPage, ctx);
    expect(report).toMatchObject({ ok: true, data: { primaryId: 'ccnp', certifications: [{ credits: { captured: 24 }, paths: expect.arrayContaining([expect.objectContaining({ id: 'ce-only', creditsRequired: 80 })]) }] } });
    const list = await handleMessage({ type: 'records.list', limit: 5 }, extensionPage, ctx);
    expect(list).toMatchObject({ ok: true, data: [{ title: makeCapture().title }] });
  });

  it('serves the dashboard each certification’s credits over time with the report, and refuses content scripts', async () => {
    const { ctx } = await setup();
    await handleMessage({ type: 'certification.save', certification: makeCertification() }, extensionPage, ctx);
    await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, ctx);
    const charts = await handleMessage({ type: 'progress.timelines', today: '2026-11-29' }, extensionPage, ctx);
    expect(charts).toMatchObject({
      ok: true,
      data: {
        report: { primaryId: 'ccnp' },
        timelines: [{ certificationId: 'ccnp', end: '2027-03-14', steps: [{ all: 0 }, { date: '2026-03-14', all: 24, claimed: 0 }], thresholds: [{ credits: 80 }, { credits: 40 }] }],
      },
    });
    expect(await handleMessage({ type: 'progress.timelines' }, ciscoUTab, ctx)).toMatchObject({ ok: false });
  });

  it('updates, deletes and restores a record', async () => {
    const { db, ctx } = await setup();
    await db.put('records', makeRecord({ id: 'r1', credits: 4 }));
    expect(await handleMessage({ type: 'record.update', id: 'r1', patch: { status: 'pending' } }, extensionPage, ctx)).toMatchObject({ ok: true, data: { status: 'pending' } });
    const deleted = await handleMessage({ type: 'record.delete', id: 'r1' }, extensionPage, ctx);
    expect(await db.count('records')).toBe(0);
    await handleMessage({ type: 'record.restore', record: deleted.ok ? deleted.data : null }, extensionPage, ctx);
    expect((await db.get('records', 'r1'))?.status).toBe('pending');
  });

  it('answers not-found for a missing record and invalid for a certification a patch would break', async () => {
    const { ctx } = await setup();
    expect(await handleMessage({ type: 'record.delete', id: 'missing' }, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await handleMessage({ type: 'capture.undo', token: 'missing' }, ciscoUTab, ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('turns a storage failure into an internal error reply', async () => {
    const { ctx } = await setup();
    const broken: RouterContext = { ...ctx, db: async () => Promise.reject(new Error('QuotaExceededError')) };
    expect(await handleMessage({ type: 'records.list' }, extensionPage, broken)).toEqual({ ok: false, error: { code: 'internal', message: 'QuotaExceededError' } });
  });
});

/** What the dashboard's "Add activity" form sends: its fields as typed. */
const activity = { title: 'ENCOR bootcamp', program: 'cisco', credits: '40', creditUnit: 'CE', cost: '1200', currency: 'GBP', kind: 'instructor-led' };

describe('handleMessage: the catalogue and the planner', () => {
  it.each([
    ['an add without an item', { type: 'activities.add' }],
    ['an add that sets its own id', { type: 'activities.add', item: { ...activity, id: 'mine' } }],
    ['an add that claims to be a sample', { type: 'activities.add', item: { ...activity, source: 'sample' } }],
    ['an add with an object for a field', { type: 'activities.add', item: { ...activity, title: { text: 'x' } } }],
    ['a restore of something that is not an item', { type: 'activities.restore', item: activity }],
    ['a delete without an id', { type: 'activities.delete' }],
    ['a list with arguments', { type: 'activities.list', all: true }],
    ['a plan without a currency', { type: 'plan.get', certificationId: 'ccnp' }],
    ['a plan in a currency that is not a code', { type: 'plan.get', certificationId: 'ccnp', currency: 'pounds' }],
    ['a plan with extra fields', { type: 'plan.get', certificationId: 'ccnp', currency: 'GBP', remaining: 0 }],
  ])('rejects %s with a bad-message reply and stores nothing', async (_label, raw) => {
    const { db, ctx, onChange } = await setup();
    expect(await handleMessage(raw, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await db.count('activities')).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('answers an invalid item with a problem for each field it belongs to, and stores nothing', async () => {
    const { db, ctx } = await setup();
    const reply = await handleMessage({ type: 'activities.add', item: { ...activity, currency: undefined, credits: '0' } }, extensionPage, ctx);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const fields = reply.ok ? [] : (reply.error.fields ?? []).map((f) => f.field);
    expect(fields.sort()).toEqual(['credits', 'currency']);
    expect(await db.count('activities')).toBe(0);
  });

  it('lets no content script read the catalogue, change it or ask for a plan', async () => {
    const { db, ctx, onChange } = await setup();
    const added = await handleMessage({ type: 'activities.add', item: activity }, extensionPage, ctx);
    const id = added.ok ? (added.data as { id: string }).id : '';
    for (const message of [
      { type: 'activities.list' },
      { type: 'activities.add', item: activity },
      { type: 'activities.restore', item: added.ok ? added.data : null },
      { type: 'activities.delete', id },
      { type: 'plan.get', certificationId: 'ccnp', currency: 'GBP' },
    ]) {
      expect(await handleMessage(message, ciscoUTab, ctx), message.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await db.count('activities')).toBe(1);
    expect(onChange).toHaveBeenCalledTimes(1); // the add from the extension page only
  });

  it('adds, lists, plans from samples + user items as planCheapest does, deletes and restores', async () => {
    const { db, ctx } = await setup();
    await handleMessage({ type: 'certification.save', certification: makeCertification({ earnedOn: '2024-03-14' }) }, extensionPage, ctx);
    await db.put('records', makeRecord({ status: 'earned', credits: 24, endDate: '2026-01-10' }));
    const bootcamp = await handleMessage({ type: 'activities.add', item: activity }, extensionPage, ctx);
    const videos = await handleMessage({ type: 'activities.add', item: { ...activity, title: 'Automation videos', credits: 16, cost: 49, kind: 'online-videos' } }, extensionPage, ctx);
    expect(bootcamp).toMatchObject({ ok: true, data: { title: 'ENCOR bootcamp', credits: 40, cost: 1200, currency: 'GBP', source: 'user' } });
    const userItems = [bootcamp, videos].map((r) => (r.ok ? r.data : null)) as Activity[];
    expect(await handleMessage({ type: 'activities.list' }, extensionPage, ctx)).toEqual({ ok: true, data: [...SAMPLE_ACTIVITIES, ...userItems] });

    const reply = await handleMessage({ type: 'plan.get', certificationId: 'ccnp', currency: 'gbp', today: '2026-11-29' }, extensionPage, ctx);
    const expected = planCheapest({
      items: [...SAMPLE_ACTIVITIES, ...userItems], program: 'cisco', creditUnit: 'CE', remaining: 80 - 24, today: '2026-11-29', deadline: '2027-03-14', currency: 'GBP',
    });
    expect(reply).toEqual({
      ok: true,
      data: { status: 'planned', requestedId: 'ccnp', certificationId: 'ccnp', certification: 'CCNP Enterprise', program: 'cisco', unit: 'CE', pathId: 'ce-only', pathLabel: '80 CE credits', deadline: '2027-03-14', plan: expected },
    });
    expect(expected).toMatchObject({ covered: true, totalCost: 1249, excluded: SAMPLE_ACTIVITIES.map((item) => ({ item, reason: 'expired-offer' })) });

    const id = userItems[0]!.id;
    const deleted = await handleMessage({ type: 'activities.delete', id }, extensionPage, ctx);
    expect(await db.count('activities')).toBe(1);
    expect(await handleMessage({ type: 'activities.restore', item: deleted.ok ? deleted.data : null }, extensionPage, ctx)).toEqual({ ok: true, data: userItems[0] });
    expect(await handleMessage({ type: 'activities.delete', id: SAMPLE_ACTIVITIES[0]!.id }, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await handleMessage({ type: 'plan.get', certificationId: 'not-held', currency: 'GBP' }, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('handleMessage: the record editor (the toast\'s Edit)', () => {
  it('lets a content script open the editor on a record, and nothing else', async () => {
    const { ctx } = await setup();
    const opened: string[] = [];
    const withEditor: RouterContext = { ...ctx, openRecordEditor: async (id) => void opened.push(id) };
    expect(await handleMessage({ type: 'capture.edit', recordId: 'r1' }, ciscoUTab, withEditor)).toEqual({ ok: true, data: { opened: true } });
    expect(opened).toEqual(['r1']);
    expect(await handleMessage({ type: 'record.get', id: 'r1' }, ciscoUTab, withEditor)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handleMessage({ type: 'record.edit', id: 'r1', fields: { title: 'x' } }, ciscoUTab, withEditor)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('reads a record and saves the corrected form as a patch; a blank field clears it; bad fields change nothing', async () => {
    const { db, ctx } = await setup();
    await db.put('records', makeRecord({ id: 'r1', title: 'ENAUTO', credits: 24, certificateCode: 'X-1', hours: 14 }));
    expect(await handleMessage({ type: 'record.get', id: 'r1' }, extensionPage, ctx)).toMatchObject({ ok: true, data: { title: 'ENAUTO' } });
    const fields = { title: 'ENAUTO v1.1', provider: 'Cisco U.', endDate: '2026-01-10', certificateCode: '', credits: '12', creditUnit: 'CE', hours: '', program: 'cisco' };
    expect(await handleMessage({ type: 'record.edit', id: 'r1', fields }, extensionPage, ctx)).toMatchObject({ ok: true, data: { title: 'ENAUTO v1.1', credits: 12 } });
    const stored = await db.get('records', 'r1');
    expect(stored).toMatchObject({ title: 'ENAUTO v1.1', credits: 12, status: 'captured' });
    expect(stored?.certificateCode).toBeUndefined();
    expect(stored?.hours).toBeUndefined();
    const bad = await handleMessage({ type: 'record.edit', id: 'r1', fields: { ...fields, credits: 'many', endDate: '2026-02-30' } }, extensionPage, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await db.get('records', 'r1'))?.credits).toBe(12);
    expect(await handleMessage({ type: 'record.get', id: 'missing' }, extensionPage, ctx)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('a database that cannot be opened', () => {
  it('answers every message with why, in words the user can act on, and keeps answering', async () => {
    const name = `router-downgrade-${Date.now()}`;
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('records', { keyPath: 'id' }) });
    newer.close();
    const ctx: RouterContext = { db: () => openDatabase({ name }), clock: fakeClock(), extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN };
    for (const [message, sender] of [
      [{ type: 'progress.get' }, extensionPage],
      [{ type: 'records.list' }, extensionPage],
      [{ type: 'capture.save', capture: makeCapture() }, ciscoUTab],
    ] as const) {
      expect(await handleMessage(message, sender, ctx), message.type).toEqual({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/newer version of Recert Companion/) } });
    }
  });
});

describe('the popup summary', () => {
  it('is kept when the popup asks for it, and forgotten before and after every write, never on a read', async () => {
    const { ctx } = await setup();
    const kept: unknown[] = [];
    const forget = vi.fn();
    const withSummary: RouterContext = { ...ctx, keepPopupSummary: async (summary) => void kept.push(summary), forgetPopupSummary: forget };
    const reply = await handleMessage({ type: 'popup.summary' }, extensionPage, withSummary);
    expect(reply).toMatchObject({ ok: true, data: { today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), records: [], report: { certifications: [] } } });
    expect(kept).toEqual([(reply as { data: unknown }).data]);
    await handleMessage({ type: 'records.list' }, extensionPage, withSummary);
    expect(forget).not.toHaveBeenCalled();
    await handleMessage({ type: 'capture.save', capture: makeCapture() }, ciscoUTab, withSummary);
    expect(forget).toHaveBeenCalledTimes(2);
    // A write that fails is forgotten too: it may have written half.
    await handleMessage({ type: 'record.delete', id: 'missing' }, extensionPage, withSummary);
    expect(forget).toHaveBeenCalledTimes(4);
  });
});
