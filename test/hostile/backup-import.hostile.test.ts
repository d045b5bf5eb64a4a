/**
 * Backup import against random text, mutated real backups, prototype keys at every level, huge lists and
 * garbage file bytes: a refused file leaves the store exactly as it was and says what is wrong and where; an
 * accepted one stores only what the schema allows; nothing reaches Object.prototype.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, PDF_TYPE } from '../../src/domain/schema';
import { importBackup } from '../../src/store/backup-io';
import type { ParseBackupResult } from '../../src/store/backup';
import type { Database } from '../../src/store/db';
import { saveSettings } from '../../src/store/settings';
import { freshDatabase, storeSnapshot } from '../helpers/db';
import { makeRecord } from '../helpers/factories';
import { runBounded } from './bounded';
import { BIG_INPUT_TIMEOUT_MS, RUNS, expectPrototypesUntouched, jsonWithPrototypeKeys, pollutingJson, prototypeKey, prototypeSnapshot } from './arbitraries';
import type { ImportResult } from '../../src/domain/import-report';

const FIXTURE = readFileSync(new URL('../fixtures/backups/all-programs.json', import.meta.url), 'utf8');
const PDF_BASE64 = readFileSync(new URL('../fixtures/pdfs/award-completion.pdf', import.meta.url)).toString('base64');
const BACKUP_MODULE = new URL('../../src/store/backup.ts', import.meta.url);
const IMPORT_RUNS = Math.round(RUNS / 3);

/** Where an error points: "records[3].credits: …", "files[0].data: …", "(whole file): …", or the JSON/format lines. */
const LOCATED = /^(?:\(whole file\)|[A-Za-z_$][\w$]*(?:\[(?:\d+|"[^"]*")\]|\.[A-Za-z_$][\w$]*)*): \S/;
const WHOLE_FILE_PROBLEM = /^(?:Not valid JSON: |Expected a JSON object |and \d+ more problems?$)/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const fixture = () => JSON.parse(FIXTURE) as { [key: string]: Json };

let db: Database;
beforeEach(async () => {
  db = await freshDatabase();
  await db.put('records', makeRecord({ id: 'already-here', title: 'Stored before the import' }));
  await db.put('files', { id: 'file-here', recordId: 'already-here', name: 'c.pdf', type: PDF_TYPE, size: 3, addedAt: '2026-01-01T00:00:00.000Z', source: 'page', blob: new Blob([new Uint8Array([1, 2, 3])], { type: PDF_TYPE }) });
  await saveSettings(db, { ...DEFAULT_SETTINGS, submissionWindowDays: 365, remindersEnabled: false, reminderDaysBeforeExpiry: [60], badgeEnabled: false, autoAttachPdf: false, maxPdfMegabytes: 5 });
});

/** Imports `text` and holds the result to the contract; returns it for further checks. */
async function importChecked(text: string): Promise<ImportResult> {
  const before = await storeSnapshot(db);
  const protoBefore = prototypeSnapshot();
  const result = await importBackup(db, text);
  expectPrototypesUntouched(protoBefore);
  if (result.ok) return result;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) expect(error, 'an error that does not say where').toMatch(new RegExp(`${LOCATED.source}|${WHOLE_FILE_PROBLEM.source}`));
  expect(await storeSnapshot(db)).toEqual(before);
  return result;
}

/** Every path into a JSON value, for picking the place a mutation lands. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...prefix, i])));
  if (value !== null && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...prefix, k])));
  return here;
}

/** Sets an own property, even one named "__proto__" (assignment would set the prototype instead). */
function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(null, -1, 1e308, '', 'x'.repeat(10_000), '2026-02-30', '31/12/2026', [], {}, true),
  fc.constant(JSON.parse(pollutingJson(2)) as Json),
);

const mutatedBackup = fc
  .tuple(fc.nat(), fc.constantFrom('replace', 'remove', 'add-proto-key', 'duplicate'), wrongValue, prototypeKey)
  .map(([pick, how, value, key]) => {
    const backup = fixture();
    const paths = pathsOf(backup).filter((p) => p.length > 0);
    const path = paths[pick % paths.length]!;
    const parent = path.slice(0, -1).reduce<Json>((node, k) => (node as Record<string | number, Json>)[k]!, backup) as Record<string | number, Json> | Json[];
    const last = path[path.length - 1]!;
    if (how === 'replace') defineOwn(parent, last, value);
    else if (how === 'remove' && Array.isArray(parent)) parent.splice(last as number, 1);
    else if (how === 'remove') delete (parent as Record<string, Json>)[last];
    else if (how === 'add-proto-key' && !Array.isArray(parent)) defineOwn(parent, key, value);
    else if (Array.isArray(parent)) parent.push(structuredClone(parent[last as number]!));
    else defineOwn(parent, last, [parent[last]!, parent[last]!]);
    return JSON.stringify(backup);
  });

describe('importBackup on hostile files', () => {
  it('refuses random text and random JSON, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 4 }), jsonWithPrototypeKeys.map((v) => JSON.stringify(v) ?? 'null')), async (text) => {
        const result = await importChecked(text);
        expect(result.ok).toBe(false);
      }),
      { numRuns: IMPORT_RUNS },
    );
  });

  it('refuses a real backup with one place broken and says where, or stores a valid reading of it', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBackup, async (text) => {
        const result = await importChecked(text);
        if (!result.ok) return;
        // Accepted: what is stored is what the schema reads, with nothing of the hostile keys kept.
        const stored = JSON.stringify(await storeSnapshot(db));
        expect(stored).not.toContain('polluted');
        expect(stored).not.toContain('"__proto__"');
      }),
      { numRuns: IMPORT_RUNS },
    );
  });

  it('keeps "__proto__", "constructor" and "prototype" keys at every level as data, never as a path', async () => {
    const everywhere = FIXTURE.replace(/\{/g, `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},`);
    const result = await importChecked(everywhere);
    // The schema strips unknown keys, so the file reads as the fixture would: all of it added, none of the keys kept.
    expect(result).toMatchObject({ ok: true, report: { records: { added: (fixture().records as Json[]).length, updated: 0, skipped: 0 } } });
    expect(JSON.stringify(await storeSnapshot(db))).not.toContain('polluted');
  });

  it('refuses files whose bytes are garbage, mislabelled or orphaned, and writes nothing', async () => {
    const file = (overrides: Record<string, unknown>) => ({ id: 'f1', recordId: 'rec-ccnp-enauto', name: 'c.pdf', type: PDF_TYPE, size: 1664, addedAt: '2026-01-01T00:00:00.000Z', source: 'import', data: PDF_BASE64, ...overrides });
    const base = fixture();
    const recordId = ((base.records as Json[])[0] as Record<string, Json>).id as string;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }).map((data) => ({ data })),
          fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => ({ data: Buffer.from(bytes).toString('base64'), size: bytes.length })),
          fc.constantFrom<Record<string, unknown>>(
            { data: '%PDF-1.4' }, { data: '====' }, { data: 'JVBERi0' }, { data: PDF_BASE64, size: 1 }, { data: PDF_BASE64, size: -1 },
            { recordId: 'no-such-record' }, { recordId: '__proto__' }, { data: 42 }, { data: null }, { data: PDF_BASE64.replace(/A/g, '*') },
          ),
        ),
        async (overrides) => {
          const backup = { ...fixture(), files: [file({ recordId, ...overrides })] };
          const result = await importChecked(JSON.stringify(backup));
          expect(result.ok, `accepted ${JSON.stringify(overrides).slice(0, 120)}`).toBe(false);
        },
      ),
      { numRuns: IMPORT_RUNS },
    );
  });

  it('reads huge lists and deep nesting within a bound, and caps the list of problems', async () => {
    const base = fixture();
    // zod spends 50-100 µs on each broken record (linearly), so a few thousand keep this test to a second or two.
    const hugeInvalid = JSON.stringify({ ...base, records: Array.from({ length: 3_000 }, (_, i) => ({ id: `r${i}`, title: 7 })) });
    const hugeDuplicates = JSON.stringify({ ...base, records: Array.from({ length: 10_000 }, () => (base.records as Json[])[0]) });
    // Spliced in as text: JSON.stringify itself cannot walk 5,000 levels.
    const deep = JSON.stringify({ ...base, settings: 'DEEP' }).replace('"DEEP"', '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000));
    const texts = [hugeInvalid, hugeDuplicates, deep];
    const [invalid, duplicates, nested] = (await runBounded(BACKUP_MODULE, 'parseBackup', texts.map((t) => [t]), BIG_INPUT_TIMEOUT_MS)) as ParseBackupResult[];
    for (const refused of [invalid!, duplicates!]) {
      expect(refused.ok).toBe(false);
      // Twenty problems and a count of the rest, not thousands of lines.
      if (!refused.ok) expect(refused.errors).toHaveLength(21);
    }
    // Unknown settings keys are dropped however deep they go: the settings read as the defaults.
    expect(nested!.ok).toBe(true);
    // And through the import, with the store compared whole.
    expect((await importChecked(hugeInvalid)).ok).toBe(false);
  }, BIG_INPUT_TIMEOUT_MS * 2);
});
