/**
 * The message router against anything a page, another extension or a confused UI can send: every message gets
 * a typed reply (never a throw or a rejection), a malformed or forbidden one changes nothing and announces no
 * change, and no payload reaches Object.prototype.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handleMessage } from '../../src/background/router';
import type { RouterContext, SenderInfo } from '../../src/background/router-context';
import type { Reply } from '../../src/protocol/replies';
import type { Database } from '../../src/store/db';
import { freshDatabase } from '../helpers/db';
import { fakeClock, makeCapture, makeCertification, makeRecord } from '../helpers/factories';
import { RUNS, anyValue, expectPrototypesUntouched, jsonWithPrototypeKeys, pollutingJson, prototypeKey, prototypeSnapshot } from './arbitraries';

const EXTENSION_ID = 'abcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const extensionPage: SenderInfo = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/ui/popup/index.html` };
const ciscoUTab: SenderInfo = { id: EXTENSION_ID, url: 'https://u.cisco.com/paths/enauto/1047', tab: { id: 7 } };
const ERROR_CODES = ['bad-message', 'forbidden', 'invalid', 'not-found', 'conflict', 'quota', 'unavailable', 'internal'];
const ROUTER_RUNS = Math.round(RUNS / 2);

let db: Database;
let ctx: RouterContext;
let onChange: ReturnType<typeof vi.fn<() => void>>;

beforeEach(async () => {
  db = await freshDatabase();
  await db.put('records', makeRecord({ id: 'mine', sourceUrl: 'https://u.cisco.com/paths/enauto/1047', adapterId: 'cisco-u' }));
  await db.put('certifications', makeCertification({ id: 'ccnp' }));
  onChange = vi.fn<() => void>();
  ctx = { db: async () => db, clock: fakeClock(), extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, onChange };
});

async function storeSnapshot() {
  return {
    records: await db.getAll('records'),
    certifications: await db.getAll('certifications'),
    exams: await db.getAll('exams'),
    files: (await db.getAll('files')).map(({ blob: _blob, ...meta }) => meta),
    settings: await db.get('settings', 'settings'),
  };
}

/** A reply of the protocol's shape; a refusal names one of its error codes and says why in words. */
function expectTypedReply(reply: Reply<unknown>): void {
  expect(typeof reply).toBe('object');
  if (reply.ok) return;
  expect(ERROR_CODES).toContain(reply.error.code);
  expect(typeof reply.error.message).toBe('string');
  expect(reply.error.message.length).toBeGreaterThan(0);
}

/** Sends `raw` and expects it refused with no write and no change announced. */
async function expectRefusedUnchanged(raw: unknown, sender: SenderInfo, codes: readonly string[] = ERROR_CODES): Promise<Reply<unknown>> {
  // Per run, so that a failing run's write does not blame every value fast-check shrinks to afterwards.
  onChange.mockClear();
  const before = await storeSnapshot();
  const protoBefore = prototypeSnapshot();
  const reply = await handleMessage(raw, sender, ctx);
  expectTypedReply(reply);
  expect(reply.ok, `accepted ${fc.stringify(raw).slice(0, 200)}`).toBe(false);
  if (!reply.ok) expect(codes).toContain(reply.error.code);
  expect(await storeSnapshot()).toEqual(before);
  expect(onChange).not.toHaveBeenCalled();
  expectPrototypesUntouched(protoBefore);
  return reply;
}

const pdfFile = { name: 'c.pdf', type: 'application/pdf', base64: btoa('%PDF-1.4\n%%EOF') };

/** Well-formed messages that would write, each from a sender allowed to send it. */
const VALID_WRITES: ReadonlyArray<readonly [Record<string, unknown>, SenderInfo]> = [
  [{ type: 'capture.save', capture: makeCapture() }, ciscoUTab],
  [{ type: 'capture.attach', recordId: 'mine', file: pdfFile }, ciscoUTab],
  [{ type: 'record.update', id: 'mine', patch: { title: 'Renamed' } }, extensionPage],
  [{ type: 'record.delete', id: 'mine' }, extensionPage],
  [{ type: 'record.restore', record: makeRecord({ id: 'restored' }) }, extensionPage],
  [{ type: 'certification.save', certification: makeCertification({ id: 'new-cert' }) }, extensionPage],
  [{ type: 'certification.delete', id: 'ccnp' }, extensionPage],
  [{ type: 'exam.save', exam: { id: 'e1', program: 'cisco', code: '350-401', name: 'ENCOR', kind: 'technology-core', passedOn: '2026-02-10' } }, extensionPage],
  [{ type: 'file.attach', recordId: 'mine', file: { name: 'c.pdf', type: 'application/pdf', transferId: 'a-transfer' } }, extensionPage],
  [{ type: 'backup.import', transferId: 'a-transfer' }, extensionPage],
];

/** Values that no field of those messages accepts: the wrong type for every string, object and list field. */
const wrongValue = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
  fc.constant(JSON.parse(pollutingJson(1)) as unknown),
  prototypeKey.map((key) => JSON.parse(`{${JSON.stringify(key)}:{"polluted":1}}`) as unknown),
);

/** A valid write with one field broken: a wrong value, the field removed, or an unknown (or prototype) key added. */
const nearValidWrite = fc.tuple(fc.constantFrom(...VALID_WRITES), fc.nat(), wrongValue, fc.constantFrom('replace', 'remove', 'add'), fc.oneof(prototypeKey, fc.string({ minLength: 1, maxLength: 8 }))).map(
  ([[message, sender], pick, value, how, extraKey]) => {
    const fields = Object.keys(message).filter((k) => k !== 'type');
    const field = fields[pick % fields.length]!;
    const broken: Record<string, unknown> = JSON.parse(JSON.stringify(message)) as Record<string, unknown>;
    if (how === 'replace') broken[field] = value;
    else if (how === 'remove') delete broken[field];
    else if (!(extraKey in broken)) Object.defineProperty(broken, extraKey, { value, enumerable: true, writable: true, configurable: true });
    else broken[field] = value;
    return { broken, sender };
  },
);

describe('handleMessage on hostile messages', () => {
  it('answers anything at all with a typed reply, changing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, fc.constantFrom(extensionPage, ciscoUTab), async (raw, sender) => {
        const before = await storeSnapshot();
        const reply = await handleMessage(raw, sender, ctx);
        expectTypedReply(reply);
        // A random value is a harmless read at most (records.list, settings.get); it never writes.
        expect(await storeSnapshot()).toEqual(before);
      }),
      { numRuns: ROUTER_RUNS },
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a write with one field broken, and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(nearValidWrite, async ({ broken, sender }) => {
        await expectRefusedUnchanged(broken, sender, ['bad-message']);
      }),
      { numRuns: ROUTER_RUNS },
    );
  });

  it('refuses messages whose type is not text, or a text no one can print', async () => {
    const types: unknown[] = [{ toString: 1 }, { toString: null, valueOf: null }, Object.create(null), [['capture.save']], { __proto__: null, type: 'x' }, 12n, -0, NaN];
    for (const type of types) await expectRefusedUnchanged({ type }, extensionPage, ['bad-message']);
  });

  it('treats prototype keys in any payload as data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID_WRITES), jsonWithPrototypeKeys, async ([message, sender], payload) => {
        const fields = Object.keys(message).filter((k) => k !== 'type');
        const raw = JSON.parse(`{"type":${JSON.stringify(message.type)},${fields.map((f) => `${JSON.stringify(f)}:${pollutingJson(1)}`).join(',')},"__proto__":${JSON.stringify(payload) ?? 'null'}}`) as unknown;
        await expectRefusedUnchanged(raw, sender, ['bad-message']);
      }),
      { numRuns: ROUTER_RUNS },
    );
  });

  it('refuses valid writes from senders that may not send them', async () => {
    const strangerUrl = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => !/cisco\.com|learningnetwork|credly|coursera|udemy|edx|linkedin|certmetrics/.test(u)),
      fc.constantFrom('https://u.cisco.com.evil.example/paths/1', 'https://evil.example/u.cisco.com/paths', 'http://u.cisco.com/paths/1', 'chrome-extension://someone-else/popup.html', 'moz-extension://abcdefghijklmnop/x', 'javascript:alert(1)', 'data:text/html,x', 'not a url', ''),
    );
    const stranger = fc.oneof(
      // Another extension, even from our own pages' address.
      fc.record({ id: fc.string().filter((id) => id !== EXTENSION_ID), url: fc.option(fc.constantFrom(extensionPage.url!, ciscoUTab.url!), { nil: undefined }) }),
      // Our content script, on a page no adapter serving the message matches (or with no page at all).
      fc.record({ id: fc.constant(EXTENSION_ID), url: fc.option(strangerUrl, { nil: undefined }), tab: fc.option(fc.record({ id: fc.option(fc.integer(), { nil: undefined }) }), { nil: undefined }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID_WRITES), stranger, async ([message], sender) => {
        await expectRefusedUnchanged(message, sender as SenderInfo, ['forbidden']);
      }),
      { numRuns: ROUTER_RUNS },
    );
  });

  it('refuses a content script on a portal every message beyond capturing', async () => {
    for (const [message] of VALID_WRITES.filter(([m]) => !['capture.save', 'capture.attach'].includes(m.type as string))) {
      await expectRefusedUnchanged(message, ciscoUTab, ['forbidden']);
    }
  });
});
