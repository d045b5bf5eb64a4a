/** What importing a backup file did, list by list, or why nothing was imported. */

export interface ListReport {
  added: number;
  updated: number;
  skipped: number;
}

export interface ImportReport {
  certifications: ListReport;
  exams: ListReport;
  records: ListReport;
  files: ListReport;
  activities: ListReport;
  settings: 'updated' | 'skipped';
  /** Taught sites: a recipe imported reads its site once the user allows the site in the dashboard. */
  recipes: ListReport;
}

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; errors: string[] };
