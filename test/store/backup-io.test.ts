import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, PDF_TYPE, type Certification, type CourseRecord, type Exam, type StoredFileMeta } from '../../src/domain/schema';
import { base64ToBytes } from '../../src/base64';
import { exportBackup, importBackup } from '../../src/store/backup-io';
import { parseBackup } from '../../src/store/backup';
import type { Database } from '../../src/store/db';
import { saveSettings } from '../../src/store/settings';
import { freshDatabase, storeSnapshot } from '../helpers/db';
import type { Activity } from '../../src/domain/activities';
import { makeCertification, makeRecipe, makeRecord } from '../helpers/factories';
import type { ImportReport, ImportResult } from '../../src/domain/import-report';

const NOW = new Date('2026-11-28T20:15:00.000Z');
const LATER = new Date('2026-12-01T08:00:00.000Z');
const PDF = new Uint8Array(readFileSync(new URL('../fixtures/pdfs/award-completion.pdf', import.meta.url)));
const OTHER_PDF = new Uint8Array(readFileSync(new URL('../fixtures/pdfs/award-attendance.pdf', import.meta.url)));
const FIXTURE = readFileSync(new URL('../fixtures/backups/all-programs.json', import.meta.url), 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

function fileMeta(overrides: Partial<StoredFileMeta> = {}): StoredFileMeta {
  return { id: 'file-enauto', recordId: 'rec-enauto', name: 'enauto-certificate.pdf', type: PDF_TYPE, size: PDF.byteLength, addedAt: '2026-02-20T18:04:12.000Z', source: 'page', ...overrides };
}

async function putFile(db: Database, meta: StoredFileMeta, bytes: Uint8Array): Promise<void> {
  await db.put('files', { ...meta, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PDF_TYPE }) });
}

const exam: Exam = { id: 'exam-350-401', program: 'cisco', code: '350-401', name: 'ENCOR', kind: 'technology-core', passedOn: '2024-05-28' };

/** A store with one of everything: two certifications, an exam, records (one with its PDF), changed settings. */
async function seededDatabase(): Promise<Database> {
  const db = await freshDatabase();
  await db.put('certifications', makeCertification({ id: 'cert-ccnp', earnedOn: '2024-06-14' }));
  await db.put('certifications', makeCertification({ id: 'cert-cissp', program: 'isc2', code: 'cissp', name: 'CISSP', retired: true }));
  await db.put('exams', exam);
  await db.put('records', makeRecord({ id: 'rec-enauto', certificateFileId: 'file-enauto', certificateCode: 'CSCO-U-48213', hours: 40, credits: 1.5, sourceUrl: 'https://u.cisco.com/paths/enauto', adapterId: 'cisco-u' }));
  await db.put('records', makeRecord({ id: 'rec-zero-trust', program: 'isc2', creditUnit: 'CPE', category: 'group-a', status: 'earned', statusSince: '2025-04-01T10:00:00.000Z', notes: 'Line one\nline "two"' }));
  await putFile(db, fileMeta(), PDF);
  await saveSettings(db, { ...DEFAULT_SETTINGS, submissionWindowDays: 365, reminderDaysBeforeExpiry: [60], badgeEnabled: false, yourName: 'Priya Raman' });
  await db.put('activities', ACTIVITY);
  await db.put('recipes', makeRecipe());
  return db;
}

/** One of the user's own planner activities. */
const ACTIVITY: Activity = {
  id: 'user-ciscolive-emea',
  title: 'Cisco Live EMEA 2027, full conference pass',
  program: 'cisco',
  credits: 40,
  creditUnit: 'CE',
  cost: 2495,
  currency: 'EUR',
  offerEndsOn: '2027-01-31',
  kind: 'event-session',
  url: 'https://www.ciscolive.com/emea.html',
  source: 'user',
  addedAt: '2026-11-20T10:00:00.000Z',
};

/**
 * Every object store the database has, and where it goes: into the backup under this name, or left out for the
 * reason given. A store added later fails the test below until it is placed in one or the other.
 */
const IN_BACKUP = { certifications: 'certifications', exams: 'exams', records: 'records', files: 'files', activities: 'activities', settings: 'settings', recipes: 'recipes' };
const LEFT_OUT = {
  undo: 'Undo of a capture lasts ten minutes and belongs to the toast that offered it',
  reminders: 'which reminders were already shown on this browser; another browser may show them once',
  itemCatalog: "the CE portal's Item Catalog, read again from the portal (its age is shown in the popup)",
  transfers: 'a backup or a PDF on its way between a page and the background, taken at once',
};


function reportOf(result: ImportResult): ImportReport {
  if (!result.ok) throw new Error(`expected the import to succeed, got:\n${result.errors.join('\n')}`);
  return result.report;
}

const list = (added: number, updated: number, skipped: number) => ({ added, updated, skipped });

interface BackupJson {
  certifications: Certification[];
  exams: Exam[];
  records: CourseRecord[];
  files?: Array<StoredFileMeta & { data: string }>;
  settings: Record<string, unknown>;
}

describe('exportBackup then importBackup', () => {
  it('holds every store the user made, and says why each other store is left out', async () => {
    const db = await seededDatabase();
    expect([...db.objectStoreNames].sort()).toEqual([...Object.keys(IN_BACKUP), ...Object.keys(LEFT_OUT)].sort());
    const backup = JSON.parse(await exportBackup(db, { includeFiles: true }, NOW)) as Record<string, unknown>;
    for (const [store, key] of Object.entries(IN_BACKUP)) {
      const count = store === 'settings' ? 1 : await db.count(store as keyof typeof IN_BACKUP & 'records');
      expect(count, `the seeded database has something in ${store}`).toBeGreaterThan(0);
      expect(backup[key], `${store} is in the backup as "${key}"`).toBeTruthy();
    }
    expect(backup.activities).toEqual([ACTIVITY]);
  });


  it('gives back the same stores exactly, PDFs byte for byte, and reports everything added', async () => {
    const source = await seededDatabase();
    const text = await exportBackup(source, { includeFiles: true }, NOW);

    const target = await freshDatabase();
    expect(reportOf(await importBackup(target, text))).toEqual({
      certifications: list(2, 0, 0),
      exams: list(1, 0, 0),
      records: list(2, 0, 0),
      files: list(1, 0, 0),
      activities: list(1, 0, 0),
      settings: 'updated',
      recipes: list(1, 0, 0),
    });
    const restored = await storeSnapshot(target);
    expect(restored).toStrictEqual(await storeSnapshot(source));
    expect(restored.files[0]!.bytes).toEqual(PDF);
    expect(restored.files[0]!.blobType).toBe(PDF_TYPE);
    expect(await exportBackup(target, { includeFiles: true }, NOW)).toBe(text);
  });

  it('round-trips the documented fixture: import, export, wipe, import, export gives the same text', async () => {
    const first = await freshDatabase();
    reportOf(await importBackup(first, FIXTURE));
    const exported = await exportBackup(first, { includeFiles: true }, NOW);

    const second = await freshDatabase();
    reportOf(await importBackup(second, exported));
    expect(await exportBackup(second, { includeFiles: true }, NOW)).toBe(exported);
    expect(await storeSnapshot(second)).toStrictEqual(await storeSnapshot(first));
    const fixture = parseBackup(FIXTURE);
    expect(fixture.ok && (await second.count('records'))).toBe(fixture.ok && fixture.backup.records.length);
  });

  it('skips everything on a second import of the same file and changes nothing', async () => {
    const source = await seededDatabase();
    const text = await exportBackup(source, { includeFiles: true }, NOW);
    const target = await freshDatabase();
    reportOf(await importBackup(target, text));
    const before = await storeSnapshot(target);

    expect(reportOf(await importBackup(target, text))).toEqual({
      certifications: list(0, 0, 2),
      exams: list(0, 0, 1),
      records: list(0, 0, 2),
      files: list(0, 0, 1),
      activities: list(0, 0, 1),
      settings: 'skipped',
      recipes: list(0, 0, 1),
    });
    expect(await storeSnapshot(target)).toStrictEqual(before);
    // The source itself: importing its own export is a no-op.
    expect(reportOf(await importBackup(source, text)).records).toEqual(list(0, 0, 2));
  });

  it('replaces a changed record as a whole, keeps what the file does not mention, and reports it updated', async () => {
    const db = await seededDatabase();
    const backup = JSON.parse(await exportBackup(db, { includeFiles: false }, NOW)) as BackupJson;
    const { hours: _hours, ...withoutHours } = backup.records[0]!;
    backup.records[0] = { ...withoutHours, status: 'submitted', updatedAt: '2026-03-01T09:00:00.000Z' };
    backup.certifications = [];
    await db.put('records', makeRecord({ id: 'rec-only-here' }));

    const report = reportOf(await importBackup(db, JSON.stringify(backup)));
    expect(report.records).toEqual(list(0, 1, 1));
    expect(report.certifications).toEqual(list(0, 0, 0));
    expect(report.settings).toBe('skipped');
    const updated = await db.get('records', 'rec-enauto');
    expect(updated).toMatchObject({ status: 'submitted', updatedAt: '2026-03-01T09:00:00.000Z' });
    expect(updated).not.toHaveProperty('hours');
    expect(await db.get('records', 'rec-only-here')).toBeDefined();
    expect(await db.count('certifications')).toBe(2);
    expect(await db.count('files')).toBe(1);
  });

  it('compares a stored item as its schema reads it: what reads the same is skipped, what it refuses is replaced', async () => {
    const db = await seededDatabase();
    const text = await exportBackup(db, { includeFiles: false }, NOW);
    const enauto = (await db.get('records', 'rec-enauto'))!;
    const zeroTrust = (await db.get('records', 'rec-zero-trust'))!;
    // Untrimmed text and a missing `notes` read as the file's version: nothing to update.
    const { notes: _notes, ...withoutNotes } = { ...enauto, title: `  ${enauto.title}  `, notes: '' };
    await db.put('records', withoutNotes as CourseRecord);
    // A category of another program is refused by the schema: the file's valid version replaces it.
    await db.put('records', { ...zeroTrust, category: 'power-skills' });

    expect(reportOf(await importBackup(db, text)).records).toEqual(list(0, 1, 1));
    expect(await db.get('records', 'rec-zero-trust')).toEqual(zeroTrust);
    expect((await db.get('records', 'rec-enauto'))!.title).toBe(`  ${enauto.title}  `);
  });

  it('updates the settings when they differ and adds what is new beside what is stored', async () => {
    const db = await seededDatabase();
    const backup = JSON.parse(await exportBackup(db, { includeFiles: false }, NOW)) as BackupJson;
    backup.settings = { ...backup.settings, stalePendingDays: 30 };
    backup.exams.push({ ...exam, id: 'exam-300-410', code: '300-410' });

    const report = reportOf(await importBackup(db, JSON.stringify(backup)));
    expect(report.settings).toBe('updated');
    expect(report.exams).toEqual(list(1, 0, 1));
    expect(await db.get('settings', 'settings')).toMatchObject({ stalePendingDays: 30, submissionWindowDays: 365 });
  });
});

describe('a backup that cannot be imported writes nothing', () => {
  it('refuses a file with a bad record in the middle, saying where, and leaves the store as it was', async () => {
    const db = await seededDatabase();
    const backup = JSON.parse(await exportBackup(db, { includeFiles: true }, NOW)) as BackupJson & { records: Array<Record<string, unknown>> };
    backup.certifications.push(makeCertification({ id: 'cert-new' }));
    backup.records = [makeRecord({ id: 'rec-a' }), { ...makeRecord({ id: 'rec-b' }), credits: -2 }, makeRecord({ id: 'rec-c' }), ...backup.records];
    backup.settings = { ...backup.settings, stalePendingDays: 30 };
    const before = await storeSnapshot(db);

    expect(await importBackup(db, JSON.stringify(backup))).toEqual({ ok: false, errors: ['records[1].credits: Must be ≥ 0, found -2'] });
    expect(await storeSnapshot(db)).toStrictEqual(before);
  });

  it('refuses a file from a newer extension, and one that is not JSON, without touching the store', async () => {
    const db = await seededDatabase();
    const before = await storeSnapshot(db);
    const newer = await importBackup(db, JSON.stringify({ ...(JSON.parse(FIXTURE) as object), version: 3 }));
    expect(!newer.ok && newer.errors).toEqual([expect.stringContaining('update the extension')]);
    const truncated = await importBackup(db, FIXTURE.slice(0, 200));
    expect(!truncated.ok && truncated.errors).toEqual([expect.stringMatching(/^Not valid JSON: /)]);
    expect(await storeSnapshot(db)).toStrictEqual(before);
  });

  it('rolls back every write when a put throws part-way through the transaction', async () => {
    const db = await seededDatabase();
    const backup = JSON.parse(await exportBackup(db, { includeFiles: true }, NOW)) as BackupJson;
    backup.certifications.push(makeCertification({ id: 'cert-new' }));
    backup.exams.push({ ...exam, id: 'exam-new' });
    backup.records.push(makeRecord({ id: 'rec-new-1' }), makeRecord({ id: 'rec-fails' }), makeRecord({ id: 'rec-new-2' }));
    backup.settings = { ...backup.settings, stalePendingDays: 30 };
    const before = await storeSnapshot(db);

    const put = IDBObjectStore.prototype.put;
    const written: string[] = [];
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const id = (value as { id?: string }).id ?? String(key);
      if (id === 'rec-fails') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      written.push(id);
      return put.call(this, value, key);
    });

    const result = await importBackup(db, JSON.stringify(backup));
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/nothing of it was imported: QuotaExceededError: The quota has been exceeded\.$/)] });
    // The failure came after other writes had been made: they are what the rollback undoes.
    expect(written).toEqual(expect.arrayContaining(['cert-new', 'exam-new', 'rec-new-1']));
    vi.restoreAllMocks();
    expect(await storeSnapshot(db)).toStrictEqual(before);
  });

  it('rolls back every write when a request fails after it was made (the way a full disk fails)', async () => {
    const db = await seededDatabase();
    const backup = JSON.parse(await exportBackup(db, { includeFiles: true }, NOW)) as BackupJson;
    backup.certifications.push(makeCertification({ id: 'cert-new' }));
    backup.records[0] = { ...backup.records[0]!, status: 'pending' };
    backup.records.push(makeRecord({ id: 'rec-new' }));
    const before = await storeSnapshot(db);

    // `add` of a key already stored: the request is made, then fails with a ConstraintError and aborts the transaction.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as { id?: string }).id === 'rec-enauto') return this.add(value, key);
      return put.call(this, value, key);
    });

    const result = await importBackup(db, JSON.stringify(backup));
    expect(result).toEqual({ ok: false, errors: [expect.stringContaining('ConstraintError')] });
    vi.restoreAllMocks();
    expect(await storeSnapshot(db)).toStrictEqual(before);
  });
});

describe('certificate files in the export', () => {
  it('leaves the PDFs out unless asked for them; the record still names its file', async () => {
    const db = await seededDatabase();
    const text = await exportBackup(db, { includeFiles: false }, NOW);
    const backup = JSON.parse(text) as BackupJson;
    expect(backup).not.toHaveProperty('files');
    expect(backup.records.find((r) => r.id === 'rec-enauto')?.certificateFileId).toBe('file-enauto');

    const target = await freshDatabase();
    expect(reportOf(await importBackup(target, text)).files).toEqual(list(0, 0, 0));
    expect(await target.count('files')).toBe(0);
    expect(await target.get('records', 'rec-enauto')).toEqual(await db.get('records', 'rec-enauto'));
  });

  it('carries each PDF as base64 of its exact bytes, and only those whose record is still stored', async () => {
    const db = await seededDatabase();
    await putFile(db, fileMeta({ id: 'file-orphan', recordId: 'rec-deleted', name: 'left-for-undo.pdf', size: OTHER_PDF.byteLength }), OTHER_PDF);
    const backup = JSON.parse(await exportBackup(db, { includeFiles: true }, NOW)) as BackupJson;
    expect(backup.files?.map((f) => f.id)).toEqual(['file-enauto']);
    const { data, ...meta } = backup.files![0]!;
    expect(meta).toEqual(fileMeta());
    expect(base64ToBytes(data)).toEqual(PDF);
  });

  it('replaces a stored file whose bytes differ under the same id and description, and skips an identical one', async () => {
    const db = await seededDatabase();
    await putFile(db, fileMeta({ id: 'file-second', name: 'second.pdf' }), PDF);
    const text = await exportBackup(db, { includeFiles: true }, NOW);
    // Same id, name and length, other bytes: only the bytes tell them apart.
    const tampered = new Uint8Array(PDF);
    tampered[PDF.byteLength - 10] = PDF[PDF.byteLength - 10]! ^ 1;
    await putFile(db, fileMeta(), tampered);

    expect(reportOf(await importBackup(db, text)).files).toEqual(list(0, 1, 1));
    const restored = await db.get('files', 'file-enauto');
    expect(new Uint8Array(await restored!.blob.arrayBuffer())).toEqual(PDF);
  });
});

describe('export order', () => {
  it('lists everything by id whatever order it was stored in, so two exports differ only in exportedAt', async () => {
    const records = [
      makeRecord({ id: 'rec-c', updatedAt: '2026-01-01T00:00:00.000Z' }),
      makeRecord({ id: 'rec-a', updatedAt: '2026-03-01T00:00:00.000Z' }),
      makeRecord({ id: 'Rec-B', updatedAt: '2026-02-01T00:00:00.000Z' }),
    ];
    const forwards = await freshDatabase();
    const backwards = await freshDatabase();
    for (const record of records) await forwards.put('records', record);
    for (const record of [...records].reverse()) await backwards.put('records', record);
    await forwards.put('certifications', makeCertification({ id: 'z' }));
    await forwards.put('certifications', makeCertification({ id: 'a' }));
    await backwards.put('certifications', makeCertification({ id: 'a' }));
    await backwards.put('certifications', makeCertification({ id: 'z' }));

    const text = await exportBackup(forwards, { includeFiles: true }, NOW);
    expect((JSON.parse(text) as BackupJson).records.map((r) => r.id)).toEqual(['Rec-B', 'rec-a', 'rec-c']);
    expect((JSON.parse(text) as BackupJson).certifications.map((c) => c.id)).toEqual(['a', 'z']);
    expect(await exportBackup(backwards, { includeFiles: true }, NOW)).toBe(text);
    expect(await exportBackup(forwards, { includeFiles: true }, LATER)).toBe(text.replace(NOW.toISOString(), LATER.toISOString()));
  });

  it('writes the settings as the extension reads them: the defaults when none are stored', async () => {
    const db = await freshDatabase();
    const backup = JSON.parse(await exportBackup(db, { includeFiles: true }, NOW)) as BackupJson;
    expect(backup).toMatchObject({ certifications: [], exams: [], records: [], settings: DEFAULT_SETTINGS });
    expect(reportOf(await importBackup(await freshDatabase(), JSON.stringify(backup))).settings).toBe('skipped');
  });
});
