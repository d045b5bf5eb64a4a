/**
 * The browser's part of taught sites (taught-sites.ts's SiteScripts): one registered content script per allowed
 * site, kept across browser restarts, and the reader injected into a page that asks for it. Both files are classic
 * self-contained scripts that vite.config.ts builds beside the extension (RUNTIME_SCRIPTS): no loader, no
 * web-accessible resource, and no chunk shared with the portals' scripts.
 */
import type browser from 'webextension-polyfill';
import { originPattern } from '../domain/site-recipe';
import { TAUGHT_READER_SCRIPT, TAUGHT_SITE_SCRIPT } from './taught-script-files';
import { TAUGHT_SCRIPT_PREFIX, type SiteScripts } from './taught-sites';

type Api = Pick<typeof browser, 'scripting' | 'permissions'>;

export function browserSiteScripts(api: Api): SiteScripts {
  return {
    async registered() {
      const scripts = await api.scripting.getRegisteredContentScripts();
      return scripts.filter((script) => script.id.startsWith(TAUGHT_SCRIPT_PREFIX)).map((script) => script.id.slice(TAUGHT_SCRIPT_PREFIX.length));
    },
    async register(origin) {
      const id = `${TAUGHT_SCRIPT_PREFIX}${origin}`;
      try {
        await api.scripting.registerContentScripts([{ id, matches: [originPattern(origin)], js: [TAUGHT_SITE_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
      } catch (error) {
        // Registered meanwhile (the permission's own event and the user's Allow race to it): what was wanted is done.
        const scripts = await api.scripting.getRegisteredContentScripts({ ids: [id] }).catch(() => []);
        if (scripts.length === 0) throw error;
      }
    },
    async unregister(origin) {
      await api.scripting.unregisterContentScripts({ ids: [`${TAUGHT_SCRIPT_PREFIX}${origin}`] });
    },
    allowed: (origin) => api.permissions.contains({ origins: [originPattern(origin)] }),
    async revoke(origin) {
      await api.permissions.remove({ origins: [originPattern(origin)] });
    },
    async injectReader(tabId, frameId) {
      await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [TAUGHT_READER_SCRIPT] });
    },
  };
}
