/**
 * "Taught sites" (issue 17): each learning site the user taught from a manual capture, with what its recipe finds,
 * how often it captured and when last; a site the browser does not let the extension read (a backup imported on
 * another browser, a permission taken back in the browser's settings) is said to be so, with Allow. Remove takes
 * the site's script away and gives its permission back.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { originPattern, recipeHost, taughtFieldNames } from '../../domain/site-recipe';
import { extensionApi } from '../../extension-api';
import type { TaughtSite } from '../../protocol/taught-sites';
import { sendMessage } from '../../send-message';
import { formatDate, formatNumber } from '../../text/format';
import { t } from '../../text/i18n';
import { TAUGHT_FIELD_KEY } from '../../text/labels';
import { NoticeBar, type Notice } from './Notice';
import './taught-sites.css';

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

function SiteCard({ site, index, onRemove, onAllow }: { site: TaughtSite; index: number; onRemove: () => void; onAllow: () => void }) {
  const { recipe, allowed } = site;
  const host = recipeHost(recipe);
  const headingId = `taught-site-${index}`;
  const fields = taughtFieldNames(recipe).map((field) => t(TAUGHT_FIELD_KEY[field]));
  return (
    <li class="panel taught-site" aria-labelledby={headingId}>
      <h3 id={headingId}>{host}</h3>
      <p>{t('taughtSiteFields', [fields.join(', ')])}</p>
      <p class="muted">
        {t('taughtSitePages', [formatNumber(recipe.pagesCaptured)])} · {recipe.lastUsedAt ? t('taughtSiteLastUsed', [formatDate(recipe.lastUsedAt.slice(0, 10))]) : t('taughtSiteNeverUsed')}
      </p>
      {recipe.miss ? <p class="taught-site-miss">{t('taughtSiteMissed', [formatDate(recipe.miss.at.slice(0, 10))])}</p> : null}
      {allowed ? null : <p class="taught-site-blocked">{t('taughtSiteNotAllowed')}</p>}
      <div class="form-actions">
        {allowed ? null : (
          <button type="button" class="button primary" aria-label={t('taughtSiteAllowLabel', [host])} onClick={onAllow}>
            {t('taughtSiteAllow')}
          </button>
        )}
        <button type="button" class="button" aria-label={t('taughtSiteRemoveLabel', [host])} onClick={onRemove}>
          {t('taughtSiteRemove')}
        </button>
      </div>
    </li>
  );
}

export function TaughtSitesSection({ headingId }: { headingId: string }) {
  const [sites, setSites] = useState<TaughtSite[]>();
  const [loadError, setLoadError] = useState<string>();
  const [notice, setNotice] = useState<Notice>();

  const load = useCallback(() => {
    sendMessage({ type: 'recipes.list' })
      .then((list) => {
        setSites([...list].sort((a, b) => recipeHost(a.recipe).localeCompare(recipeHost(b.recipe))));
        setLoadError(undefined);
      })
      .catch((error: unknown) => setLoadError(errorMessage(error)));
  }, []);
  useEffect(load, [load]);

  const remove = async (site: TaughtSite) => {
    const host = recipeHost(site.recipe);
    try {
      const { permissionReturned } = await sendMessage({ type: 'recipe.remove', origin: site.recipe.origin });
      setNotice({ message: permissionReturned ? t('taughtSiteRemoved', [host]) : t('taughtSiteRemovedKept', [host]) });
    } catch (error) {
      setNotice({ message: t('saveFailed', [errorMessage(error)]) });
    }
    load();
  };

  const allow = (site: TaughtSite) => {
    // Asked in the click's own handler: the browser grants a permission only on the user's gesture.
    extensionApi()
      .permissions.request({ origins: [originPattern(site.recipe.origin)] })
      .then((granted) => (granted ? sendMessage({ type: 'recipe.allowed', origin: site.recipe.origin }) : undefined))
      .catch((error: unknown) => setNotice({ message: t('saveFailed', [errorMessage(error)]) }))
      .finally(load);
  };

  return (
    <div aria-busy={sites || loadError ? undefined : 'true'}>
      <header class="section-head">
        <div>
          <h2 id={headingId} tabIndex={-1}>
            {t('sectionTaughtSitesHeading')}
          </h2>
          <p class="muted section-lead">{t('taughtSitesIntro')}</p>
        </div>
      </header>
      <NoticeBar notice={notice} onDismiss={() => setNotice(undefined)} />
      {loadError ? <p role="alert">{t('taughtSitesLoadFailed', [loadError])}</p> : null}
      {sites && sites.length === 0 ? <p class="panel">{t('taughtSitesEmpty')}</p> : null}
      {sites && sites.length > 0 ? (
        <ul class="taught-sites">
          {sites.map((site, index) => (
            <SiteCard key={site.recipe.origin} site={site} index={index} onRemove={() => void remove(site)} onAllow={() => allow(site)} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
