/**
 * The planner's activities: the samples and the user's own items (issue 19 renames the `catalogue.*` messages to
 * say "activities"; Cisco's Item Catalog is another thing, in ce-portal.ts).
 */
import { z } from 'zod';
import { CatalogueItem } from '../domain/catalogue';
import { declare } from './declare';
import { FormValue, Id } from './shapes';

/**
 * The "Add activity" form's fields. Only these: the id, the source and the time are the background's to set.
 * Their values are checked after parsing, so that each problem comes back as a message for its field.
 */
const CatalogueItemInput = z.strictObject({
  title: FormValue,
  program: FormValue,
  credits: FormValue,
  creditUnit: FormValue,
  cost: FormValue,
  currency: FormValue,
  offerEndsOn: FormValue,
  kind: FormValue,
  url: FormValue,
});
export type CatalogueItemInput = z.input<typeof CatalogueItemInput>;

export const activityMessages = [
  /** The samples and the user's own items, samples first. */
  declare(z.strictObject({ type: z.literal('catalogue.list') })).replies<CatalogueItem[]>(),
  /** Adds an item the user entered; an invalid one gets an `invalid` reply with a message for each field. */
  declare(z.strictObject({ type: z.literal('catalogue.add'), item: CatalogueItemInput }), { writes: true }).replies<CatalogueItem>(),
  /** Undo of a delete: puts the user's item back exactly as it was. */
  declare(z.strictObject({ type: z.literal('catalogue.restore'), item: CatalogueItem }), { writes: true }).replies<CatalogueItem>(),
  declare(z.strictObject({ type: z.literal('catalogue.delete'), id: Id }), { writes: true }).replies<CatalogueItem>(),
] as const;
