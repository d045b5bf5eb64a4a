/**
 * Storing 5,000 records through the store's own bulk path, importBackup (src/store/backup-io.ts): the
 * dashboard's import and the only way that many arrive at once. It parses the file, validates every record
 * with zod, compares each with what is stored and writes all in one transaction. Run in Node on fake-indexeddb,
 * as the store's unit tests are: a real browser's IndexedDB is faster or slower by its own disk, which is not
 * what this figure is about (what our code adds to the writes).
 *
 * Baseline: the same records put raw, in one transaction, into an identical empty database: the least any
 * store must do. Budget (architecture.md gives none): within 2x the baseline, i.e. reading, validating and
 * comparing a record may cost as much as writing it, no more. Each sample starts from an empty database.
 */
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { Settings } from '../../src/domain/schema';
import { importBackup } from '../../src/store/backup-io';
import { serializeBackup } from '../../src/store/backup';
import { openDatabase, type Database } from '../../src/store/db';
import type { CourseRecord } from '../../src/domain/schema';
import { InvalidMeasurement, median, relativeFigure, type Figure } from './figures';
import { makeRecords } from './progress';

const RECORDS = 5_000;
const STORE_MAX_RATIO = 2;
const WARMUP_RUNS = 2;
/** Each sample is two fresh databases and 10,000 writes, seconds on fake-indexeddb: more would not fit 5 minutes. */
const MAX_SAMPLES = 5;

let databases = 0;

async function withEmptyDatabase<T>(work: (db: Database) => Promise<T>): Promise<{ ms: number; result: T }> {
  const name = `recert-bench-store-${(databases += 1)}`;
  const db = await openDatabase({ name });
  try {
    const start = performance.now();
    const result = await work(db);
    return { ms: performance.now() - start, result };
  } finally {
    db.close();
    await deleteDB(name);
  }
}

async function putRaw(db: Database, records: readonly CourseRecord[]): Promise<void> {
  const tx = db.transaction('records', 'readwrite');
  for (const record of records) void tx.store.put(record);
  await tx.done;
}

async function importAll(db: Database, backup: string): Promise<number> {
  const result = await importBackup(db, backup);
  if (!result.ok) throw new InvalidMeasurement(`importBackup refused the bench's backup: ${result.errors.join('; ')}`);
  const stored = await db.count('records');
  if (result.report.records.added !== RECORDS || stored !== RECORDS) {
    throw new InvalidMeasurement(`importBackup added ${result.report.records.added} records and the store holds ${stored}, not ${RECORDS}`);
  }
  return stored;
}

export async function measureStoreRecords(runs: number): Promise<Figure> {
  const records = makeRecords(RECORDS);
  // The file as the user would pick it: made once, outside the timing.
  const backup = serializeBackup({ certifications: [], exams: [], records, settings: Settings.parse({}) }, new Date('2026-11-29T00:00:00Z'));
  for (let i = 0; i < WARMUP_RUNS; i++) {
    await withEmptyDatabase((db) => importAll(db, backup));
    await withEmptyDatabase((db) => putRaw(db, records));
  }
  const samples = Math.max(5, Math.min(runs, MAX_SAMPLES));
  const imported: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < samples; i++) {
    imported.push((await withEmptyDatabase((db) => importAll(db, backup))).ms);
    raw.push((await withEmptyDatabase((db) => putRaw(db, records))).ms);
  }
  return relativeFigure(
    {
      id: 'store.import-5k-records',
      label: `store ${RECORDS.toLocaleString('en')} records (importBackup)`,
      value: median(imported),
      baseline: median(raw),
      detail: { records: RECORDS, backupBytes: backup.length, samples, engine: 'fake-indexeddb', baselineIs: 'raw puts, one transaction' },
    },
    STORE_MAX_RATIO,
  );
}
