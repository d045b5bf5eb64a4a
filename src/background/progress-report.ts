/** Where every held certification stands today: what the popup shows, what the planner plans from, what the badge counts. */
import { creditTimeline, type CreditTimeline } from '../domain/credit-timeline';
import { progress, type ProgressReport } from '../domain/progress';
import type { Database } from '../store/db';
import { allRecords } from '../store/records';
import { listCertifications } from '../store/certifications';
import { listExams } from '../store/exams';
import { getSettings } from '../store/settings';

export async function progressReport(db: Database, today: string): Promise<ProgressReport> {
  return (await reportAndRecords(db, today)).report;
}

async function reportAndRecords(db: Database, today: string) {
  const [records, certifications, exams, settings] = await Promise.all([allRecords(db), listCertifications(db), listExams(db), getSettings(db)]);
  return { records, report: progress({ records, certifications, exams, settings, today }) };
}

export interface ProgressWithTimelines {
  report: ProgressReport;
  /** One per certification that has something to chart (see creditTimeline). */
  timelines: CreditTimeline[];
}

/**
 * The report and each certification's credits over time, for the dashboard's cards. Made here rather than in
 * the page: the program rules are validated with zod, which pages do not load.
 */
export async function progressWithTimelines(db: Database, today: string): Promise<ProgressWithTimelines> {
  const { records, report } = await reportAndRecords(db, today);
  const timelines = report.certifications.flatMap((standing) => creditTimeline(records, standing, today) ?? []);
  return { report, timelines };
}
