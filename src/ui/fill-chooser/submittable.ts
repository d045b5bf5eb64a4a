/** Which records the chooser offers for the Cisco CE portal's form, in what order, and which match a search. */
import type { CourseRecord } from '../../domain/schema';
import { claimName } from '../../domain/item-catalog-link';
import { isSubmittableToCePortal } from '../../domain/records';
import { foldedText } from '../../text/fold';
import { queryWords } from '../options/records-view';

/** Cisco records not yet claimed (or submitted and maybe to be sent again), the newest completion first. */
export function submittableRecords(records: readonly CourseRecord[]): CourseRecord[] {
  return records
    .filter(isSubmittableToCePortal)
    .sort((a, b) => (b.endDate ?? '').localeCompare(a.endDate ?? '') || a.title.localeCompare(b.title));
}

/** Every word of the query in the record's title, its claim name or its code, case and accents aside (as the dashboard's search). */
export function matchesSearch(record: CourseRecord, query: string): boolean {
  const text = foldedText(`${record.title}\n${claimName(record)}\n${record.certificateCode ?? ''}`);
  return queryWords(query).every((word) => text.includes(word));
}
