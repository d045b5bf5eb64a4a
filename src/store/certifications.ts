/** Held certifications and passed exams. */
import { Certification } from '../domain/schema';
import type { Database } from './db';
import { NotFoundError, atomically } from './transaction';

export async function listCertifications(db: Database): Promise<Certification[]> {
  return db.getAll('certifications');
}

export async function saveCertification(db: Database, certification: Certification): Promise<Certification> {
  const valid = Certification.parse(certification);
  await db.put('certifications', valid);
  return valid;
}

export async function deleteCertification(db: Database, id: string): Promise<Certification> {
  const tx = db.transaction('certifications', 'readwrite');
  return atomically(tx, async () => {
    const current = await tx.store.get(id);
    if (!current) throw new NotFoundError('Certification');
    await tx.store.delete(id);
    return current;
  });
}
