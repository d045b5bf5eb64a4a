import { useEffect, useState } from 'preact/hooks';
import { t } from '../../text/i18n';
import { SECTIONS, headingIdOf, sectionForHash } from './sections';
import { focusById } from '../components/focus';

/** The dashboard: a navigation of its sections and the one the URL fragment names. */
export function Options() {
  const [section, setSection] = useState(() => sectionForHash(location.hash));

  useEffect(() => {
    // An address without a (known) section still says where the user is, so it can be bookmarked or shared.
    if (location.hash !== `#${section.id}`) history.replaceState(null, '', `#${section.id}`);
    const onHashChange = () => {
      const next = sectionForHash(location.hash);
      setSection(next);
      // Following a link within the page: take the keyboard and screen reader to the section it opened.
      focusById(headingIdOf(next));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const { Component } = section;
  return (
    <div class="dashboard">
      <header class="app-bar">
        <div class="app-bar-inner">
          <h1>{t('extName')}</h1>
          <nav aria-label={t('dashboardNavLabel')}>
            <ul>
              {SECTIONS.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}`} aria-current={s.id === section.id ? 'page' : undefined}>
                    {t(s.navKey)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main>
        <section id={section.id} aria-labelledby={headingIdOf(section)}>
          <Component headingId={headingIdOf(section)} />
        </section>
      </main>
    </div>
  );
}
