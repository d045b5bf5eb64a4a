/**
 * The welcome page's "where you learn": the sites the extension reads on its own, named from the adapter registry
 * (through `recert:content-sites`, data only), what it does anywhere else, that nothing leaves the browser, and the
 * sites the browser does not let it read, with a button that asks for them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CE_PORTAL_MATCHES, LEARNING_SITES } from 'recert:content-sites';
import { t } from '../../text/i18n';
import { requestAccess, siteAddress, sitesWithoutAccess, type ReadSite, type SitePermissions } from './site-access';

/** Every site whose permission the page checks: the learning sites, then the CE portal. */
function sitesToCheck(): ReadSite[] {
  return [...LEARNING_SITES, { label: t('cePortalName'), matches: CE_PORTAL_MATCHES }];
}

/**
 * What is shown: 'all' on first run; after an update, the notice alone above the folded steps ('notice'), and the
 * steps' list without it ('list'), so it is said once.
 */
type Part = 'all' | 'notice' | 'list';

export function ReadSites({ part = 'all' }: { part?: Part }) {
  const permissions: SitePermissions = browser.permissions;
  // Undefined until the browser has answered.
  const [missing, setMissing] = useState<ReadSite[]>();
  const [status, setStatus] = useState('');
  const statusLine = useRef<HTMLParagraphElement>(null);
  // Checks may overlap (a grant in the browser's settings while a request is answered): only the latest one counts.
  const latestCheck = useRef(0);
  const checkAccess = async (): Promise<ReadSite[] | undefined> => {
    const mine = ++latestCheck.current;
    const found = await sitesWithoutAccess(sitesToCheck(), permissions);
    if (mine !== latestCheck.current) return undefined;
    setMissing(found);
    return found;
  };

  useEffect(() => {
    const check = () =>
      checkAccess()
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
        const still = (await checkAccess()) ?? [];
        setStatus(granted && still.length === 0 ? t('welcomeAccessGranted') : t('welcomeAccessRefused'));
      })
      .catch(() => setStatus(t('welcomeAccessRefused')));
  };

  // Granted, the notice goes and the button that had the focus with it: the focus moves to the line saying so.
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (status && focusLost) statusLine.current?.focus();
  }, [status, missing]);

  const notice =
    missing && missing.length > 0 ? (
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
    ) : null;
  const statusParagraph = (
    // Empty, it stays in the page for screen readers to announce what comes, but out of the layout (no gap for nothing).
    <p class={status ? 'access-status' : 'access-status visually-hidden'} role="status" aria-live="polite" tabIndex={-1} ref={statusLine}>
      {status}
    </p>
  );
  if (part === 'notice') {
    return (
      <>
        {notice}
        {statusParagraph}
      </>
    );
  }

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
      {part === 'all' ? (
        <>
          {notice}
          {statusParagraph}
        </>
      ) : null}
    </>
  );
}
