/**
 * What the records table shows: the records that pass the toolbar's filters, in the order its column headers ask
 * for. Pure, so that it is tested without a page; the toolbar and the table only hold and render this state.
 */
import type { CourseRecord, Program, RecordStatus } from '../../domain/schema';
import { RECORD_STATUSES } from '../../domain/vocabulary';
import { foldedText } from '../../text/fold';

export type SortKey = 'endDate' | 'title' | 'credits' | 'status' | 'updatedAt';
export type SortDirection = 'asc' | 'desc';

export interface RecordsSort {
  by: SortKey;
  dir: SortDirection;
}

export interface RecordsFilter {
  /** The statuses shown; none chosen shows every status. */
  statuses: ReadonlySet<RecordStatus>;
  /** The programs shown; none chosen shows every program. */
  programs: ReadonlySet<Program>;
  /** YYYY-MM-DD, inclusive, on the completion date (endDate): a record without one is left out once either is set. */
  from?: string;
  to?: string;
  /** Words, all of which must appear in the title, provider or certificate code (case and accents ignored). */
  query: string;
}

export interface RecordsView {
  sort: RecordsSort;
  filter: RecordsFilter;
}

/** The order records.list gives (most recently changed first) and no filter: the table as it opens. */
export const DEFAULT_VIEW: RecordsView = {
  sort: { by: 'updatedAt', dir: 'desc' },
  filter: { statuses: new Set(), programs: new Set(), query: '' },
};

/** The direction a column starts in when its header is first clicked: A to Z, lifecycle order, else newest/largest first. */
export const FIRST_DIRECTION: Record<SortKey, SortDirection> = { title: 'asc', status: 'asc', endDate: 'desc', credits: 'desc', updatedAt: 'desc' };

/** Clicking a column header: the same column turns round, another one starts in its first direction. */
export function nextSort(current: RecordsSort, by: SortKey): RecordsSort {
  return current.by === by ? { by, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { by, dir: FIRST_DIRECTION[by] };
}

/** The search words of a query, folded; none for a blank query. */
export function queryWords(query: string): string[] {
  return foldedText(query).split(/\s+/).filter(Boolean);
}

// The text a search looks through, folded once per record object (records are replaced, never changed in place).
const searchTexts = new WeakMap<CourseRecord, string>();
function searchText(record: CourseRecord): string {
  let text = searchTexts.get(record);
  if (text === undefined) {
    text = foldedText([record.title, record.provider, record.certificateCode ?? ''].join('\n'));
    searchTexts.set(record, text);
  }
  return text;
}

export function isFiltered(filter: RecordsFilter): boolean {
  return filter.statuses.size > 0 || filter.programs.size > 0 || Boolean(filter.from) || Boolean(filter.to) || queryWords(filter.query).length > 0;
}

function matcher(filter: RecordsFilter): (record: CourseRecord) => boolean {
  const words = queryWords(filter.query);
  const { statuses, programs, from, to } = filter;
  return (record) => {
    if (statuses.size > 0 && !statuses.has(record.status)) return false;
    if (programs.size > 0 && !programs.has(record.program)) return false;
    if (from || to) {
      if (!record.endDate) return false;
      if (from && record.endDate < from) return false;
      if (to && record.endDate > to) return false;
    }
    if (words.length > 0) {
      const text = searchText(record);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Compares two present values in ascending order. */
function compareValues(by: SortKey, a: CourseRecord, b: CourseRecord): number {
  switch (by) {
    case 'title':
      return collator.compare(a.title, b.title);
    case 'status':
      return RECORD_STATUSES.indexOf(a.status) - RECORD_STATUSES.indexOf(b.status);
    case 'credits':
      return a.credits! - b.credits!;
    case 'endDate':
      return a.endDate! < b.endDate! ? -1 : a.endDate! > b.endDate! ? 1 : 0;
    case 'updatedAt':
      return a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0;
  }
}

/** Whether the record has the value a sort reads: one without a completion date (or credits) goes last either way. */
function hasValue(by: SortKey, record: CourseRecord): boolean {
  if (by === 'endDate') return record.endDate !== undefined;
  if (by === 'credits') return record.credits !== undefined;
  return true;
}

export function compareRecords(sort: RecordsSort): (a: CourseRecord, b: CourseRecord) => number {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return (a, b) => {
    const hasA = hasValue(sort.by, a);
    const hasB = hasValue(sort.by, b);
    if (!hasA || !hasB) return hasA === hasB ? 0 : hasA ? -1 : 1;
    return sign * compareValues(sort.by, a, b);
  };
}

/** The records the filter lets through, sorted; records that compare equal keep the order they came in (stable). */
export function viewRecords(records: readonly CourseRecord[], view: RecordsView): CourseRecord[] {
  // Array.prototype.sort is stable (ES2019), and a descending order negates the comparison rather than reversing.
  return records.filter(matcher(view.filter)).sort(compareRecords(view.sort));
}

/**
 * Undo of "Mark earned" for one record: what to put back, given the record before, the record the update returned
 * and the record as it is now. Nothing changed since: exactly as it was (its status clock too). Changed since (a
 * certificate attached, say): the change kept, the status put back. No longer earned, or gone: nothing to undo.
 */
export function undoMarkEarned(before: CourseRecord, after: CourseRecord, current: CourseRecord | undefined): CourseRecord | undefined {
  if (!current || current.status !== 'earned') return undefined;
  if (current.updatedAt === after.updatedAt) return before;
  const { statusSince: _dropped, ...rest } = current;
  return { ...rest, status: before.status, ...(before.statusSince !== undefined && { statusSince: before.statusSince }) };
}
