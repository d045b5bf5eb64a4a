/**
 * Taught sites' recipes, one per origin. Every recipe is checked with zod before it is stored (it comes from an
 * extension page or a backup) and when it is read back for a content script (stored data is read after migrations).
 */
import { SiteRecipe } from '../domain/schema';
import type { Database } from './db';

export async function listRecipes(db: Database): Promise<SiteRecipe[]> {
  const stored = await db.getAll('recipes');
  return stored.flatMap((recipe) => {
    const parsed = SiteRecipe.safeParse(recipe);
    if (parsed.success) return [parsed.data];
    console.warn('Recert Companion: a stored recipe is not readable and is left out', recipe.origin, parsed.error.issues[0]);
    return [];
  });
}

export async function getRecipe(db: Database, origin: string): Promise<SiteRecipe | undefined> {
  const stored = await db.get('recipes', origin);
  const parsed = stored ? SiteRecipe.safeParse(stored) : undefined;
  return parsed?.success ? parsed.data : undefined;
}

export async function saveRecipe(db: Database, recipe: SiteRecipe): Promise<SiteRecipe> {
  const valid = SiteRecipe.parse(recipe);
  await db.put('recipes', valid);
  return valid;
}

export async function deleteRecipe(db: Database, origin: string): Promise<SiteRecipe | undefined> {
  const tx = db.transaction('recipes', 'readwrite');
  const stored = await tx.store.get(origin);
  if (stored) await tx.store.delete(origin);
  await tx.done;
  return stored;
}

/** Changes one stored recipe in one transaction; a recipe removed meanwhile stays removed. */
async function updateRecipe(db: Database, origin: string, change: (recipe: SiteRecipe) => SiteRecipe): Promise<SiteRecipe | undefined> {
  const tx = db.transaction('recipes', 'readwrite');
  const stored = await tx.store.get(origin);
  const next = stored ? SiteRecipe.parse(change(stored)) : undefined;
  if (next) await tx.store.put(next);
  await tx.done;
  return next;
}

/** A page of the site was captured with the recipe: it is in use, and matching. */
export function noteRecipeUsed(db: Database, origin: string, now: string): Promise<SiteRecipe | undefined> {
  return updateRecipe(db, origin, ({ miss: _miss, ...recipe }) => ({ ...recipe, pagesCaptured: recipe.pagesCaptured + 1, lastUsedAt: now }));
}

/** A completion page of the recipe's shape where it found too little: kept once, until the popup has said so. */
export function noteRecipeMissed(db: Database, origin: string, url: string, now: string): Promise<SiteRecipe | undefined> {
  return updateRecipe(db, origin, (recipe) => (recipe.miss ? recipe : { ...recipe, miss: { at: now, url: url.slice(0, 2048), told: false } }));
}

/** The popup has shown the miss: it is not shown again until the recipe matches and misses anew. */
export function markMissTold(db: Database, origin: string): Promise<SiteRecipe | undefined> {
  return updateRecipe(db, origin, (recipe) => (recipe.miss ? { ...recipe, miss: { ...recipe.miss, told: true } } : recipe));
}
