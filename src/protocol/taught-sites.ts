/** Taught sites: the recipes the confirmation form learns, and what a taught site's own scripts ask for. */
import { z } from 'zod';
import { MAX_PAGE_URL_LENGTH } from '../domain/page-snapshot';
import { SiteRecipe } from '../domain/schema';
import { PageSnapshotShape } from './capture';
import { declare } from './declare';
import { Id } from './shapes';

const SiteOrigin = SiteRecipe.shape.origin;

/** A taught site as the dashboard lists it. */
export interface TaughtSite {
  recipe: SiteRecipe;
  /** The browser lets the extension read the site (its host permission is granted). */
  allowed: boolean;
}

const TAUGHT_SITE = { from: 'taught-site' } as const;

export const taughtSiteMessages = [
  /** A taught site's recipe, to teach it again on top of it (the confirmation form). */
  declare(z.strictObject({ type: z.literal('recipe.get'), origin: SiteOrigin })).replies<SiteRecipe | null>(),
  /**
   * Keeps a recipe the confirmation form learned, and reads its site from now on when the site is allowed.
   * registered: the site's script is in place (false until the browser lets the extension read the site).
   */
  declare(z.strictObject({ type: z.literal('recipe.save'), recipe: SiteRecipe })).replies<{ recipe: SiteRecipe; registered: boolean }>(),
  /** The taught sites, each with whether the browser lets the extension read it (the dashboard). */
  declare(z.strictObject({ type: z.literal('recipes.list') })).replies<TaughtSite[]>(),
  /**
   * Forgets a taught site: its script goes and its permission is given back.
   * permissionReturned: the browser took the site's permission back (it cannot take one the build grants).
   */
  declare(z.strictObject({ type: z.literal('recipe.remove'), origin: SiteOrigin })).replies<{ origin: string; permissionReturned: boolean }>(),
  /** The user allowed a taught site again (dashboard): its script is registered. */
  declare(z.strictObject({ type: z.literal('recipe.allowed'), origin: SiteOrigin })).replies<{ registered: boolean }>(),
  /** The popup has said that a recipe stopped matching. */
  declare(z.strictObject({ type: z.literal('recipe.missSeen'), origin: SiteOrigin })).replies<{ origin: string }>(),
  /** A taught site's content script asks for its site's recipe. */
  declare(z.strictObject({ type: z.literal('taught.recipe') }), TAUGHT_SITE).replies<SiteRecipe | null>(),
  /** A taught site's page of the recipe's shape: the reader is put into it. */
  declare(z.strictObject({ type: z.literal('taught.read') }), TAUGHT_SITE).replies<{ reading: boolean }>(),
  /** The toast's Edit on a taught site's capture: the page comes along, so that the correction improves the recipe. */
  declare(z.strictObject({ type: z.literal('taught.edit'), recordId: Id, page: PageSnapshotShape }), TAUGHT_SITE).replies<{ opened: true }>(),
  /** A taught site's completion page where the recipe found too little. */
  declare(z.strictObject({ type: z.literal('taught.missed'), url: z.string().max(MAX_PAGE_URL_LENGTH) }), TAUGHT_SITE).replies<{ noted: boolean }>(),
] as const;
