/** Held certifications and passed exams. */
import { Certification } from '../domain/schema';
import type { Database } from './db';
import { takeOut } from './transaction';

export async function listCertifications(db: Database): Promise<Certification[]> {
  return db.getAll('certifications');
}

export async function saveCertification(db: Database, certification: Certification): Promise<Certification> {
  const valid = Certification.parse(certification);
  await db.put('certifications', valid);
  return valid;
}

export function deleteCertification(db: Database, id: string): Promise<Certification> {
  return takeOut(db, 'certifications', id, 'Certification');
}
