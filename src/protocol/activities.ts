/**
 * The planner's activities: the samples and the user's own items (Cisco's Item Catalog is another thing, in
 * ce-portal.ts).
 */
import { z } from 'zod';
import { Activity } from '../domain/activities';
import { declare } from './declare';
import { FormValue, Id } from './shapes';

/**
 * The "Add activity" form's fields. Only these: the id, the source and the time are the background's to set.
 * Their values are checked after parsing, so that each problem comes back as a message for its field.
 */
const ActivityInput = z.strictObject({
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
export type ActivityInput = z.input<typeof ActivityInput>;

export const activityMessages = [
  /** The samples and the user's own items, samples first. */
  declare(z.strictObject({ type: z.literal('activities.list') })).replies<Activity[]>(),
  /** Adds an item the user entered; an invalid one gets an `invalid` reply with a message for each field. */
  declare(z.strictObject({ type: z.literal('activities.add'), item: ActivityInput }), { writes: true }).replies<Activity>(),
  /** Undo of a delete: puts the user's item back exactly as it was. */
  declare(z.strictObject({ type: z.literal('activities.restore'), item: Activity }), { writes: true }).replies<Activity>(),
  declare(z.strictObject({ type: z.literal('activities.delete'), id: Id }), { writes: true }).replies<Activity>(),
] as const;
