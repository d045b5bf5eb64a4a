/** The welcome page as the scenario reads it: the sites it names, the browser's answer on them, and the news. */

export interface WelcomeView {
  /** The permission check: 'checking' until the browser has answered, then 'granted' or 'missing'; null before render. */
  access: string | null;
  /** The learning sites named, by label. */
  sites: string[];
  /** The sites the notice says the browser withholds, as it lists them. */
  missing: string[];
  /** The notice's button that asks for them. */
  allowButton: boolean;
  /** What the button's click came to, once answered. */
  status: string;
  /** The what's-new heading, when the page shows one. */
  whatsNew: string | null;
  whatsNewItems: number;
}

export const WELCOME_VIEW_JS = `(() => {
  const sites = document.querySelector('.sites');
  const notice = document.querySelector('.access-notice');
  const news = document.querySelector('section[aria-labelledby="whats-new-heading"]');
  return {
    access: sites ? sites.getAttribute('data-access') : null,
    sites: sites ? [...sites.querySelectorAll('li strong')].map((s) => s.textContent) : [],
    missing: notice ? [...notice.querySelectorAll('li')].map((li) => li.textContent) : [],
    allowButton: !!(notice && notice.querySelector('button')),
    status: document.querySelector('.access-status')?.textContent ?? '',
    whatsNew: news ? news.querySelector('h2').textContent : null,
    whatsNewItems: news ? news.querySelectorAll('li').length : 0,
  };
})()`;

/** The notice's button, for a real click. */
export const ALLOW_SITES_BUTTON = '.access-notice button';
