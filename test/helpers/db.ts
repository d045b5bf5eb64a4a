/** A fresh fake IndexedDB database per test. */
import 'fake-indexeddb/auto';
import { openDatabase, type Database } from '../../src/store/db';

let n = 0;
export function freshDatabase(): Promise<Database> {
  n += 1;
  return openDatabase({ name: `test-${process.pid}-${n}-${Date.now()}` });
}

/** What a backup holds, as the stores hold it (files' bytes read out), so that two stores compare with toStrictEqual. */
export async function storeSnapshot(db: Database) {
  const files = await db.getAll('files');
  return {
    certifications: await db.getAll('certifications'),
    exams: await db.getAll('exams'),
    records: await db.getAll('records'),
    settings: await db.get('settings', 'settings'),
    activities: await db.getAll('activities'),
    recipes: await db.getAll('recipes'),
    files: await Promise.all(files.map(async ({ blob, ...meta }) => ({ meta, blobType: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) }))),
  };
}
