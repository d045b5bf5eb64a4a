import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BackupFile,
  CERT_LEVELS,
  CREDIT_UNITS,
  Certification,
  CourseRecord,
  DEFAULT_SETTINGS,
  EXAM_KINDS,
  Exam,
  PROGRAM_CATEGORIES,
  PDF_TYPE,
  PROGRAMS,
  RECORD_STATUSES,
  Settings,
  SiteRecipe,
} from '../../src/domain/schema';
import { FullBackup, parseBackup, serializeBackup, type BackupContents } from '../../src/store/backup';
import { ACTIVITY_KINDS, ACTIVITY_SOURCES, Activity } from '../../src/domain/activities';
import { MIGRATIONS, migrateBackup, type BackupMigration } from '../../src/store/backup';
import { bytesToBase64 } from '../../src/base64';
import { makeCertification, makeRecord } from '../helpers/factories';

const FIXTURES = new URL('../fixtures/backups/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');
const EXPORTED_AT = new Date('2026-11-28T20:15:00.000Z');

function validBackupObject(): Record<string, unknown> & { records: Array<Record<string, unknown>> } {
  return JSON.parse(fixture('all-programs.json')) as Record<string, unknown> & { records: Array<Record<string, unknown>> };
}

function parseOrThrow(text: string) {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`expected a valid backup, got:\n${result.errors.join('\n')}`);
  return result.backup;
}

describe('serializeBackup and parseBackup', () => {
  it('round-trips every field exactly', () => {
    const contents: BackupContents = {
      certifications: [makeCertification({ earnedOn: '2024-03-14', code: undefined }), makeCertification({ id: 'cissp', program: 'isc2', code: 'cissp', retired: true })],
      exams: [{ id: 'encor', program: 'cisco', code: '350-401', name: 'ENCOR', kind: 'technology-core', passedOn: '2024-03-14' }],
      records: [
        makeRecord({ certificateCode: 'CSCO-U-1', hours: 14, startDate: '2026-01-02', sourceUrl: 'https://u.cisco.com/paths/1', adapterId: 'cisco-u', notes: 'kept' }),
        makeRecord({ program: 'pmi', creditUnit: 'PDU', category: 'power-skills', status: 'earned' }),
      ],
      settings: { ...DEFAULT_SETTINGS, reminderDaysBeforeExpiry: [30], badgeEnabled: false, yourName: 'Priya Raman' },
    };
    const backup = parseOrThrow(serializeBackup(contents, EXPORTED_AT));
    expect(backup).toEqual({ format: 'recert-companion-backup', version: 2, exportedAt: '2026-11-28T20:15:00.000Z', ...contents });
  });

  it('writes an exported file back byte for byte: documented key order, 2-space indent, trailing newline', () => {
    const text = fixture('all-programs.json');
    const backup = parseOrThrow(text);
    expect(serializeBackup(backup, new Date(backup.exportedAt))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['format', 'version', 'exportedAt', 'certifications', 'exams', 'records', 'recipes', 'settings']);
  });

  it('reads settings written before the user’s name existed as before, and writes none when there is none', () => {
    const old = validBackupObject();
    expect(old.settings).not.toHaveProperty('yourName');
    expect(parseOrThrow(JSON.stringify(old)).settings).toStrictEqual(Settings.parse(old.settings));
    const text = serializeBackup({ certifications: [], exams: [], records: [], settings: DEFAULT_SETTINGS }, EXPORTED_AT);
    expect(text).not.toContain('yourName');
    const named = serializeBackup({ certifications: [], exams: [], records: [], settings: { ...DEFAULT_SETTINGS, yourName: 'Priya Raman' } }, EXPORTED_AT);
    expect(Object.keys((JSON.parse(named) as { settings: object }).settings).at(-1)).toBe('yourName');
    expect(parseOrThrow(named).settings.yourName).toBe('Priya Raman');
  });

  it('puts keys in schema order whatever order the objects were built in', () => {
    const record = makeRecord({ category: undefined });
    const reversed = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    const base: BackupContents = { certifications: [], exams: [], records: [record], settings: DEFAULT_SETTINGS };
    const text = serializeBackup({ ...base, records: [reversed] }, EXPORTED_AT);
    expect(text).toBe(serializeBackup(base, EXPORTED_AT));
    const written = Object.keys((JSON.parse(text) as { records: object[] }).records[0]!);
    expect(written).toEqual(Object.keys(CourseRecord.shape).filter((key) => record[key as keyof typeof record] !== undefined));
    expect(written).not.toContain('category');
  });
});

/** A tiny stand-in for a certificate: what the checks look at is the header and the length. */
const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n% certificate\n%%EOF\n');

function backupFile(overrides: Partial<BackupFile> = {}): BackupFile {
  return {
    id: 'file-1',
    recordId: 'rec-1',
    name: 'certificate.pdf',
    type: 'application/pdf',
    size: PDF_BYTES.byteLength,
    addedAt: '2026-11-28T20:15:00.000Z',
    source: 'import',
    data: bytesToBase64(PDF_BYTES),
    ...overrides,
  };
}

describe('certificate files in a backup', () => {
  const record = makeRecord({ id: 'rec-1', certificateFileId: 'file-1' });
  const withFiles = (files: BackupFile[], records = [record]): BackupContents => ({ certifications: [], exams: [], records, files, settings: DEFAULT_SETTINGS });

  it('round-trips files, written after the records in schema key order', () => {
    const contents = withFiles([backupFile()]);
    const text = serializeBackup(contents, EXPORTED_AT);
    expect(parseOrThrow(text)).toEqual({ format: 'recert-companion-backup', version: 2, exportedAt: '2026-11-28T20:15:00.000Z', ...contents });
    const written = JSON.parse(text) as { files: object[] };
    expect(Object.keys(written)).toEqual(['format', 'version', 'exportedAt', 'certifications', 'exams', 'records', 'files', 'settings']);
    const reversed = Object.fromEntries(Object.entries(backupFile()).reverse()) as BackupFile;
    expect(serializeBackup(withFiles([reversed]), EXPORTED_AT)).toBe(text);
    expect(Object.keys(written.files[0]!)).toEqual(Object.keys(BackupFile.shape));
  });

  it('leaves `files` out when there are none, so the file reads as it did before files existed', () => {
    const text = serializeBackup(withFiles([]), EXPORTED_AT);
    expect(Object.keys(JSON.parse(text) as object)).not.toContain('files');
    expect(parseOrThrow(text)).not.toHaveProperty('files');
  });

  it('refuses a file whose recordId names no record of the backup, and one whose data is not a PDF', () => {
    const notPdf = new TextEncoder().encode('<html>certificate</html>');
    const result = parseBackup(
      serializeBackup(
        withFiles([
          backupFile(),
          backupFile({ id: 'file-2', recordId: 'rec-gone' }),
          backupFile({ id: 'file-3', name: 'page.pdf', data: bytesToBase64(notPdf), size: notPdf.byteLength }),
        ]),
        EXPORTED_AT,
      ),
    );
    expect(!result.ok && result.errors).toEqual([
      'files[1].recordId: "rec-gone" is not the id of any record in this backup',
      'files[2].data: not a PDF file (it does not start with "%PDF-")',
    ]);
  });

  it('refuses data that does not hold `size` bytes, data that is not base64, and a file id used twice', () => {
    const result = parseBackup(
      serializeBackup(
        withFiles([backupFile({ size: PDF_BYTES.byteLength + 1 }), backupFile({ id: 'file-2', data: 'JVBERi0 not base64' }), backupFile()]),
        EXPORTED_AT,
      ),
    );
    expect(!result.ok && result.errors).toEqual([
      'files[1].data: Expected the file’s bytes as base64 text',
      'files[2].id: "file-1" is already the id of files[0]; ids must be unique',
      `files[0].data: holds ${PDF_BYTES.byteLength} bytes, but size says ${PDF_BYTES.byteLength + 1}`,
    ]);
  });
});

describe('parseBackup refuses files it cannot trust, saying why', () => {
  it('reports a file that is not JSON with the parser’s message', () => {
    const result = parseBackup(fixture('not-json.txt'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/^Not valid JSON: \S.+/)]);
  });

  it('reports someone else’s file by its format alone, not with a list of missing fields', () => {
    expect(parseBackup(fixture('wrong-format.json'))).toEqual({
      ok: false,
      errors: ['format: expected "recert-companion-backup", found "acme-ce-tracker-export"; this is not a Recert Companion backup'],
    });
    expect(parseBackup('[]')).toEqual({ ok: false, errors: [expect.stringContaining('found an array')] });
  });

  it('tells a newer backup apart from a broken version field', () => {
    const newer = parseBackup(JSON.stringify({ ...validBackupObject(), version: 3 }));
    expect(!newer.ok && newer.errors).toEqual([expect.stringMatching(/^version: this backup is version 3, .*reads version 2; update the extension/)]);
    const broken = parseBackup(JSON.stringify({ ...validBackupObject(), version: '1' }));
    expect(!broken.ok && broken.errors).toEqual(['version: expected 2, found "1"']);
  });

  it('lists each invalid field with its path', () => {
    const result = parseBackup(fixture('bad-records.json'));
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/^certifications\[0\]\.expiresOn: .*after the date the certification was earned/),
      'records[0].credits: Must be ≥ 0, found -16',
      expect.stringMatching(/^records\[1\]\.endDate: .*YYYY-MM-DD/),
      'records[2].program: Expected one of "cisco", "comptia", "isc2", "isaca", "pmi", "giac", "ec-council", "other"; found "novell"',
    ]);
  });

  it('reports missing fields as required', () => {
    const { settings: _settings, ...withoutSettings } = validBackupObject();
    const result = parseBackup(JSON.stringify(withoutSettings));
    expect(!result.ok && result.errors).toEqual(['settings: Required']);
  });

  it('reports ids used twice within a list, but allows the same id in different lists', () => {
    const data = validBackupObject();
    data.records[5]!.id = data.records[2]!.id;
    data.records[7]!.id = data.records[2]!.id;
    const result = parseBackup(JSON.stringify(data));
    const id = JSON.stringify(data.records[2]!.id);
    expect(!result.ok && result.errors).toEqual([
      `records[5].id: ${id} is already the id of records[2]; ids must be unique`,
      `records[7].id: ${id} is already the id of records[2]; ids must be unique`,
    ]);

    const acrossLists = validBackupObject();
    acrossLists.records[0]!.id = 'cert-ccna';
    expect(parseBackup(JSON.stringify(acrossLists)).ok).toBe(true);
  });

  it('stops listing after 20 problems and says how many more there are', () => {
    const data = { ...validBackupObject(), records: Array.from({ length: 30 }, (_, i) => ({ ...validBackupObject().records[0], id: `r${i}`, credits: -1 })) };
    const result = parseBackup(JSON.stringify(data));
    expect(!result.ok && result.errors).toHaveLength(21);
    expect(!result.ok && result.errors.at(-1)).toBe('and 10 more problems');
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parseBackup(`\uFEFF${fixture('all-programs.json')}`).ok).toBe(true);
  });
});

describe('planner activities in a backup', () => {
  it('reads the user’s own activities and refuses a sample, saying where', () => {
    const base = JSON.parse(fixture('all-programs.json')) as Record<string, unknown>;
    const activity = { id: 'user-1', title: 'Cisco Live EMEA', program: 'cisco', credits: 40, creditUnit: 'CE', cost: 0, kind: 'event-session', source: 'user' };
    const read = parseBackup(JSON.stringify({ ...base, activities: [activity] }));
    expect(read.ok && read.backup.activities).toEqual([activity]);
    const sample = parseBackup(JSON.stringify({ ...base, activities: [activity, { ...activity, id: 'sample-1', source: 'sample' }] }));
    expect(sample).toEqual({ ok: false, errors: [expect.stringMatching(/^activities\[1\]\.source: Only your own activities/)] });
  });
});

describe('docs/backup-format.md', () => {
  const doc = readFileSync(new URL('../../docs/backup-format.md', import.meta.url), 'utf8');

  it('shows an example that is a valid backup', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    expect(parseBackup(example!)).toMatchObject({ ok: true });
  });

  it('documents every field and every allowed value the schema holds', () => {
    const fields = [FullBackup, Certification, Exam, CourseRecord, BackupFile, Activity, Settings, SiteRecipe].flatMap((schema) => Object.keys(schema.shape));
    const values = [PROGRAMS, CERT_LEVELS, EXAM_KINDS, CREDIT_UNITS, RECORD_STATUSES, BackupFile.shape.source.options, [PDF_TYPE], ACTIVITY_KINDS, ACTIVITY_SOURCES, ...Object.values(PROGRAM_CATEGORIES)].flat();
    const undocumented = [...fields, ...values].filter((name) => !doc.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});

describe('older backup versions are converted as they are read', () => {
  /** A made-up version 0, where records were called "courses" and notes "comment". */
  function versionZero(): Record<string, unknown> {
    const { records, ...rest } = validBackupObject();
    return { ...rest, version: 0, courses: records.map(({ notes, ...record }) => ({ ...record, comment: notes })) };
  }
  const zeroToOne: BackupMigration = (data) => {
    const { courses, ...rest } = data as { courses: Array<Record<string, unknown>> };
    return { ...rest, records: courses.map(({ comment, ...record }) => ({ ...record, notes: comment })) };
  };

  it('applies the steps from the file’s version up, one at a time, each result taking the next version number', () => {
    const calls: number[] = [];
    const steps: Record<number, BackupMigration> = {
      0: (data) => (calls.push((data as { version: number }).version), zeroToOne(data)),
      1: (data) => (calls.push((data as { version: number }).version), { ...(data as object), renamed: true }),
    };
    const result = migrateBackup(versionZero(), steps, 2);
    expect(calls).toEqual([0, 1]);
    expect(result).toEqual({ ok: true, data: { ...validBackupObject(), version: 2, renamed: true } });
    // A file already at the target version, a newer one, and one of a version without a step are left as they came.
    const current = validBackupObject();
    expect(migrateBackup(current, steps, 1)).toEqual({ ok: true, data: current });
    expect(migrateBackup({ ...current, version: 3 }, steps, 2)).toEqual({ ok: true, data: { ...current, version: 3 } });
    expect(migrateBackup({ ...current, version: -1 }, steps, 2)).toEqual({ ok: true, data: { ...current, version: -1 } });
  });

  it('refuses a file whose step throws, or gives something that is not a backup, naming the versions', () => {
    const throwing = migrateBackup(versionZero(), { 0: () => { throw new Error('courses is not a list'); } }, 1);
    expect(throwing).toEqual({ ok: false, error: 'version: this version 0 backup could not be converted to version 1: courses is not a list' });
    expect(migrateBackup(versionZero(), { 0: () => [] }, 1)).toEqual({ ok: false, error: 'version: converting this version 0 backup to version 1 gave an array, not a backup' });
  });

  it('reads an older file through parseBackup once its step is registered, and validates the converted file', () => {
    expect(parseBackup(JSON.stringify(versionZero()))).toEqual({ ok: false, errors: ['version: expected 2, found 0'] });
    MIGRATIONS[0] = zeroToOne;
    try {
      const result = parseBackup(JSON.stringify(versionZero()));
      expect(result.ok && result.backup).toEqual(parseOrThrow(fixture('all-programs.json')));
      const broken = versionZero() as { courses: Array<Record<string, unknown>> };
      broken.courses[1]!.credits = -1;
      expect(parseBackup(JSON.stringify(broken))).toEqual({ ok: false, errors: ['records[1].credits: Must be ≥ 0, found -1'] });
    } finally {
      delete MIGRATIONS[0];
    }
  });

  it('refuses a file of a newer version (3) as a whole, asking for an update', () => {
    const newer = parseBackup(JSON.stringify({ ...validBackupObject(), version: 3 }));
    expect(newer).toEqual({ ok: false, errors: [expect.stringContaining('update the extension to read it')] });
  });
});
