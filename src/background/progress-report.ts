/** Where every held certification stands today: what the popup shows, what the planner plans from, what the badge counts. */
import { progress, type ProgressReport } from '../domain/progress';
import type { Database } from '../store/db';
import { allRecords } from '../store/records';
import { listCertifications } from '../store/certifications';
import { listExams } from '../store/exams';
import { getSettings } from '../store/settings';

export async function progressReport(db: Database, today: string): Promise<ProgressReport> {
  const [records, certifications, exams, settings] = await Promise.all([allRecords(db), listCertifications(db), listExams(db), getSettings(db)]);
  return progress({ records, certifications, exams, settings, today });
}
