/**
 * Every adapter that serves a URL, run on a document: what the content script does on a portal, and what the
 * CLI and manual capture do with any page. When no registered adapter finds anything, a fallback (the generic
 * certificate detector) may.
 */
import type { Capture } from '../domain/schema';
import type { Adapter } from './adapter';
import { matchesAny } from './match-pattern';

export interface ExtractOptions {
  adapters: readonly Adapter[];
  /** Tried on pages no adapter serves: on a portal, its own adapter's "not a completion" is the answer. */
  fallback?: Adapter;
}

export function extractCaptures(doc: Document, url: URL, { adapters, fallback }: ExtractOptions): Capture[] {
  const serving = adapters.filter((adapter) => matchesAny(adapter.matches, url));
  if (serving.length === 0) return fallback && fallback.detect(doc, url) ? fallback.extract(doc, url) : [];
  return serving.flatMap((adapter) => (adapter.detect(doc, url) ? adapter.extract(doc, url) : []));
}

/** The fields the CLI prints, in a stable order; absent fields are left out. */
export const CLI_CAPTURE_FIELDS = [
  'adapter',
  'title',
  'provider',
  'startDate',
  'endDate',
  'certificateCode',
  'credits',
  'creditUnit',
  'hours',
  'program',
  'sourceUrl',
  'confidence',
] as const;

export type CliCapture = Partial<Record<(typeof CLI_CAPTURE_FIELDS)[number], string | number>>;

export function toCliCapture(capture: Capture): CliCapture {
  const { found: _found, adapterId, ...fields } = capture;
  const source: Record<string, string | number | undefined> = { ...fields, adapter: adapterId };
  const out: CliCapture = {};
  for (const field of CLI_CAPTURE_FIELDS) {
    const value = source[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}
