/**
 * Registered, on the user's word, for each site they taught (background/site-scripts.ts): the whole cost on the
 * site's other pages is one question for the site's recipe and an address comparison. On a page whose address has
 * one of the recipe's shapes, the background puts the reader in (taught-reader.ts), once per document. A
 * single-page app's moves are followed until one lands on such a page.
 */
import { fitsAnyShape } from '../domain/url-shape';
import { sendMessage } from '../send-message';

async function start(): Promise<void> {
  const recipe = await sendMessage({ type: 'taught.recipe' });
  if (!recipe) return;
  let asked = false;
  const look = () => {
    if (asked || !fitsAnyShape(location.href, recipe.urlShapes)) return;
    asked = true;
    stopWatching();
    sendMessage({ type: 'taught.read' }).catch((error: unknown) => console.warn('Recert Companion: this taught page could not be read', error));
  };
  let href = location.href;
  const moved = () => {
    if (location.href === href) return;
    href = location.href;
    look();
  };
  const observer = new MutationObserver(moved);
  const stopWatching = () => {
    observer.disconnect();
    window.removeEventListener('popstate', look);
    window.removeEventListener('hashchange', look);
  };
  look();
  if (asked) return;
  observer.observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('popstate', look);
  window.addEventListener('hashchange', look);
}

start().catch((error: unknown) => console.warn('Recert Companion: this taught site could not be looked at', error));
