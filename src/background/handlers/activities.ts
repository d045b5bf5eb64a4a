/** The planner's activities (protocol/activities.ts): the samples and the user's own items. */
import type { activityMessages } from '../../protocol/activities';
import { addUserCatalogueItem, deleteCatalogueItem, listCatalogue, restoreCatalogueItem } from '../../store/catalogue';
import type { Handlers, TypesOf } from './handler';

export const activityHandlers: Handlers<TypesOf<typeof activityMessages>> = {
  'catalogue.list': async (_message, { db }) => listCatalogue(await db()),
  'catalogue.add': async (message, { ctx, db }) => addUserCatalogueItem(await db(), message.item, ctx.clock),
  'catalogue.restore': async (message, { db }) => restoreCatalogueItem(await db(), message.item),
  'catalogue.delete': async (message, { db }) => deleteCatalogueItem(await db(), message.id),
};
