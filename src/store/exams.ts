/** Passed exams: they count toward the exam paths of a program's certifications (see domain/credit-tally.ts). */
import { Exam } from '../domain/schema';
import type { Database } from './db';
import { takeOut } from './transaction';

/** Most recently passed first, as the dashboard lists them. */
export async function listExams(db: Database): Promise<Exam[]> {
  const exams = await db.getAll('exams');
  return exams.sort((a, b) => b.passedOn.localeCompare(a.passedOn) || a.code.localeCompare(b.code));
}

export async function saveExam(db: Database, exam: Exam): Promise<Exam> {
  const valid = Exam.parse(exam);
  await db.put('exams', valid);
  return valid;
}

/** Deletes and returns the exam, so that the caller can offer Undo by saving it again. */
export function deleteExam(db: Database, id: string): Promise<Exam> {
  return takeOut(db, 'exams', id, 'Exam');
}
