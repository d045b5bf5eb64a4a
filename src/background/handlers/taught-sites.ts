/** Taught sites (protocol/taught-sites.ts): each message goes to taught-sites.ts, which checks the sender's site. */
import type { taughtSiteMessages } from '../../protocol/taught-sites';
import { actOnTaughtMessage, type TaughtMessage } from '../taught-sites';
import type { Handler, HandlerEnv, Handlers, TypesOf } from './handler';

type TaughtType = TypesOf<typeof taughtSiteMessages>;

async function taught(message: TaughtMessage, { ctx, sender, db }: HandlerEnv) {
  return actOnTaughtMessage(message, { db: await db(), scripts: ctx.siteScripts, sender, now: ctx.clock.now().toISOString(), ...(ctx.editTaughtRecord ? { editWithPage: ctx.editTaughtRecord } : {}) });
}

/** taught-sites.ts answers each of these by its type; its reply is the one the protocol declares for that type. */
const act = <K extends TaughtType>(): Handler<K> => taught as unknown as Handler<K>;

export const taughtSiteHandlers: Handlers<TaughtType> = {
  'recipe.get': act(),
  'recipe.save': act(),
  'recipes.list': act(),
  'recipe.remove': act(),
  'recipe.allowed': act(),
  'recipe.missSeen': act(),
  'taught.recipe': act(),
  'taught.read': act(),
  'taught.edit': act(),
  'taught.missed': act(),
};
