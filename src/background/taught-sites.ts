/**
 * Taught sites (issue 17): the recipes the user taught from a manual capture, the content script each allowed site
 * gets, and the reader put into its pages. The browser's part (registering scripts, host permissions, injecting) is
 * behind SiteScripts so that everything here is tested without a browser; background/index.ts gives the real one.
 *
 * A site's script is registered only while its host permission is granted: the user granted it on a click in the
 * confirmation form or the dashboard. `reconcile` brings the registrations in line with the recipes and the
 * permissions after a start, an import, or a permission the user took back in the browser's own settings.
 */
import type { SiteRecipe } from '../domain/schema';
import { hostServedBy, siteOrigin } from '../domain/site-recipe';
import type { ParsedMessage, ResponseMap } from '../protocol';
import type { TaughtSite } from '../protocol/taught-sites';
import type { Database } from '../store/db';
import { adapters } from '../capture/adapters';
import { CE_PORTAL_MATCHES } from './ce-portal-actions';

/** Every site the extension's own content scripts serve. */
const BUILT_IN_MATCHES: readonly string[] = [...adapters.flatMap((adapter) => adapter.matches), ...CE_PORTAL_MATCHES];
import { deleteRecipe, getRecipe, listRecipes, markMissTold, noteRecipeMissed, noteRecipeUsed, saveRecipe } from '../store/recipes';
import { getRecord } from '../store/records';
import type { PageSnapshot } from '../domain/page-snapshot';

export const TAUGHT_SCRIPT_PREFIX = 'taught:';

/** The browser's part of taught sites. */
export interface SiteScripts {
  /** The origins whose script is registered now. */
  registered(): Promise<string[]>;
  register(origin: string): Promise<void>;
  unregister(origin: string): Promise<void>;
  /** Whether the host permission for the origin is granted. */
  allowed(origin: string): Promise<boolean>;
  /** Gives the origin's host permission back. */
  revoke(origin: string): Promise<void>;
  /** Puts the reader into one frame of a tab. */
  injectReader(tabId: number, frameId: number): Promise<void>;
}

export interface TaughtSender {
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type TaughtMessage = Extract<ParsedMessage, { type: `recipe.${string}` | `recipes.${string}` | `taught.${string}` }>;

/** A page asked for something of its site's recipe, but its site has none: it is no taught site. */
export class NotTaughtError extends Error {
  constructor() {
    super('This site was not taught to Recert Companion');
  }
}

/**
 * Whether the extension already reads this site by itself (a portal's adapter, the CE portal): such a site is never
 * taught, whatever a confirmation form or a backup says, so that a recipe can neither double its capture nor, on
 * removal, give back a permission the extension needs.
 */
export function readsByItself(origin: string): boolean {
  return hostServedBy(origin, BUILT_IN_MATCHES);
}

/** The recipe of the site a content script runs on; a page of a site that was never taught gets nothing. */
export async function recipeOfSender(db: Database, sender: TaughtSender): Promise<SiteRecipe> {
  const origin = sender.url ? siteOrigin(sender.url) : undefined;
  const recipe = origin ? await getRecipe(db, origin) : undefined;
  if (!recipe) throw new NotTaughtError();
  return recipe;
}

async function registerIfAllowed(scripts: SiteScripts, origin: string): Promise<boolean> {
  if (!(await scripts.allowed(origin))) return false;
  if (!(await scripts.registered()).includes(origin)) await scripts.register(origin);
  return true;
}

/**
 * Registers the script of every taught site that is allowed and has none, and unregisters every script whose site
 * is no longer taught or allowed. Failures are per site: one site the browser refuses does not keep the others out.
 */
export async function reconcile(db: Database, scripts: SiteScripts): Promise<{ registered: string[]; unregistered: string[] }> {
  const [recipes, registered] = await Promise.all([listRecipes(db), scripts.registered()]);
  const wanted = new Set<string>();
  for (const recipe of recipes) if (!readsByItself(recipe.origin) && (await scripts.allowed(recipe.origin))) wanted.add(recipe.origin);
  const out = { registered: [] as string[], unregistered: [] as string[] };
  for (const origin of registered) {
    if (wanted.has(origin)) continue;
    try {
      await scripts.unregister(origin);
      out.unregistered.push(origin);
    } catch (error) {
      console.warn(`Recert Companion: the script for ${origin} could not be removed`, error);
    }
  }
  for (const origin of wanted) {
    if (registered.includes(origin)) continue;
    try {
      await scripts.register(origin);
      out.registered.push(origin);
    } catch (error) {
      console.warn(`Recert Companion: the script for ${origin} could not be registered`, error);
    }
  }
  return out;
}

/** After a capture saved by a taught site's reader (on the page at `senderUrl`): the recipe is in use, and matching. */
export async function noteTaughtCapture(db: Database, senderUrl: string | undefined, now: string): Promise<void> {
  const origin = senderUrl ? siteOrigin(senderUrl) : undefined;
  if (origin) await noteRecipeUsed(db, origin, now);
}

export interface TaughtContext {
  db: Database;
  /** Absent, taught sites are not available (unit tests of other things). */
  scripts?: SiteScripts;
  sender: TaughtSender;
  now: string;
  /** Opens the record editor on a record, with the page it was read from kept for the correction to teach. */
  editWithPage?: (recordId: string, page: PageSnapshot) => Promise<void>;
}

export async function actOnTaughtMessage(message: TaughtMessage, { db, scripts, sender, now, editWithPage }: TaughtContext): Promise<ResponseMap[TaughtMessage['type']]> {
  const needScripts = (): SiteScripts => {
    if (!scripts) throw new Error('Taught sites are not available here');
    return scripts;
  };
  switch (message.type) {
    case 'recipe.get':
      return (await getRecipe(db, message.origin)) ?? null;
    case 'recipe.save': {
      if (readsByItself(message.recipe.origin)) throw new NotTaughtError();
      const recipe = await saveRecipe(db, { ...message.recipe, updatedAt: now });
      return { recipe, registered: await registerIfAllowed(needScripts(), recipe.origin) };
    }
    case 'recipes.list': {
      const recipes = await listRecipes(db);
      return Promise.all(recipes.map(async (recipe): Promise<TaughtSite> => ({ recipe, allowed: scripts ? await scripts.allowed(recipe.origin) : false })));
    }
    case 'recipe.remove': {
      const site = needScripts();
      if ((await site.registered()).includes(message.origin)) await site.unregister(message.origin);
      await deleteRecipe(db, message.origin);
      let permissionReturned = false;
      try {
        // A portal's permission is the extension's own (such a recipe came from an old backup): it stays.
        if (!readsByItself(message.origin)) {
          await site.revoke(message.origin);
          permissionReturned = true;
        }
      } catch (error) {
        // A permission the build grants at install (a test build's fixture host) cannot be given back; the recipe is gone.
        console.warn(`Recert Companion: the permission for ${message.origin} could not be given back`, error);
      }
      return { origin: message.origin, permissionReturned };
    }
    case 'recipe.allowed':
      return { registered: (await getRecipe(db, message.origin)) ? await registerIfAllowed(needScripts(), message.origin) : false };
    case 'recipe.missSeen':
      await markMissTold(db, message.origin);
      return { origin: message.origin };
    case 'taught.recipe':
      return recipeOfSender(db, sender).catch(() => null);
    case 'taught.read': {
      await recipeOfSender(db, sender);
      if (sender.tab?.id === undefined) throw new NotTaughtError();
      await needScripts().injectReader(sender.tab.id, sender.frameId ?? 0);
      return { reading: true };
    }
    case 'taught.edit': {
      const recipe = await recipeOfSender(db, sender);
      const record = await getRecord(db, message.recordId);
      // A page may hand over itself only, for a record read from its own site.
      if (siteOrigin(message.page.url) !== recipe.origin || (record.sourceUrl && siteOrigin(record.sourceUrl)) !== recipe.origin) throw new NotTaughtError();
      if (!editWithPage) throw new Error('The record editor is not available here');
      await editWithPage(record.id, message.page);
      return { opened: true };
    }
    case 'taught.missed': {
      const recipe = await recipeOfSender(db, sender);
      if (siteOrigin(message.url) !== recipe.origin) throw new NotTaughtError();
      // Kept once: a second miss before the popup has said so changes nothing.
      return { noted: !recipe.miss && (await noteRecipeMissed(db, recipe.origin, message.url, now)) !== undefined };
    }
  }
}
