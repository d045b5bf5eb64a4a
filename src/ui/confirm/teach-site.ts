/**
 * Teaching a site from the confirmation form (issue 17): the site a page can be taught as, the browser's permission
 * asked for that one origin on the user's click, and the recipe learned from what the user saved.
 */
import type { ConfirmedValues } from '../../capture/recipes/learn';
import { originPattern, siteOrigin as siteOf, type SiteRecipe } from '../../domain/site-recipe';
import type { CourseRecord } from '../../domain/schema';
import { extensionApi } from '../../extension-api';
import { sendMessage } from '../../send-message';
import { t } from '../../text/i18n';
import type { LoadedDraft } from './ConfirmCapture';
import type * as PageReadersModule from './page-readers';
import type { CaptureDraft } from '../../domain/page-snapshot';

export type PageReaders = typeof PageReadersModule;

export interface TeachableSite {
  origin: string;
  /** What the user reads: the host ("acme.csod.com"). */
  host: string;
  /** The site's recipe, when it was taught before. */
  recipe?: SiteRecipe;
  /** The browser let the extension read the site before this form asked: teaching that fails gives nothing back. */
  allowedBefore: boolean;
}

/** The page's site when it can be taught (an http(s) site no adapter reads), with its recipe if it has one. */
export async function teachableSite(url: string, readers: PageReaders): Promise<TeachableSite | undefined> {
  const origin = readers.teachableSite(url);
  if (!origin) return undefined;
  const [recipe, allowedBefore] = await Promise.all([
    sendMessage({ type: 'recipe.get', origin }).catch(() => null),
    Promise.resolve(extensionApi().permissions.contains({ origins: [originPattern(origin)] })).catch(() => false),
  ]);
  return { origin, host: new URL(origin).host, allowedBefore, ...(recipe ? { recipe } : {}) };
}

/**
 * The permission this form obtained goes back when nothing was taught with it (the course was refused, nothing on
 * the page could be learned, the recipe was not kept): no site stays readable without a taught site to show for it.
 */
export async function giveBackSite(site: TeachableSite): Promise<void> {
  if (site.allowedBefore) return;
  await Promise.resolve(extensionApi().permissions.remove({ origins: [originPattern(site.origin)] })).catch(() => undefined);
}

/**
 * Asks the browser for the site, at once: Firefox grants a permission only while the user's click is being handled,
 * so nothing may be awaited before this. A site already allowed is granted without a prompt.
 */
export function askForSite(origin: string): Promise<boolean> {
  try {
    return extensionApi().permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

function confirmedValues(record: CourseRecord): ConfirmedValues {
  const { title, provider, startDate, endDate, certificateCode, credits, creditUnit, hours, program } = record;
  return { title, provider, startDate, endDate, certificateCode, credits, creditUnit, hours, program };
}

/** Learns the site from the saved record once the browser allowed it; what happened, as the sentence to show. */
export async function teachSite(allowed: Promise<boolean>, site: TeachableSite, loaded: LoadedDraft, record: CourseRecord): Promise<string> {
  if (!(await allowed)) return t('teachSiteDenied', [site.host]);
  const recipe = loaded.readers.learnFromPage(loaded.page, confirmedValues(record), new Date().toISOString(), site.recipe);
  if (!recipe.title && Object.keys(recipe.fields).length === 0) {
    await giveBackSite(site);
    return t('teachSiteNothingLearned', [site.host]);
  }
  try {
    await sendMessage({ type: 'recipe.save', recipe });
    return t('teachSiteLearned', [site.host]);
  } catch (error) {
    await giveBackSite(site);
    return t('teachSiteFailed', [site.host, error instanceof Error ? error.message : String(error)]);
  }
}

/**
 * The toast's Edit on a taught site's record kept the page (#record=<id>&teach=<draft id>): what the user corrected
 * improves the site's recipe. Learned like a first teaching, on top of the recipe; the site is already allowed.
 */
export async function improveFromEdit(draft: CaptureDraft, record: CourseRecord): Promise<string | undefined> {
  const readers = await import('./page-readers');
  const origin = siteOf(draft.page.url);
  const previous = origin ? await sendMessage({ type: 'recipe.get', origin }) : null;
  if (!previous) return undefined;
  const recipe = readers.learnFromPage(draft.page, confirmedValues(record), new Date().toISOString(), previous);
  await sendMessage({ type: 'recipe.save', recipe });
  return t('teachSiteImproved', [new URL(recipe.origin).host]);
}
