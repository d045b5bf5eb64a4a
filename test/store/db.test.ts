import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, DatabaseUnavailableError, databaseUnavailable, openDatabase } from '../../src/store/db';
import { listActivities } from '../../src/store/activities';
import { getItemCatalog, saveItemCatalog } from '../../src/store/item-catalog';
import { markRemindersSent, sentReminderKeys } from '../../src/store/reminders';
import { getSettings } from '../../src/store/settings';
import { DEFAULT_SETTINGS } from '../../src/domain/schema';
import { SAMPLE_ACTIVITIES } from '../../src/domain/activities';
import '../helpers/db';
import { makeCertification, makeRecord } from '../helpers/factories';

describe('openDatabase', () => {
  it('creates the stores and the indexes the UI queries by', async () => {
    const db = await openDatabase({ name: `schema-${Date.now()}` });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['activities', 'certifications', 'exams', 'files', 'itemCatalog', 'recipes', 'records', 'reminders', 'settings', 'transfers', 'undo']);
    expect([...db.transaction('records').store.indexNames].sort()).toEqual(['byCertificateCode', 'byEndDate', 'byStatus', 'byUpdatedAt']);
    expect([...db.transaction('files').store.indexNames].sort()).toEqual(['byRecordId', 'byReleasedAt']);
    expect(db.transaction('reminders').store.keyPath).toBe('key');
    expect([...db.transaction('reminders').store.indexNames]).toEqual(['byCreatedAt']);
    expect(db.transaction('reminders').store.index('byCreatedAt').keyPath).toBe('sentAt');
    db.close();
  });

  it('steps aside for a newer version instead of blocking its upgrade, and says so', async () => {
    const name = `upgrade-${Date.now()}`;
    const onClosed = vi.fn();
    await openDatabase({ name, onClosed });
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('later') });
    expect(newer.objectStoreNames.contains('later')).toBe(true);
    expect(onClosed).toHaveBeenCalledTimes(1);
    newer.close();
  });
});

describe('migrations from the released versions 1 (records, certifications, exams, settings, undo), 2 (+ catalogue), 3 (+ files), 4 (+ reminders), 5 (+ ceCatalogue), 6 (files released), 7 (+ transfers) and 8 (+ recipes)', () => {
  type ReleasedVersion = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  /** A released schema written out as it shipped, not through openDatabase, which now builds the latest one. */
  async function createReleased(name: string, version: ReleasedVersion) {
    const db = await openDB(name, version, {
      upgrade(v1) {
        const records = v1.createObjectStore('records', { keyPath: 'id' });
        records.createIndex('byStatus', 'status');
        records.createIndex('byEndDate', 'endDate');
        records.createIndex('byCertificateCode', 'certificateCode');
        records.createIndex('byUpdatedAt', 'updatedAt');
        v1.createObjectStore('certifications', { keyPath: 'id' });
        v1.createObjectStore('exams', { keyPath: 'id' });
        v1.createObjectStore('settings');
        const undo = v1.createObjectStore('undo', { keyPath: 'token' });
        undo.createIndex('byCreatedAt', 'createdAt');
        if (version >= 2) v1.createObjectStore('catalogue', { keyPath: 'id' });
        const files = version >= 3 ? v1.createObjectStore('files', { keyPath: 'id' }) : undefined;
        files?.createIndex('byRecordId', 'recordId');
        if (version >= 6) files?.createIndex('byReleasedAt', 'releasedAt');
        if (version >= 4) v1.createObjectStore('reminders', { keyPath: 'key' }).createIndex('byCreatedAt', 'sentAt');
        if (version >= 5) v1.createObjectStore('ceCatalogue');
        if (version >= 7) v1.createObjectStore('transfers', { keyPath: 'id' }).createIndex('byCreatedAt', 'createdAt');
        if (version >= 8) v1.createObjectStore('recipes', { keyPath: 'origin' });
      },
    });
    return db;
  }

  const record = makeRecord({ id: 'r-v1', title: 'ENAUTO', certificateCode: 'CSCO-U-8F3K2Q', status: 'earned', credits: 24, certificateFileId: 'f1' });
  const certification = makeCertification({ id: 'ccnp', earnedOn: '2024-03-14' });
  const exam = { id: 'e1', program: 'cisco', code: '350-401', kind: 'technology-core', passedOn: '2025-02-10' };
  const settings = { submissionWindowDays: 120, remindersEnabled: false, reminderDaysBeforeExpiry: [30], badgeEnabled: true };
  const undoEntry = { token: 't1', recordId: 'r-v1', previous: null, createdAt: '2026-03-20T09:00:00.000Z' };

  const catalogueItem = { ...SAMPLE_ACTIVITIES[0]!, id: 'mine-1', source: 'user' };
  const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
  const fileMeta = { id: 'f1', recordId: 'r-v1', name: 'enauto.pdf', type: 'application/pdf', size: pdf.byteLength, addedAt: '2026-03-20T09:00:01.000Z', source: 'page' };
  /** What an older version left behind: the certificate of a record deleted since, kept for ever. */
  const orphanMeta = { ...fileMeta, id: 'f0', recordId: 'r-deleted', name: 'deleted.pdf' };

  /** The Item Catalog as version 5 to 8 stored it, in the store then called ceCatalogue, under the key 'current'. */
  const itemCatalog = { readAt: '2026-03-01T10:00:00.000Z', items: [{ name: 'Implementing Cisco Enterprise Network Core Technologies (ENCOR) v1.2', credits: 64 }], complete: true, skipped: 0 };

  it.each([1, 2, 3, 4, 5, 6, 7, 8] as const)('from version %i keeps every record, certification, exam, setting, undo entry, activity, Item Catalog and file, and adds the missing stores empty', async (version) => {
    const name = `v${version}-${Date.now()}`;
    const old = await createReleased(name, version);
    await old.put('records', record);
    await old.put('certifications', certification);
    await old.put('exams', exam);
    await old.put('settings', settings, 'settings');
    await old.put('undo', undoEntry);
    if (version >= 2) await old.put('catalogue', catalogueItem);
    if (version >= 5) await old.put('ceCatalogue', itemCatalog, 'current');
    if (version >= 3) await old.put('files', { ...fileMeta, blob: new Blob([pdf], { type: 'application/pdf' }) });
    if (version >= 3 && version < 6) await old.put('files', { ...orphanMeta, blob: new Blob([pdf], { type: 'application/pdf' }) });
    if (version >= 4) await old.put('reminders', { key: 'expiry:ccnp:90', sentAt: '2026-03-20T09:00:00.000Z' });
    old.close();

    const db = await openDatabase({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['activities', 'certifications', 'exams', 'files', 'itemCatalog', 'recipes', 'records', 'reminders', 'settings', 'transfers', 'undo']);
    expect(await db.getAll('records')).toEqual([record]);
    expect(await db.getAllFromIndex('records', 'byCertificateCode', 'CSCO-U-8F3K2Q')).toEqual([record]);
    expect(await db.getAll('certifications')).toEqual([certification]);
    expect(await db.getAll('exams')).toEqual([exam]);
    expect(await db.get('settings', 'settings')).toEqual(settings);
    // Read as the extension reads them: the settings added since take their defaults; the optional name stays absent.
    expect(await getSettings(db)).toStrictEqual({ ...DEFAULT_SETTINGS, ...settings });
    expect(await db.getAllFromIndex('undo', 'byCreatedAt')).toEqual([undoEntry]);
    // The planner's activities moved from the store once called catalogue: the samples, then the user's own.
    expect(await db.getAll('activities')).toEqual(version >= 2 ? [catalogueItem] : []);
    expect(await listActivities(db)).toEqual(version >= 2 ? [...SAMPLE_ACTIVITIES, catalogueItem] : SAMPLE_ACTIVITIES);
    const files = await db.getAllFromIndex('files', 'byRecordId', 'r-v1');
    expect(files.map(({ blob: _blob, ...meta }) => meta)).toEqual(version >= 3 ? [fileMeta] : []);
    if (version >= 3) expect(new Uint8Array(await files[0]!.blob.arrayBuffer())).toEqual(pdf);
    // The orphan is released, to be swept a day later; the record's own file is not.
    const released = await db.getAllFromIndex('files', 'byReleasedAt');
    expect(released.map((f) => f.id)).toEqual(version >= 3 && version < 6 ? ['f0'] : []);
    expect(await sentReminderKeys(db)).toEqual(new Set(version >= 4 ? ['expiry:ccnp:90'] : []));
    // The reminders store works: a reminder marked sent is found again.
    await markRemindersSent(db, ['window:r-v1:30'], '2026-03-21T08:00:00.000Z');
    expect(await sentReminderKeys(db)).toContain('window:r-v1:30');
    // The Item Catalog moved from the store once called ceCatalogue, and is replaced by the next read.
    expect(await getItemCatalog(db)).toEqual(version >= 5 ? itemCatalog : undefined);
    await saveItemCatalog(db, { items: [{ name: 'ENCOR v1.2', credits: 64 }], complete: true, skipped: 0 }, '2026-03-21T08:00:00.000Z');
    expect((await getItemCatalog(db))?.items).toHaveLength(1);
    db.close();
  });
});

describe('the move to version 9 (stores renamed activities and itemCatalog)', () => {
  it('is undone whole when a value cannot be moved: the old stores and their values stay', async () => {
    const name = `v9-abort-${Date.now()}`;
    const old = await openDB(name, 8, {
      upgrade(v8) {
        v8.createObjectStore('catalogue', { keyPath: 'id' });
        v8.createObjectStore('ceCatalogue');
      },
    });
    const activity = { ...SAMPLE_ACTIVITIES[0]!, id: 'mine-1', source: 'user' };
    await old.put('catalogue', activity);
    await old.put('ceCatalogue', { readAt: '2026-03-01T10:00:00.000Z', items: [], complete: true, skipped: 0 }, 'current');
    old.close();

    const put = IDBObjectStore.prototype.put;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'activities') throw new DOMException('disk full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(openDatabase({ name })).rejects.toBeInstanceOf(DatabaseUnavailableError);
    vi.restoreAllMocks();
    expect(error).toHaveBeenCalled();

    const after = await openDB(name);
    expect(after.version).toBe(8);
    expect([...after.objectStoreNames].sort()).toEqual(['catalogue', 'ceCatalogue']);
    expect(await after.getAll('catalogue')).toEqual([activity]);
    expect(await after.getAllKeys('ceCatalogue')).toEqual(['current']);
    after.close();
  });
});

describe('when the database cannot be opened', () => {
  it('says in words the user can act on that a newer version wrote it, and that nothing was lost', async () => {
    const name = `downgrade-${Date.now()}`;
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('records', { keyPath: 'id' }) });
    newer.close();
    const opening = openDatabase({ name });
    await expect(opening).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(opening).rejects.toThrow(/saved by a newer version of Recert Companion.*nothing was changed or lost/);
  });

  it.each([
    ['QuotaExceededError', /no room left/],
    ['InvalidStateError', /private window/],
    ['SomethingElse', /could not be opened: boom/],
  ])('names a %s for what it means', (name, words) => {
    const error = Object.assign(new Error('boom'), { name });
    expect(databaseUnavailable(error).message).toMatch(words);
  });
});
