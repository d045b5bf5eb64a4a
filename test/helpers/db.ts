/** A fresh fake IndexedDB database per test. */
import 'fake-indexeddb/auto';
import { openDatabase, type Database } from '../../src/store/db';

let n = 0;
export function freshDatabase(): Promise<Database> {
  n += 1;
  return openDatabase({ name: `test-${process.pid}-${n}-${Date.now()}` });
}
