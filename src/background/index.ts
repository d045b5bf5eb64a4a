/** The service worker (an event page in Firefox): thin glue from browser events to the router and store. */
import browser from 'webextension-polyfill';
import { openDatabase, type Database } from '../store/db';
import { systemClock } from '../store/records';
import { refreshBadge } from './badge';
import { handleMessage } from './router';

export const WELCOME_PAGE = 'src/ui/welcome/index.html';

let database: Promise<Database> | undefined;
/** One connection per worker lifetime; a failed or closed one is forgotten so the next message retries. */
function db(): Promise<Database> {
  database ??= openDatabase({ onClosed: () => (database = undefined) }).catch((error: unknown) => {
    database = undefined;
    throw error;
  });
  return database;
}

function updateBadge(): void {
  db()
    .then(refreshBadge)
    .catch((error: unknown) => console.error('Recert Companion: badge update failed', error));
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(message, sender, {
    db,
    clock: systemClock,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    onChange: updateBadge,
  }),
);

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  updateBadge();
});

browser.runtime.onStartup.addListener(updateBadge);
