/**
 * The backup file against the database: export everything as one file (docs/backup-format.md), and import one
 * by validating it whole, then merging it by id in a single transaction, so that a bad file or a failed write
 * leaves the store as it was.
 */
import type { z } from 'zod';
import { Activity } from '../domain/activities';
import { Certification, CourseRecord, Exam, PDF_TYPE, Settings, SiteRecipe, StoredFileMeta, type BackupFile } from '../domain/schema';
import { base64ToBytes, bytesToBase64 } from '../base64';
import { parseBackup, serializeBackup } from './backup';
import type { Database, StoredFile } from './db';
import { fileMeta, releaseOrphanFiles } from './files';
import { atomically } from './transaction';
import type { ImportReport, ImportResult, ListReport } from '../domain/import-report';

export interface ExportOptions {
  /** Carry the certificate PDFs, as base64: the file grows by a third of their size. */
  includeFiles: boolean;
}


const SETTINGS_KEY = 'settings';

/**
 * Everything stored, as backup text. Lists are in id order, so two exports of the same store differ only in
 * `exportedAt`. Files are carried only when asked for, and only those whose record exists: a file left behind
 * for Undo by a deleted record would make the backup invalid (a file must belong to a record of the file).
 */
export async function exportBackup(db: Database, options: ExportOptions, now: Date): Promise<string> {
  // One read-only transaction: a consistent snapshot even while a capture is being saved.
  const tx = db.transaction(['certifications', 'exams', 'records', 'files', 'activities', 'settings', 'recipes'], 'readonly');
  const [certifications, exams, records, files, activities, settings, recipes] = await Promise.all([
    tx.objectStore('certifications').getAll(),
    tx.objectStore('exams').getAll(),
    tx.objectStore('records').getAll(),
    options.includeFiles ? tx.objectStore('files').getAll() : Promise.resolve([]),
    tx.objectStore('activities').getAll(),
    tx.objectStore('settings').get(SETTINGS_KEY),
    tx.objectStore('recipes').getAll(),
    tx.done,
  ]);

  const recordIds = new Set(records.map((r) => r.id));
  // Blobs are read after the transaction: awaiting anything but a request inside one lets it commit.
  const backupFiles = await Promise.all(byId(files.filter((f) => recordIds.has(f.recordId) && !f.releasedAt)).map(toBackupFile));

  return serializeBackup(
    {
      certifications: byId(certifications).map((c) => normalised(Certification, c)),
      exams: byId(exams).map((e) => normalised(Exam, e)),
      records: byId(records).map((r) => normalised(CourseRecord, r)),
      files: backupFiles,
      activities: byId(activities).map((a) => normalised(Activity, a)),
      recipes: [...recipes].sort((a, b) => (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0)).map((r) => normalised(SiteRecipe, r)),
      settings: storedSettings(settings),
    },
    now,
  );
}

/**
 * Reads `text` as a backup and merges it into the store: an item whose id is not stored is added, one that
 * differs from the stored item replaces it whole, an identical one is skipped; nothing is deleted. A file that
 * is not a valid backup is refused with parseBackup's messages (each naming where), and a write that fails
 * part-way (a full disk, a bug) aborts the one transaction: either all of the file is in the store, or none.
 */
export async function importBackup(db: Database, text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const backup = parsed.backup;

  try {
    const incomingFiles = (backup.files ?? []).map(toStoredFile);
    // Comparing bytes means reading Blobs, which cannot be awaited inside the write transaction.
    const sameBytes = await filesWithSameBytes(db, incomingFiles);
    const tx = db.transaction(['certifications', 'exams', 'records', 'files', 'activities', 'settings', 'recipes'], 'readwrite');
    const report = await atomically(tx, async () => {
      const [certifications, exams, records, files, activities, settings, recipes] = await Promise.all([
        mergeList(tx.objectStore('certifications'), backup.certifications, (stored, item) => equalsNormalised(Certification, stored, item)),
        mergeList(tx.objectStore('exams'), backup.exams, (stored, item) => equalsNormalised(Exam, stored, item)),
        mergeList(tx.objectStore('records'), backup.records, (stored, item) => equalsNormalised(CourseRecord, stored, item)),
        mergeList(tx.objectStore('files'), incomingFiles, (stored, item) => sameBytes.has(item.id) && sameMeta(stored, item)),
        mergeList(tx.objectStore('activities'), backup.activities ?? [], (stored, item) => equalsNormalised(Activity, stored, item)),
        mergeSettings(tx.objectStore('settings'), backup.settings),
        mergeList(tx.objectStore('recipes'), backup.recipes ?? [], (stored, item) => equalsNormalised(SiteRecipe, stored, item), (recipe) => recipe.origin),
      ]);
      // A record the backup updated may point at another certificate now: the one it let go is released.
      await releaseOrphanFiles(tx, new Date().toISOString());
      return { certifications, exams, records, files, activities, settings, recipes } satisfies ImportReport;
    });
    return { ok: true, report };
  } catch (error) {
    return { ok: false, errors: [`The backup could not be written, so nothing of it was imported: ${describeError(error)}`] };
  }
}

interface MergeStore<T> {
  get(id: string): Promise<T | undefined>;
  put(value: T): Promise<unknown>;
}

async function mergeList<T>(store: MergeStore<T>, items: readonly T[], isSame: (stored: T, item: T) => boolean, keyOf: (item: T) => string = (item) => (item as { id: string }).id): Promise<ListReport> {
  const report: ListReport = { added: 0, updated: 0, skipped: 0 };
  await Promise.all(
    items.map(async (item) => {
      const stored = await store.get(keyOf(item));
      if (stored !== undefined && isSame(stored, item)) {
        report.skipped += 1;
        return;
      }
      await store.put(item);
      report[stored === undefined ? 'added' : 'updated'] += 1;
    }),
  );
  return report;
}

interface SettingsStore {
  get(key: string): Promise<z.input<typeof Settings> | undefined>;
  put(value: Settings, key: string): Promise<unknown>;
}

async function mergeSettings(store: SettingsStore, settings: Settings): Promise<ImportReport['settings']> {
  // Compared as the extension reads them: a store with no settings document has the defaults.
  if (deepEqual(storedSettings(await store.get(SETTINGS_KEY)), settings)) return 'skipped';
  await store.put(settings, SETTINGS_KEY);
  return 'updated';
}

/** As getSettings reads them: missing fields take their defaults, an unreadable document gives the defaults. */
function storedSettings(stored: z.input<typeof Settings> | undefined): Settings {
  const parsed = Settings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

/**
 * A stored item as its schema reads it today (text trimmed, defaults filled in). One the schema refuses is kept
 * as stored rather than dropped from the export: nothing is lost, and the import will say what is wrong with it.
 */
function normalised<S extends z.ZodType>(schema: S, stored: z.output<S>): z.output<S> {
  const parsed = schema.safeParse(stored);
  return parsed.success ? parsed.data : stored;
}

function equalsNormalised<S extends z.ZodType>(schema: S, stored: unknown, incoming: z.output<S>): boolean {
  const parsed = schema.safeParse(stored);
  return parsed.success && deepEqual(parsed.data, incoming);
}

function sameMeta(stored: StoredFile, incoming: StoredFile): boolean {
  const parsed = StoredFileMeta.safeParse(fileMeta(stored));
  return parsed.success && deepEqual(parsed.data, fileMeta(incoming)) && stored.blob.size === incoming.blob.size;
}

/**
 * The ids of incoming files stored with the same bytes, read before the write transaction. The merge checks the
 * description and the length again when it writes; a file's bytes are never rewritten under the same id and
 * the same description (the store gives every new file a new id), so that check is enough.
 */
async function filesWithSameBytes(db: Database, incoming: readonly StoredFile[]): Promise<Set<string>> {
  const stored = await Promise.all(incoming.map((file) => db.get('files', file.id)));
  const same = new Set<string>();
  await Promise.all(
    incoming.map(async (file, i) => {
      const current = stored[i];
      if (!current || current.blob.size !== file.blob.size) return;
      const [a, b] = await Promise.all([bytesOf(current.blob), bytesOf(file.blob)]);
      if (equalBytes(a, b)) same.add(file.id);
    }),
  );
  return same;
}

function toStoredFile({ data, ...meta }: BackupFile): StoredFile {
  const bytes = base64ToBytes(data) as Uint8Array<ArrayBuffer>;
  return { ...meta, blob: new Blob([bytes], { type: PDF_TYPE }) };
}

async function toBackupFile(file: StoredFile): Promise<BackupFile> {
  return { ...fileMeta(file), data: bytesToBase64(await bytesOf(file.blob)) };
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Sorted by id in code-unit order (IndexedDB's key order), independent of the locale. */
function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Structural equality of JSON-like values; a key holding undefined is the same as a missing key. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!deepEqual(left[key], right[key])) return false;
  return true;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    // A DOMException such as QuotaExceededError may carry no message of its own.
    return error.message ? `${error.name}: ${error.message}` : error.name;
  }
  return String(error);
}
