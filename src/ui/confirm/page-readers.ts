/**
 * Everything that reads a page, loaded by the confirmation form only when it has a page to read (a manual
 * capture's draft), so the record editor, the same form on a stored record, never loads it.
 */
import { adapters } from '../../capture/adapters';
import { genericAdapter } from '../../capture/generic/detector';
import { readDraft as readWith, type ManualDraft } from '../../capture/page-scan';
import { learnRecipe, type ConfirmedValues } from '../../capture/recipes/learn';
import { hostServedBy, siteOrigin, type SiteRecipe } from '../../domain/site-recipe';
import type { CaptureDraft, PageSnapshot } from '../../domain/page-snapshot';

export function readDraft(draft: CaptureDraft, people: readonly string[]): ManualDraft {
  return readWith(draft, { adapters, fallback: genericAdapter, people });
}

/** The site a page of this address could be taught as: an http(s) site no built-in adapter reads any part of. */
export function teachableSite(url: string): string | undefined {
  const origin = siteOrigin(url);
  return origin && !hostServedBy(origin, adapters.flatMap((adapter) => adapter.matches)) ? origin : undefined;
}

/** The site's recipe learned from the page the user confirmed, on top of the one it had. */
export function learnFromPage(page: PageSnapshot, confirmed: ConfirmedValues, now: string, previous?: SiteRecipe): SiteRecipe {
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  return learnRecipe(doc, page.url, confirmed, now, previous);
}
