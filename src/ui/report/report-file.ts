/** The page report as the file the user keeps: pretty JSON, named by the day it was made. */
import type { PageReport } from '../../domain/page-report';

export function reportJson(report: PageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function reportFileName(report: PageReport): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(report.createdAt)?.[0] ?? 'undated';
  return `recert-companion-page-report-${day}.json`;
}

/** A quoted text of an outline line ("Certificate ID: AAAA-99999999", an aria-label's): JSON strings. */
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;
/** A letter a shape never writes: only A and a stand for letters in a shape. */
const WRITTEN_LETTER = /[^\P{L}Aa]/u;

/**
 * Whether an outline line keeps some of the page's text as written, not shaped (a known label, chrome words): the
 * lines the user should read before attaching the report.
 */
export function keepsTextAsWritten(line: string): boolean {
  for (const [, quoted] of line.matchAll(QUOTED)) if (WRITTEN_LETTER.test(quoted ?? '')) return true;
  return false;
}

/** The outline lines that keep text as written, and the report's JSON lines that hold them. */
export function keptLines(report: PageReport): { lines: string[]; jsonLines: Set<string> } {
  const lines = report.outline.filter(keepsTextAsWritten);
  const title = WRITTEN_LETTER.test(report.page.title) ? [`title ${JSON.stringify(report.page.title)}`] : [];
  return { lines: [...title, ...lines], jsonLines: new Set([...lines.map((line) => JSON.stringify(line)), ...(title.length ? [`"title": ${JSON.stringify(report.page.title)}`] : [])]) };
}
