import { t } from '../../text/i18n';
import { RELEASE_NOTES } from './release-notes';

/** After an update: the version it came from, and what is new in this one. */
export function WhatsNew({ from, version }: { from: string; version: string }) {
  const notes = RELEASE_NOTES[version] ?? [];
  return (
    <section class="whats-new" aria-labelledby="whats-new-heading">
      <h2 id="whats-new-heading">{t('whatsNewTitle', [version])}</h2>
      <p>{t('whatsNewUpdated', [from, version])}</p>
      {notes.length > 0 ? (
        <ul>
          {notes.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
