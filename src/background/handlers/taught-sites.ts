/** Taught sites (protocol/taught-sites.ts): each message goes to taught-sites.ts, which checks the sender's site. */
import type { taughtSiteMessages } from '../../protocol/taught-sites';
import { actOnTaughtMessage, type TaughtMessage } from '../taught-sites';
import type { Handler, HandlerEnv, Handlers, TypesOf } from './handler';

type TaughtType = TypesOf<typeof taughtSiteMessages>;

async function taught(message: TaughtMessage, { ctx, sender, db }: HandlerEnv) {
  return actOnTaughtMessage(message, { db: await db(), scripts: ctx.siteScripts, sender, now: ctx.clock.now().toISOString(), ...(ctx.editTaughtRecord ? { editWithPage: ctx.editTaughtRecord } : {}) });
}

/**
 * taught-sites.ts answers each of these by its type, with the reply the protocol declares for it: the compiler cannot
 * follow that through its one function, so each reply's type is taken on its word here.
 */
const viaTaughtSites = <K extends TaughtType>(): Handler<K> => taught as unknown as Handler<K>;

export const taughtSiteHandlers: Handlers<TaughtType> = {
  'recipe.get': viaTaughtSites(),
  'recipe.save': viaTaughtSites(),
  'recipes.list': viaTaughtSites(),
  'recipe.remove': viaTaughtSites(),
  'recipe.allowed': viaTaughtSites(),
  'recipe.missSeen': viaTaughtSites(),
  'taught.recipe': viaTaughtSites(),
  'taught.read': viaTaughtSites(),
  'taught.edit': viaTaughtSites(),
  'taught.missed': viaTaughtSites(),
};
