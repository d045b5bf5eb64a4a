/**
 * Reporting a page the extension could not read (issue 21): whether the popup offers it for the active tab, the
 * report made on the user's click, and the report page's reading of it. Extension pages only: a web page can neither
 * ask for a report nor read one.
 */
import { z } from 'zod';
import {
  MAX_CAPTURES_PER_READER,
  MAX_FINDINGS,
  MAX_OUTLINE_ELEMENTS,
  MAX_OUTLINE_LINE,
  PAGE_REPORT_FORMAT,
  PAGE_REPORT_VERSION,
  type PageReport,
  type ReadingNote,
} from '../domain/page-report';
import { declare } from './declare';
import { Id } from './shapes';

const Short = z.string().max(200);
const Shapes = z.record(z.string().max(40), z.string().max(MAX_OUTLINE_LINE)).refine((shapes) => Object.keys(shapes).length <= 40);
const Counts = z.record(z.string().max(40), z.number().int().min(0).max(1_000_000)).refine((counts) => Object.keys(counts).length <= 20);
const States = z.record(z.string().max(40), Short).refine((states) => Object.keys(states).length <= 20);

export const ReadingNoteShape = z.strictObject({ surface: z.enum(['learning-site', 'ce-portal']), outcome: z.enum(['empty', 'partial']) });

/**
 * A report as the page's reader returns it: built by our own script, but in a page that may be hostile, so checked
 * and bounded before the worker keeps it.
 */
export const PageReportShape = z.strictObject({
  format: z.literal(PAGE_REPORT_FORMAT),
  version: z.literal(PAGE_REPORT_VERSION),
  extensionVersion: Short,
  browser: Short,
  createdAt: Short,
  page: z.strictObject({
    address: z.string().max(2048),
    title: z.string().max(MAX_OUTLINE_LINE),
    language: z.string().max(40),
    elements: z.number().int().min(0),
    outlined: z.number().int().min(0).max(MAX_OUTLINE_ELEMENTS),
    shadowRoots: z.number().int().min(0),
    truncated: z.boolean(),
  }),
  noted: ReadingNoteShape.optional(),
  readers: z
    .array(
      z.strictObject({
        reader: Short,
        detected: z.boolean(),
        captures: z
          .array(z.strictObject({ fields: z.array(z.string().max(40)).max(40), shapes: Shapes, confidence: z.number().min(0).max(1) }))
          .max(MAX_CAPTURES_PER_READER)
          .optional(),
        counts: Counts.optional(),
        states: States.optional(),
        failed: Short.optional(),
      }),
    )
    .max(MAX_FINDINGS),
  outline: z.array(z.string().max(MAX_OUTLINE_LINE)).max(MAX_OUTLINE_ELEMENTS + MAX_OUTLINE_ELEMENTS),
}) satisfies z.ZodType<PageReport>;

/** What the popup needs to offer a report of the active tab. */
export interface ReportOffer {
  /** The tab is a page the extension reads: a learning site an adapter serves, or the CE portal. */
  served: boolean;
  /** What that page's script said of its reading, when it read nothing or only part. */
  noted?: ReadingNote;
}

export const pageReportMessages = [
  /** The popup, on opening: whether to offer "Save a report of this page" for the active tab, and how prominently. */
  declare(z.strictObject({ type: z.literal('report.offer') })).replies<ReportOffer>(),
  /** The popup's "Save a report of this page": reads the active tab (activeTab), keeps the report, opens the report page. */
  declare(z.strictObject({ type: z.literal('report.make') })).replies<{ reportId: string }>(),
  /** The report page: the report it was opened for. */
  declare(z.strictObject({ type: z.literal('report.get'), id: Id })).replies<PageReport>(),
] as const;
