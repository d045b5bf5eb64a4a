/**
 * The IndexedDB schema, versioned. Each version's upgrade step is kept forever so a database of any older
 * version opens; a new version adds a step, never edits an old one.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { input } from 'zod';
import type { Activity } from '../domain/activities';
import type { ItemCatalog } from '../domain/item-catalog';
import type { Certification, CourseRecord, Exam, RecordStatus, Settings, SiteRecipe, StoredFileMeta } from '../domain/schema';
import { DB_NAME, DB_VERSION } from './db-version';
import { releaseOrphanFiles } from './files';

export { DB_NAME, DB_VERSION };

/** A certificate file as stored: its description and its bytes. */
export interface StoredFile extends StoredFileMeta {
  blob: Blob;
  /**
   * When the last record pointing at this file let it go (deleted, or given another certificate): the file is kept
   * for the undo that could point a record at it again, then swept (files.ts). Absent while a record points at it.
   */
  releasedAt?: string;
}

/** A reminder already sent, by its key (src/domain/reminders.ts), so that it is never sent twice. */
export interface SentReminder {
  key: string;
  sentAt: string;
}

/** What "Undo" on a capture puts back: the record as it was before, or nothing if the capture added it. */
export interface UndoEntry {
  token: string;
  recordId: string;
  previous: CourseRecord | null;
  /** The record's updatedAt right after the capture: Undo puts nothing back over a later change. Absent on old entries. */
  savedAt?: string;
  createdAt: string;
}

export interface RecertDB extends DBSchema {
  records: {
    key: string;
    value: CourseRecord;
    indexes: {
      byStatus: RecordStatus;
      byEndDate: string;
      byCertificateCode: string;
      byUpdatedAt: string;
    };
  };
  certifications: { key: string; value: Certification };
  exams: { key: string; value: Exam };
  /** As stored: a document from an older version lacks the settings added since; getSettings fills in their defaults. */
  settings: { key: string; value: input<typeof Settings> };
  undo: { key: string; value: UndoEntry; indexes: { byCreatedAt: string } };
  /** The user's own planner activities only: the samples ship with the code and are never stored. */
  activities: { key: string; value: Activity };
  files: { key: string; value: StoredFile; indexes: { byRecordId: string; byReleasedAt: string } };
  reminders: { key: string; value: SentReminder; indexes: { byCreatedAt: string } };
  /** One value under ITEM_CATALOG_KEY: read whole, replaced whole. */
  itemCatalog: { key: string; value: ItemCatalog };
  /** Large data on its way between an extension page and the background, taken once (transfers.ts). */
  transfers: { key: string; value: Transfer; indexes: { byCreatedAt: string } };
  /** Taught sites' recipes, by origin ("https://acme.csod.com"). */
  recipes: { key: string; value: SiteRecipe };
}

/** A Blob handed over through the database: a backup, or a PDF the user picked. */
export interface Transfer {
  id: string;
  blob: Blob;
  createdAt: string;
}

export type Database = IDBPDatabase<RecertDB>;

export interface OpenOptions {
  name?: string;
  /** The browser closed the connection (storage cleared, or a newer version of the extension upgrading). */
  onClosed?: () => void;
}

/** The database could not be opened; the message says why in words the user can act on, and that nothing was lost. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** What the browser's refusal to open the database means for the user. */
export function databaseUnavailable(error: unknown): DatabaseUnavailableError {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (name) {
    case 'VersionError':
      return new DatabaseUnavailableError(
        'Your records were saved by a newer version of Recert Companion, so this version cannot open them. Install the newer version again; nothing was changed or lost.',
        { cause: error },
      );
    case 'QuotaExceededError':
      return new DatabaseUnavailableError("The browser has no room left for Recert Companion's records, so they cannot be opened. Free some disk space, then open this page again.", { cause: error });
    case 'InvalidStateError':
    case 'SecurityError':
    case 'NotAllowedError':
    case 'UnknownError':
      return new DatabaseUnavailableError(
        `The browser does not let Recert Companion keep its records here (a private window, or site data switched off for extensions), so nothing can be shown or saved. Open it in a normal window. (${detail})`,
        { cause: error },
      );
    default:
      return new DatabaseUnavailableError(`Recert Companion's records could not be opened: ${detail}`, { cause: error });
  }
}

/**
 * Aborts the upgrade, so the database stays as the older version left it: openDatabase then fails with the reason,
 * and the next start tries again. The transaction's own settling is the abort itself, not a further error.
 */
function undoUpgrade(transaction: IDBPTransaction<unknown, string[], 'versionchange'>, what: string, error: unknown): void {
  console.error(`Recert Companion: ${what}; the upgrade is undone`, error);
  transaction.done.catch(() => undefined);
  transaction.abort();
}

/** Copies every value of one store into another, with its key when the store keeps keys apart from values. */
async function moveStore(transaction: IDBPTransaction<unknown, string[], 'versionchange'>, from: string, to: string): Promise<void> {
  const target = transaction.objectStore(to);
  const outOfLineKeys = target.keyPath === null;
  for (let cursor = await transaction.objectStore(from).openCursor(); cursor; cursor = await cursor.continue()) {
    await (outOfLineKeys ? target.put(cursor.value, cursor.key) : target.put(cursor.value));
  }
}

export function openDatabase({ name = DB_NAME, onClosed }: OpenOptions = {}): Promise<Database> {
  return openDB<RecertDB>(name, DB_VERSION, {
    // Let a newer schema (an updated extension) upgrade instead of waiting behind this connection.
    blocking(_currentVersion, _blockedVersion, event) {
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
    upgrade(typedDb, oldVersion, _newVersion, typedTransaction) {
      // Old steps name stores as they were then (catalogue, ceCatalogue), which the current schema no longer has.
      const db = typedDb as unknown as IDBPDatabase;
      const transaction = typedTransaction as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
      if (oldVersion < 1) {
        const records = db.createObjectStore('records', { keyPath: 'id' });
        records.createIndex('byStatus', 'status');
        records.createIndex('byEndDate', 'endDate');
        records.createIndex('byCertificateCode', 'certificateCode');
        records.createIndex('byUpdatedAt', 'updatedAt');
        db.createObjectStore('certifications', { keyPath: 'id' });
        db.createObjectStore('exams', { keyPath: 'id' });
        db.createObjectStore('settings');
        const undo = db.createObjectStore('undo', { keyPath: 'token' });
        undo.createIndex('byCreatedAt', 'createdAt');
      }
      // A new store only: nothing of version 1 is read or rewritten, so every record, certification and exam stays.
      if (oldVersion < 2) {
        db.createObjectStore('catalogue', { keyPath: 'id' });
      }
      if (oldVersion < 3) {
        const files = db.createObjectStore('files', { keyPath: 'id' });
        files.createIndex('byRecordId', 'recordId');
      }
      if (oldVersion < 4) {
        const reminders = db.createObjectStore('reminders', { keyPath: 'key' });
        reminders.createIndex('byCreatedAt', 'sentAt');
      }
      if (oldVersion < 5) {
        db.createObjectStore('ceCatalogue');
      }
      // Files no record points at any more: older versions kept them for ever. They are released now and swept
      // once no undo can want them back.
      if (oldVersion < 6) {
        transaction.objectStore('files').createIndex('byReleasedAt', 'releasedAt');
        if (oldVersion >= 3) {
          releaseOrphanFiles(typedTransaction, new Date().toISOString()).catch((error: unknown) => undoUpgrade(transaction, 'the files could not be checked', error));
        }
      }
      if (oldVersion < 7) {
        db.createObjectStore('transfers', { keyPath: 'id' }).createIndex('byCreatedAt', 'createdAt');
      }
      if (oldVersion < 8) {
        db.createObjectStore('recipes', { keyPath: 'origin' });
      }
      // Stores named for what they hold: "catalogue" named both the planner's activities and Cisco's Item Catalog.
      // Their values move whole within this upgrade; should a move fail, the upgrade is undone and nothing is lost.
      if (oldVersion < 9) {
        db.createObjectStore('activities', { keyPath: 'id' });
        db.createObjectStore('itemCatalog');
        Promise.all([moveStore(transaction, 'catalogue', 'activities'), moveStore(transaction, 'ceCatalogue', 'itemCatalog')])
          .then(() => {
            db.deleteObjectStore('catalogue');
            db.deleteObjectStore('ceCatalogue');
          })
          .catch((error: unknown) => undoUpgrade(transaction, 'the stores could not be renamed', error));
      }
    },
  }).catch((error: unknown) => {
    throw databaseUnavailable(error);
  });
}
