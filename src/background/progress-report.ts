/** Where every held certification stands today: what the popup shows, what the planner plans from, what the badge counts. */
import { creditTimeline, type ProgressWithTimelines } from '../domain/credit-timeline';
import { progress, type ProgressReport } from '../domain/progress';
import type { Database } from '../store/db';
import { allRecords, recordsMark } from '../store/records';
import { listCertifications } from '../store/certifications';
import { listExams } from '../store/exams';
import { getSettings } from '../store/settings';

/**
 * The last report per database, kept while nothing is written and the day stays the same: the popup asks for
 * it each time it opens, and reading every record again is most of what that costs. Writes through the router
 * drop it (storeChanging, before and after each); the records' mark catches any other writer (a test seeding the
 * database, another of our pages), and certifications, exams and settings, being few, are compared whole.
 */
interface Kept {
  today: string;
  mark: string;
  report: ProgressReport;
}
const kept = new WeakMap<Database, Kept>();
const generations = new WeakMap<Database, number>();

/** Drops the kept report; a report being made while this runs is not kept (it may have read half a write). */
export function storeChanging(db: Database): void {
  kept.delete(db);
  generations.set(db, (generations.get(db) ?? 0) + 1);
}

export async function progressReport(db: Database, today: string): Promise<ProgressReport> {
  const generation = generations.get(db) ?? 0;
  const [records, certifications, exams, settings] = await Promise.all([recordsMark(db), listCertifications(db), listExams(db), getSettings(db)]);
  const mark = JSON.stringify([records, certifications, exams, settings.submissionWindowDays]);
  const hit = kept.get(db);
  if (hit && hit.today === today && hit.mark === mark) return hit.report;
  const report = progress({ records: await allRecords(db), certifications, exams, settings, today });
  if ((generations.get(db) ?? 0) === generation) kept.set(db, { today, mark, report });
  return report;
}

async function reportAndRecords(db: Database, today: string) {
  const [records, certifications, exams, settings] = await Promise.all([allRecords(db), listCertifications(db), listExams(db), getSettings(db)]);
  return { records, report: progress({ records, certifications, exams, settings, today }) };
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
