/**
 * What a record takes from a catalogue match (issue 9): a link to the official item (the name a claim must use,
 * the credits Cisco assigns), and those credits when nothing the user typed says otherwise. The record's own
 * title stays as the learning site showed it; the official name lives in the link and goes into the claim.
 */
import type { ItemCatalogMatch, ScoredItem } from './item-catalog-match';
import { MANUAL_ADAPTER_ID } from './manual-capture';
import type { ItemCatalogLink, CourseRecord, LinkedCatalogItem } from './schema';

export { claimName, officialItem } from './item-catalog-claim';

/** A near tie offers at most this many items to choose from. */
export const MAX_CHOICES = 5;

export interface LinkOutcome {
  catalogue: ItemCatalogLink;
  /** The catalogue's credits, when the record should take them. */
  credits?: number;
}

export type LinkableRecord = Pick<CourseRecord, 'title' | 'credits' | 'adapterId' | 'userSet' | 'catalogue'>;

function linked({ item }: Pick<ScoredItem, 'item'>): LinkedCatalogItem {
  return { name: item.name, ...(item.code ? { code: item.code } : {}), credits: item.credits };
}

/** Credits the user typed: on the confirmation form (manual), or corrected on a record since. */
function creditsTypedByUser(record: LinkableRecord): boolean {
  return record.adapterId === MANUAL_ADAPTER_ID || (record.userSet?.includes('credits') ?? false);
}

/**
 * A tie between rows that a claim cannot tell apart (one course delivered by several partners: the same name and
 * credits) is no choice at all: it is a match.
 */
function settleSameNamedTie(result: ItemCatalogMatch): ItemCatalogMatch {
  if (result.kind !== 'tie') return result;
  // Candidates come best first: the first of each name and credits stands for the rest.
  const distinct = new Map<string, ScoredItem>();
  for (const c of result.candidates) if (!distinct.has(`${c.item.name}\u0000${c.item.credits}`)) distinct.set(`${c.item.name}\u0000${c.item.credits}`, c);
  if (distinct.size > 1) return { kind: 'tie', candidates: [...distinct.values()] };
  const [only] = distinct.values();
  return only ? { kind: 'match', item: only.item, confidence: only.confidence } : result;
}

export function linkToItemCatalog(record: LinkableRecord, match: ItemCatalogMatch, readAt: string): LinkOutcome {
  // The user settled a near tie: that stays, whatever a newer catalogue scores.
  if (record.catalogue?.state === 'chosen') return { catalogue: record.catalogue };
  const result = settleSameNamedTie(match);
  if (result.kind === 'tie') return { catalogue: { state: 'choose', candidates: result.candidates.slice(0, MAX_CHOICES).map(linked), readAt } };
  if (result.kind === 'none') return { catalogue: { state: 'not-found', ...(result.best ? { nearest: linked(result.best) } : {}), readAt } };
  const item = linked(result);
  const takeCredits = record.credits === undefined || (!creditsTypedByUser(record) && record.credits !== item.credits);
  return {
    catalogue: { state: 'matched', item, confidence: Math.round(result.confidence * 1000) / 1000, readAt },
    ...(takeCredits ? { credits: item.credits } : {}),
  };
}

/** The user picks one of a near tie's items: the record takes its credits unless they typed their own. */
export function chooseItemCatalogEntry(record: LinkableRecord, item: LinkedCatalogItem, readAt: string): LinkOutcome {
  return { catalogue: { state: 'chosen', item, readAt }, ...(creditsTypedByUser(record) && record.credits !== undefined ? {} : { credits: item.credits }) };
}
