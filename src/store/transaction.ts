/** What every store module shares: all-or-nothing transactions, a typed "not found" and a typed "invalid". */
import type { FieldError } from '../domain/field-error';
import type { StoreValue } from 'idb';
import type { Database, RecertDB } from './db';

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** A write refused because what it would change has changed since it was asked for (an Undo after an edit). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Input a form sent that cannot be stored, with what is wrong field by field, so the form can say it at each field. */
export class InvalidFieldsError extends Error {
  constructor(readonly fields: FieldError[]) {
    super(fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; '));
    this.name = 'InvalidFieldsError';
  }
}

interface Transaction {
  done: Promise<void>;
  abort(): void;
}

/**
 * Runs `work` inside `tx` and waits for the commit. If anything throws part-way (a failed request, a bug, a
 * validation error after some puts were queued) the transaction is aborted, so nothing of it is written:
 * IndexedDB would otherwise commit the requests already made. The caller sees the first error, not the abort.
 */
export async function atomically<T>(tx: Transaction, work: () => Promise<T>): Promise<T> {
  tx.done.catch(() => undefined);
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failed request itself.
    }
    throw error;
  }
}

/**
 * Deletes one item by key and returns it, so that the caller can offer Undo by saving it again; a missing key
 * is a NotFoundError naming `what`.
 */
export async function takeOut<Name extends 'records' | 'certifications' | 'exams'>(
  db: Database,
  store: Name,
  id: string,
  what: string,
): Promise<StoreValue<RecertDB, Name>> {
  const tx = db.transaction(store, 'readwrite');
  return atomically(tx, async () => {
    const current = await tx.store.get(id);
    if (!current) throw new NotFoundError(what);
    await tx.store.delete(id);
    return current;
  });
}
