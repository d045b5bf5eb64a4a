import { useEffect, useState } from 'preact/hooks';
import { recipeHost } from '../../domain/site-recipe';
import type { SiteRecipe } from '../../domain/schema';
import { sendMessage } from '../../send-message';
import { t } from '../../text/i18n';
import './storage-notice.css';

/**
 * Said once in the popup when a taught site's recipe stopped matching its pages (issue 17): the site's pages are read
 * by the generic reader meanwhile, and teaching it again mends it. "Got it" marks it told; it is not shown again
 * until the recipe matches and misses anew.
 */
export function RecipeMissNotice() {
  const [missed, setMissed] = useState<SiteRecipe[]>([]);
  useEffect(() => {
    sendMessage({ type: 'recipes.list' })
      .then((sites) => setMissed(sites.map((site) => site.recipe).filter((recipe) => recipe.miss && !recipe.miss.told)))
      .catch(() => setMissed([]));
  }, []);
  const dismiss = (recipe: SiteRecipe) => {
    setMissed((list) => list.filter((r) => r.origin !== recipe.origin));
    void sendMessage({ type: 'recipe.missSeen', origin: recipe.origin }).catch(() => undefined);
  };
  return (
    <>
      {missed.map((recipe) => (
        <div key={recipe.origin} class="storage-notice recipe-miss" data-recipe-miss>
          <p>{t('recipeMissNotice', [recipeHost(recipe)])}</p>
          <button type="button" class="button" onClick={() => dismiss(recipe)}>
            {t('recipeMissDismiss')}
          </button>
        </div>
      ))}
    </>
  );
}
