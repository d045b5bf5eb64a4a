/**
 * Everything that reads a page, loaded by the confirmation form only when it has a page to read (a manual
 * capture's draft), so the record editor, the same form on a stored record, never loads it.
 */
import { adapters } from '../../capture/adapters';
import { genericAdapter } from '../../capture/generic/detector';
import { readDraft as readWith, type CaptureDraft, type ManualDraft } from '../../capture/page-scan';

export function readDraft(draft: CaptureDraft, people: readonly string[]): ManualDraft {
  return readWith(draft, { adapters, fallback: genericAdapter, people });
}
