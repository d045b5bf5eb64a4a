/**
 * The welcome page's "where you learn": the sites the extension reads on its own, named from the adapter registry
 * (through `recert:content-sites`, data only), what it does anywhere else, that nothing leaves the browser, and the
 * sites the browser does not let it read, with a button that asks for them.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CE_PORTAL_MATCHES, LEARNING_SITES } from 'recert:content-sites';
import { t } from '../../text/i18n';
import { requestAccess, siteAddress, sitesWithoutAccess, type ReadSite, type SitePermissions } from './site-access';

/** Every site whose permission the page checks: the learning sites, then the CE portal. */
function sitesToCheck(): ReadSite[] {
  return [...LEARNING_SITES, { label: t('cePortalName'), matches: CE_PORTAL_MATCHES }];
}

export function ReadSites() {
  const permissions: SitePermissions = browser.permissions;
  // Undefined until the browser has answered.
  const [missing, setMissing] = useState<ReadSite[]>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    const check = () =>
      sitesWithoutAccess(sitesToCheck(), permissions)
        .then(setMissing)
        // Not answered: say nothing rather than name sites that may well be readable.
        .catch(() => setMissing([]));
    void check();
    // The user may grant or take back a site in the browser's settings while the page is open.
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);

  const ask = () => {
    // Straight from the click, nothing awaited first: Firefox grants a request only while it handles the user's input.
    requestAccess(missing ?? [], permissions)
      .then(async (granted) => {
        const still = await sitesWithoutAccess(sitesToCheck(), permissions);
        setMissing(still);
        setStatus(granted && still.length === 0 ? t('welcomeAccessGranted') : t('welcomeAccessRefused'));
      })
      .catch(() => setStatus(t('welcomeAccessRefused')));
  };

  return (
    <>
      <p>{t('welcomeSitesIntro')}</p>
      {/* data-access: whether the browser has answered, and how (the end-to-end tests wait for it). */}
      <ul class="sites" data-access={missing === undefined ? 'checking' : missing.length > 0 ? 'missing' : 'granted'}>
        {LEARNING_SITES.map((site) => (
          <li key={site.id}>
            <strong>{site.label}</strong> <span class="muted">{site.matches.map(siteAddress).join(', ')}</span>
          </li>
        ))}
      </ul>
      <p>{t('welcomeCePortalText', [CE_PORTAL_MATCHES.map(siteAddress).join(', ')])}</p>
      <p>{t('welcomeOtherSitesText')}</p>
      <p class="private">{t('welcomeNothingLeaves')}</p>
      {missing && missing.length > 0 ? (
        <div class="access-notice" role="group" aria-labelledby="access-notice-text">
          <p id="access-notice-text">{t('welcomeAccessMissing')}</p>
          <ul>
            {missing.map((site) => (
              <li key={site.label}>
                {site.label} <span>({site.matches.map(siteAddress).join(', ')})</span>
              </li>
            ))}
          </ul>
          <button type="button" class="button primary" onClick={ask}>
            {t('welcomeAccessAllow')}
          </button>
        </div>
      ) : null}
      <p class="access-status" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
