/**
 * The dashboard's "Catalogue and planner" section as the end-to-end scenario sees it: what it shows, and the
 * activity the scenario adds through its form (form-page.ts fills it).
 */
import { OPTIONS_PATH, readStoreJs } from './helpers';

/** Opened with its fragment, as every dashboard section is (Firefox's driver waits for the address it set). */
export const DASHBOARD_ACTIVITIES = `${OPTIONS_PATH}#catalogue`;

/** The activity the scenario adds: a price in pounds, 80 CE (all a CCNP needs), and an offer ending in 60 days. */
export const ACTIVITY = {
  title: 'Cisco Live 2027 on-demand library',
  kind: 'event-session',
  credits: '80',
  cost: '149',
  currency: 'GBP',
  offerEndsOn: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
  link: 'https://www.ciscolive.com/on-demand.html',
} as const;

export const READ_ACTIVITIES_JS = readStoreJs('activities');

export interface ActivitiesView {
  /** Loaded, and the planner has answered (nothing on the page is busy). */
  ready: boolean;
  text: string;
  certification: string | null;
  currency: string | null;
  summary: string;
  tie: string;
  excluded: string[];
  rows: { title: string; source: string | undefined; cells: string[] }[];
  status: string;
}

export const ACTIVITIES_VIEW_JS = `(() => {
  const text = (el) => (el ? (el.innerText || el.textContent || '').replace(/\\s+/g, ' ').trim() : '');
  const value = (id) => (document.getElementById(id) ? document.getElementById(id).value : null);
  const summary = document.querySelector('.plan-summary');
  return {
    ready: !!document.querySelector('section#catalogue .catalogue-table') && !document.querySelector('[aria-busy=true]') && !!(summary || document.querySelector('.planner a')),
    text: document.body.innerText,
    certification: value('plan-certification'),
    currency: value('plan-currency'),
    summary: text(summary),
    tie: text(document.querySelector('.plan-tie')),
    excluded: [...document.querySelectorAll('.plan-excluded li')].map(text),
    rows: [...document.querySelectorAll('.catalogue-table tbody tr')].map((tr) => ({
      title: text(tr.querySelector('th')),
      source: tr.dataset.source,
      cells: [...tr.querySelectorAll('td')].map(text),
    })),
    status: text(document.querySelector('[role=status]')),
  };
})()`;
