/**
 * A report of a page the extension could not read, or read only in part (issue 21): what the user saves and attaches
 * to an issue so the readers can be mended without the page itself. It holds the page's structure and what each
 * reader found, with every value that could be personal (names, codes, dates, numbers) replaced by its shape
 * (capture/page-report/). Built in the page by content/page-report.ts, checked by the worker, shown and saved by the
 * report page. Nothing here is sent anywhere.
 */

export const PAGE_REPORT_FORMAT = 'recert-companion-page-report';
export const PAGE_REPORT_VERSION = 1;

/** The outline's bounds: a page larger is cut, and the report says so. */
export const MAX_OUTLINE_ELEMENTS = 3_000;
export const MAX_OUTLINE_DEPTH = 60;
export const MAX_OUTLINE_LINE = 400;
/** A shape longer than this is cut, with the text's length after it. */
export const MAX_SHAPE = 80;
export const MAX_FINDINGS = 24;
export const MAX_CAPTURES_PER_READER = 10;

/** What the page's own script last said about its reading of this tab (background/reading-notes.ts). */
export type ReadingOutcome = 'empty' | 'partial';
export type ReadingSurface = 'learning-site' | 'ce-portal';

export interface ReadingNote {
  surface: ReadingSurface;
  outcome: ReadingOutcome;
}

/** One capture as a reader found it: which fields, and the shape of each value, never the value. */
export interface CaptureFinding {
  fields: string[];
  shapes: Record<string, string>;
  confidence: number;
}

/** What one reader found on the page. */
export interface ReaderFinding {
  /** "adapter:cisco-u", "generic", "completion-signals", "ce-portal-dashboard", "item-catalog", "submission-form". */
  reader: string;
  /** Whether the reader took the page for one of its own (detect), or found its structure. */
  detected: boolean;
  captures?: CaptureFinding[];
  /** Counts and states, never values: claims 0, certifications 2, claimsState "unreadable", problem "no-list". */
  counts?: Record<string, number>;
  states?: Record<string, string>;
  /** The reader failed on this page: the error's kind, not its message (which may quote the page). */
  failed?: string;
}

/** Who built the report: passed in by the worker. */
export interface ReportAbout {
  extensionVersion: string;
  /** "Chrome 131", "Firefox 140". */
  browser: string;
  /** ISO time the report was made. */
  createdAt: string;
  /** What the page's script said of its reading, when it said anything. */
  noted?: ReadingNote;
}

export interface PageReport {
  format: typeof PAGE_REPORT_FORMAT;
  version: typeof PAGE_REPORT_VERSION;
  extensionVersion: string;
  browser: string;
  createdAt: string;
  page: {
    /** Origin and path, ids shaped, no query and no fragment. */
    address: string;
    title: string;
    language: string;
    /** Elements in the document (open shadow roots not counted), and how many the outline holds. */
    elements: number;
    outlined: number;
    shadowRoots: number;
    truncated: boolean;
  };
  noted?: ReadingNote;
  readers: ReaderFinding[];
  /** One line per element, indented by depth: tag, id, classes, role, labels, and its own text redacted. */
  outline: string[];
}
