/**
 * What the popup's first frame shows, kept by the worker in the browser's session storage (issue 18): the progress
 * report and the latest records as the worker last gave them. The popup draws it at once, marked as being brought
 * up to date, while it asks the worker; the worker forgets it before and after every write, and the popup replaces
 * it with the worker's answer, so a summary left stale by some other writer is never shown as current.
 */
import type { ProgressReport } from './progress-types';
import type { CourseRecord } from './schema';

export const POPUP_SUMMARY_KEY = 'popupSummary';
/** The records the popup lists. */
export const POPUP_LATEST_COUNT = 5;

export interface PopupSummary {
  /** The local day the report is for: a summary of another day is not shown. */
  today: string;
  report: ProgressReport;
  records: CourseRecord[];
}

/** A stored value as a summary for `today`, or undefined for anything else (another day, another shape). */
export function summaryFor(value: unknown, today: string): PopupSummary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const summary = value as Partial<PopupSummary>;
  return summary.today === today && typeof summary.report === 'object' && summary.report !== null && Array.isArray(summary.records) ? (summary as PopupSummary) : undefined;
}
