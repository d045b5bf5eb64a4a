/**
 * Every page goes through the generic reader; the adapters that serve its URL add what they know of their site.
 * An adapter's capture wins field by field where the two disagree, the generic reading fills what it left out, and
 * when the adapter declines on its own host the generic reading still stands, named after the site (its provider
 * and program). What the CLI, manual capture and the content script do with any page.
 */
import type { Capture } from '../domain/schema';
import type { Adapter, ReadingContext } from './adapter';
import { matchesAny } from './match-pattern';
import { usableTitle } from './generic/title';

export interface ExtractOptions extends ReadingContext {
  adapters: readonly Adapter[];
  /** The generic reader, run on every page; without it only the adapters read. */
  fallback?: Adapter;
}

type Field = Exclude<keyof Capture, 'adapterId' | 'confidence' | 'found'>;
/**
 * What the generic reading may add to an adapter's capture. Not credits: a site lists other courses' credits beside
 * the one completed, and its adapter knows which are this one's; a tutorial that earns no credits must not take a
 * recommendation's. A length is added: the generic reader skips sections of other courses, and a length read wrong
 * costs nothing on a claim (certification bodies count credits, not hours).
 */
const FILLABLE: readonly Field[] = ['provider', 'startDate', 'endDate', 'certificateCode', 'program', 'hours'];

/**
 * The adapter's capture with what the generic reading found and it did not; the adapter's own values stand, except a
 * title no reader would take (a status badge a redesign put in the heading, "Completed"), where the generic reader
 * found a real one.
 */
export function withGenericFields(capture: Capture, generic: Capture | undefined): Capture {
  if (!generic) return capture;
  const merged: Capture = { ...capture, found: [...capture.found] };
  if (usableTitle(capture.title) === undefined && usableTitle(generic.title) !== undefined) merged.title = generic.title;
  for (const field of FILLABLE) {
    if (merged[field] !== undefined || generic[field] === undefined) continue;
    (merged as Record<Field, unknown>)[field] = generic[field];
    if (generic.found.includes(field as Capture['found'][number]) && !merged.found.includes(field as Capture['found'][number])) {
      merged.found.push(field as Capture['found'][number]);
    }
  }
  return merged;
}

/** The generic capture on a site whose adapter declined: the site's name and program, never its host name. */
function onSite(capture: Capture, site: Adapter | undefined): Capture {
  if (!site) return capture;
  const named: Capture = { ...capture, provider: site.label };
  const program = site.program;
  if (program && !capture.program) named.program = program;
  return named;
}

export function extractCaptures(doc: Document, url: URL, { adapters, fallback, people }: ExtractOptions): Capture[] {
  const serving = adapters.filter((adapter) => matchesAny(adapter.matches, url));
  const context = { ...(people ? { people } : {}), ...(serving.length > 0 ? { siteNames: serving.map((adapter) => adapter.label) } : {}) };
  const fromAdapters = serving.flatMap((adapter) => (adapter.detect(doc, url) ? adapter.extract(doc, url, context) : []));
  const generic = fallback && fallback.detect(doc, url) ? fallback.extract(doc, url, context) : [];
  if (fromAdapters.length > 0) return fromAdapters.map((capture) => withGenericFields(capture, generic[0]));
  // The generic reader names a provider from the page or the host; on a site, the site's own name is better, and
  // what the page is for counts toward the site's program whoever the page names.
  const site = serving[0];
  return generic.map((capture) => {
    const named = capture.provider === undefined || capture.provider === url.hostname.replace(/^www\./, '') ? onSite(capture, site) : capture;
    return site?.program && !named.program ? { ...named, program: site.program } : named;
  });
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
