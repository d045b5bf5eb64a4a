/**
 * The backup file as text: reading one (validated whole before anything uses it) and writing one in the
 * documented shape (docs/backup-format.md). Pure, with no IndexedDB, so the export, the import and the CLI
 * share it.
 */
import { z } from 'zod';
import { Activity } from '../domain/activities';
import { BACKUP_FORMAT, Backup, BackupFile, Certification, CourseRecord, Exam, Settings, SiteRecipe } from '../domain/schema';
import { base64ToBytes, decodedLength } from '../base64';
import { isPdfHeader } from '../domain/pdf-header';

/**
 * The backup as this code reads and writes it: the domain's Backup with the planner's own activities (the
 * planner activities the user added; the samples ship with the code). Optional, so files without any (every older
 * one) stay version 1. Added here because domain/activities.ts builds on schema.ts.
 */
export const FullBackup = Backup.extend({
  activities: z
    .array(Activity.refine((item) => item.source === 'user', { message: 'Only your own activities are kept in a backup (the samples ship with the extension)', path: ['source'] }))
    .optional(),
});
export type FullBackup = z.infer<typeof FullBackup>;

export type ParseBackupResult = { ok: true; backup: FullBackup } | { ok: false; errors: string[] };

export type BackupContents = Pick<FullBackup, 'certifications' | 'exams' | 'records' | 'settings' | 'files' | 'activities' | 'recipes'>;

/** The version this code writes; older ones are converted as they are read, a newer one is refused. */
export const SUPPORTED_VERSION = 2;

/** Turns a backup of one version into the next one; it is given the parsed JSON and need not set `version`. */
export type BackupMigration = (data: unknown) => unknown;

/**
 * One step per older version, kept forever (like the IndexedDB upgrades in db.ts): MIGRATIONS[n] turns a
 * version-n file into a version-(n + 1) one.
 */
export const MIGRATIONS: Record<number, BackupMigration> = {
  // Version 2 adds the taught sites' recipes, optional: a version-1 file is a version-2 file without any.
  1: (data) => data,
};

export type MigrateResult = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

/** Past this many problems a list stops helping; the count of the rest says how broken the file is. */
const MAX_REPORTED_ERRORS = 20;

/** Each list's merge key: an id, or a recipe's site. */
const KEYED_LISTS = [['certifications', 'id'], ['exams', 'id'], ['records', 'id'], ['files', 'id'], ['activities', 'id'], ['recipes', 'origin']] as const;

/** Base64 characters enough to hold the window isPdfHeader looks in (1024 bytes), a multiple of four. */
const HEADER_BASE64_LENGTH = 1368;

export function parseBackup(text: string): ParseBackupResult {
  let json: unknown;
  try {
    // Editors on Windows save UTF-8 with a byte order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail([`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
  }

  if (!isPlainObject(json)) {
    return fail([`Expected a JSON object with "format": "${BACKUP_FORMAT}", found ${describeValue(json)}`]);
  }
  // Checked before the schema: for someone else's file or a future version, field-by-field errors are noise.
  if (json.format !== BACKUP_FORMAT) {
    const found = json.format === undefined ? 'no format field' : describeValue(json.format);
    return fail([`format: expected "${BACKUP_FORMAT}", found ${found}; this is not a Recert Companion backup`]);
  }
  // An older file is converted first, so that everything below reads one version only.
  const migrated = migrateBackup(json);
  if (!migrated.ok) return fail([migrated.error]);
  const data = migrated.data;
  if (data.version !== SUPPORTED_VERSION) {
    const newer = typeof data.version === 'number' && data.version > SUPPORTED_VERSION;
    return fail([
      newer
        ? `version: this backup is version ${data.version}, this version of Recert Companion reads version ${SUPPORTED_VERSION}; update the extension to read it`
        : `version: expected ${SUPPORTED_VERSION}, found ${describeValue(data.version)}`,
    ]);
  }

  const parsed = FullBackup.safeParse(data, { error: describeIssue });
  const errors = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)),
    ...duplicateIdErrors(data),
    ...fileErrors(data),
  ];
  if (errors.length > 0 || !parsed.success) return fail(errors);
  return { ok: true, backup: parsed.data };
}

/**
 * Applies the steps from the file's version up to `target`, one version at a time; each step's result gets the
 * next version number. A file of the target version or newer, or of a version with no step, is returned as it
 * came: the version check that follows says what is wrong with it. A step that throws refuses the file.
 */
export function migrateBackup(
  data: Record<string, unknown>,
  migrations: Readonly<Record<number, BackupMigration>> = MIGRATIONS,
  target: number = SUPPORTED_VERSION,
): MigrateResult {
  let current = data;
  while (Number.isInteger(current.version) && (current.version as number) < target) {
    const from = current.version as number;
    const step = Object.hasOwn(migrations, from) ? migrations[from] : undefined;
    if (!step) break;
    let next: unknown;
    try {
      next = step(current);
    } catch (error) {
      return { ok: false, error: `version: this version ${from} backup could not be converted to version ${from + 1}: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!isPlainObject(next)) {
      return { ok: false, error: `version: converting this version ${from} backup to version ${from + 1} gave ${describeValue(next)}, not a backup` };
    }
    current = { ...next, version: from + 1 };
  }
  return { ok: true, data: current };
}

/** The documented shape with a stable key order, so two exports of the same data are byte-identical. */
export function serializeBackup(contents: BackupContents, exportedAt: Date): string {
  const backup = {
    format: BACKUP_FORMAT,
    version: SUPPORTED_VERSION,
    exportedAt: exportedAt.toISOString(),
    certifications: contents.certifications.map((c) => inKeyOrder(c, Object.keys(Certification.shape))),
    exams: contents.exams.map((e) => inKeyOrder(e, Object.keys(Exam.shape))),
    records: contents.records.map((r) => inKeyOrder(r, Object.keys(CourseRecord.shape))),
    // Left out when there are none: an export without files is byte-identical to one from before files existed.
    files: contents.files?.length ? contents.files.map((f) => inKeyOrder(f, Object.keys(BackupFile.shape))) : undefined,
    activities: contents.activities?.length ? contents.activities.map((a) => inKeyOrder(a, Object.keys(Activity.shape))) : undefined,
    recipes: contents.recipes?.length ? contents.recipes.map((r) => inKeyOrder(r, Object.keys(SiteRecipe.shape))) : undefined,
    settings: inKeyOrder(contents.settings, Object.keys(Settings.shape)),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

function fail(errors: string[]): ParseBackupResult {
  if (errors.length <= MAX_REPORTED_ERRORS) return { ok: false, errors };
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return { ok: false, errors: [...errors.slice(0, MAX_REPORTED_ERRORS), `and ${rest} more problem${rest === 1 ? '' : 's'}`] };
}

/**
 * Ids are the merge key on import: two items with one id would silently overwrite each other.
 * Read from the raw data so duplicates are reported alongside schema problems, not only after they are fixed.
 */
function duplicateIdErrors(data: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const [list, key] of KEYED_LISTS) {
    const items = data[list];
    if (!Array.isArray(items)) continue;
    const firstIndexByKey = new Map<string, number>();
    items.forEach((item: unknown, index) => {
      if (!isPlainObject(item) || typeof item[key] !== 'string') return;
      const value = item[key] as string;
      const first = firstIndexByKey.get(value);
      if (first === undefined) firstIndexByKey.set(value, index);
      else errors.push(`${list}[${index}].${key}: ${JSON.stringify(value)} is already the ${key} of ${list}[${first}]; ${key === 'id' ? 'ids' : 'sites'} must be unique`);
    });
  }
  return errors;
}

/**
 * What the schema cannot see of a file: that it belongs to a record of this backup, and that its bytes are the
 * PDF its description says. Read from the raw data, like duplicate ids; a field the schema already refuses
 * (data that is not base64, a size that is not a number) is left to the schema's message.
 */
function fileErrors(data: Record<string, unknown>): string[] {
  const files = data.files;
  if (!Array.isArray(files)) return [];
  const records = Array.isArray(data.records) ? data.records : [];
  const recordIds = new Set(records.flatMap((r: unknown) => (isPlainObject(r) && typeof r.id === 'string' ? [r.id] : [])));
  const errors: string[] = [];
  files.forEach((file: unknown, index) => {
    if (!isPlainObject(file)) return;
    const where = `files[${index}]`;
    if (typeof file.recordId === 'string' && file.recordId !== '' && !recordIds.has(file.recordId)) {
      errors.push(`${where}.recordId: ${describeValue(file.recordId)} is not the id of any record in this backup`);
    }
    if (typeof file.data !== 'string' || !BackupFile.shape.data.safeParse(file.data).success) return;
    const length = decodedLength(file.data);
    if (typeof file.size === 'number' && Number.isInteger(file.size) && file.size >= 0 && length !== file.size) {
      errors.push(`${where}.data: holds ${length} bytes, but size says ${file.size}`);
    }
    if (!isPdfHeader(base64ToBytes(file.data.slice(0, HEADER_BASE64_LENGTH)))) {
      errors.push(`${where}.data: not a PDF file (it does not start with "%PDF-")`);
    }
  });
  return errors;
}

/** Schema keys first in schema order, then anything else alphabetically; undefined values are left out. */
function inKeyOrder<T extends object>(value: T, schemaKeys: readonly string[]): T {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const rank = (key: string) => {
    const i = schemaKeys.indexOf(key);
    return i === -1 ? schemaKeys.length : i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries) as T;
}

/** records[3].credits, settings.badgeEnabled */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}

/**
 * Plain-language messages for the generic issues; schema-specific messages (a bad date, a missing title)
 * are written in schema.ts and take precedence over this map. undefined falls back to zod's own message.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Required';
      return `Expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, found ${describeValue(issue.input)}`;
    case 'invalid_value': {
      const allowed = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return issue.input === undefined ? `Required: ${allowed}` : `Expected ${allowed}; found ${describeValue(issue.input)}`;
    }
    case 'invalid_format':
      return issue.format === 'datetime'
        ? `Expected a date and time such as 2026-11-28T20:15:00.000Z, found ${describeValue(issue.input)}`
        : undefined;
    case 'too_small':
    case 'too_big':
      return describeBound(issue);
    default:
      return undefined;
  }
}

function describeBound(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig>): string | undefined {
  const small = issue.code === 'too_small';
  const bound = small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum;
  const inclusive = issue.inclusive !== false;
  const comparison = small ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  switch (issue.origin) {
    case 'number':
    case 'int':
      return `Must be ${comparison} ${String(bound)}, found ${describeValue(issue.input)}`;
    case 'string':
      if (small && Number(bound) === 1) return 'Must not be empty';
      return `Must be ${small ? 'at least' : 'at most'} ${String(bound)} characters`;
    case 'array':
      return `Must have ${small ? 'at least' : 'at most'} ${String(bound)} items`;
    default:
      return undefined;
  }
}

/** A short, safe rendering of a value the user wrote, for "found …" in messages. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return 'nothing';
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
