import { submissionDaysLeft } from '../../domain/reminders';
import type { CourseRecord } from '../../domain/schema';
import { t, tCount } from '../../text/i18n';
import './window-note.css';

/** "12 days left to submit" under a captured record; "submission window closed" once it has. Nothing otherwise. */
export function WindowNote({ record, report }: { record: CourseRecord; report: { today: string; submissionWindowDays: number } }) {
  const daysLeft = submissionDaysLeft(record, { submissionWindowDays: report.submissionWindowDays }, report.today);
  if (daysLeft === undefined) return null;
  const text = daysLeft < 0 ? t('windowClosed') : tCount(daysLeft, { oneKey: 'windowDaysLeftOne', otherKey: 'windowDaysLeft' }, [daysLeft]);
  return <span class={daysLeft <= 7 ? 'window-note urgent' : 'window-note'}>{text}</span>;
}
