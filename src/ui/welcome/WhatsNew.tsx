import { t } from '../../text/i18n';
import { RELEASE_NOTES } from './release-notes';
import { versionsSince } from './whats-new';

/**
 * After an update: the version it came from, and what is new since, in every version the user skipped (newest first),
 * with the way on to the dashboard. The first-run steps stay below it, folded.
 */
export function WhatsNew({ from, version, onOpenDashboard }: { from: string; version: string; onOpenDashboard: () => void }) {
  const versions = versionsSince(from, version, Object.keys(RELEASE_NOTES));
  return (
    <section class="whats-new" aria-labelledby="whats-new-heading">
      <h2 id="whats-new-heading">{t('whatsNewTitle', [version])}</h2>
      <p>{t('whatsNewUpdated', [from, version])}</p>
      {versions.map((shown) => (
        <section key={shown} aria-label={shown}>
          {versions.length > 1 ? <h3>{shown}</h3> : null}
          <ul>
            {(RELEASE_NOTES[shown] ?? []).map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      ))}
      <button type="button" class="button primary" onClick={onOpenDashboard}>
        {t('openDashboard')}
      </button>
    </section>
  );
}
