/**
 * What a record should take from a catalogue match (issue 9): the official item name a claim must use and the
 * credits Cisco assigns, without overwriting what the user typed.
 *
 * A stored record does not say field by field who wrote it. What it does say: a record saved from the
 * confirmation form (adapterId 'manual') holds what the user typed or checked, so its title and credits stay;
 * any other record holds what an adapter read, which the catalogue's words and value supersede. A captured
 * record the user later edited looks like any captured record, so callers that apply the patch after the
 * user has edited must not apply it blindly: `patch` is a proposal, the caller decides when to write it.
 */
import type { CatalogueMatch, ScoredItem } from './catalogue-match';
import { MANUAL_ADAPTER_ID } from './manual-capture';
import type { CourseRecord } from './schema';

export type CatalogueProposal =
  | {
      kind: 'official';
      /** The catalogue's name and credits, for display and for the claim, whether or not `patch` carries them. */
      officialName: string;
      credits: number;
      confidence: number;
      /** The fields to write: only those that differ and that the user did not type. */
      patch: { title?: string; credits?: number };
    }
  /** A near tie (another version, a sibling course): the user picks one of these. */
  | { kind: 'choose'; candidates: ScoredItem[] }
  /** Not in the catalogue: it may earn no credits. `best` is the nearest item, when one is near enough to show. */
  | { kind: 'not-in-catalogue'; best?: ScoredItem };

export type CatalogueRecordFields = Pick<CourseRecord, 'title' | 'credits'> & { adapterId?: string };

export function proposeCatalogueFields(record: CatalogueRecordFields, result: CatalogueMatch): CatalogueProposal {
  if (result.kind === 'tie') return { kind: 'choose', candidates: result.candidates };
  if (result.kind === 'none') return result.best ? { kind: 'not-in-catalogue', best: result.best } : { kind: 'not-in-catalogue' };
  const { item, confidence } = result;
  const typedByUser = record.adapterId === MANUAL_ADAPTER_ID;
  const patch: { title?: string; credits?: number } = {};
  if (!typedByUser && record.title !== item.name) patch.title = item.name;
  if (record.credits === undefined || (!typedByUser && record.credits !== item.credits)) patch.credits = item.credits;
  return { kind: 'official', officialName: item.name, credits: item.credits, confidence, patch };
}
