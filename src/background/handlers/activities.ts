/** The planner's activities (protocol/activities.ts): the samples and the user's own items. */
import type { activityMessages } from '../../protocol/activities';
import { addUserActivity, deleteActivity, listActivities, restoreActivity } from '../../store/activities';
import type { Handlers, TypesOf } from './handler';

export const activityHandlers: Handlers<TypesOf<typeof activityMessages>> = {
  'activities.list': async (_message, { db }) => listActivities(await db()),
  'activities.add': async (message, { ctx, db }) => addUserActivity(await db(), message.item, ctx.clock),
  'activities.restore': async (message, { db }) => restoreActivity(await db(), message.item),
  'activities.delete': async (message, { db }) => deleteActivity(await db(), message.id),
};
