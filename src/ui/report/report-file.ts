/** The page report as the file the user keeps: pretty JSON, named by the day it was made. */
import type { PageReport } from '../../domain/page-report';

export function reportJson(report: PageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function reportFileName(report: PageReport): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(report.createdAt)?.[0] ?? 'undated';
  return `recert-companion-page-report-${day}.json`;
}
