/** The service worker (an event page in Firefox): thin glue from browser events to the router and store. */
import browser from 'webextension-polyfill';
import { openDatabase, type Database } from '../store/db';
import { refreshBadge } from './badge';
import { handleMessage } from './router';
import { DraftStore, captureTab, injectSnapshot, openDraft, type ManualCaptureDeps, type TabInfo } from './manual-capture';
import { CE_PORTAL_FILL_SCRIPT, CE_PORTAL_SUBMIT_URL, PendingFills } from './ce-portal-actions';
import { startReminders } from './reminders';
import { CONFIRM_PAGE, FILL_CHOOSER_PAGE, REPORT_PAGE } from '../extension-pages';
import { pageOnInstalled } from './installed';
import { FILL_READY } from '../protocol/page-messages';
import { sendToTab } from '../send-message';
import { AttachRequests, CaptureLimiter } from './capture-limits';
import { PartAssemblies } from './message-parts';
import { browserSiteScripts } from './site-scripts';
import { reconcile } from './taught-sites';
import { POPUP_SUMMARY_KEY } from '../domain/popup-summary';
import { systemClock } from '../store/clock';
import { bringToFront } from './bring-to-front';
import { ReadingNotes } from './reading-notes';
import { ReportStore, browserName, isServedPage, reportOfTab } from './page-report';
import type { PageReports } from './router-context';


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

const drafts = new DraftStore();
const pendingFills = new PendingFills();

/**
 * The filler goes into a portal tab only once the user chose a record for it: none of its code is on a portal page
 * before. host_permissions holds the portal for this (a content script's matches do not let the worker inject).
 */
async function injectFiller(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CE_PORTAL_FILL_SCRIPT] });
}
const captureLimiter = new CaptureLimiter();
const attachRequests = new AttachRequests();
const partAssemblies = new PartAssemblies();
const siteScripts = browserSiteScripts(browser);

/** Taught sites' scripts in line with their recipes and the permissions the user gave (or took back in the browser). */
function reconcileTaughtSites(): void {
  db()
    .then((database) => reconcile(database, siteScripts))
    .catch((error: unknown) => console.error('Recert Companion: taught sites could not be brought up to date', error));
}

const manualCapture: ManualCaptureDeps = {
  snapshotTab: (tabId) => injectSnapshot(browser.scripting, tabId),
  drafts,
  newId: () => crypto.randomUUID(),
  openConfirmPage: async (draftId: string, tab: TabInfo & { index?: number }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`${CONFIRM_PAGE}#${draftId}`), index: tab.index === undefined ? undefined : tab.index + 1 });
  },
};

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

async function captureActiveTab() {
  return captureTab((await activeTab()) ?? {}, {}, manualCapture);
}

const readingNotes = new ReadingNotes(browser.storage.session);
const reports = new ReportStore();

/** The popup's "Save a report of this page": the active tab (activeTab) read, its report kept, the report page opened beside it. */
const pageReports: PageReports = {
  activeTab,
  isServed: isServedPage,
  async make() {
    const tab = await activeTab();
    if (tab?.id === undefined) throw new Error('No tab to report on');
    const noted = await readingNotes.forTab(tab.id, tab.url);
    const report = await reportOfTab(browser.scripting, tab.id, {
      extensionVersion: browser.runtime.getManifest().version,
      browser: browserName(navigator.userAgent),
      createdAt: new Date().toISOString(),
      ...(noted ? { noted } : {}),
    });
    const id = crypto.randomUUID();
    reports.put(id, report);
    await browser.tabs.create({ url: browser.runtime.getURL(`${REPORT_PAGE}#${id}`), index: tab.index + 1, windowId: tab.windowId });
    return id;
  },
  get: (id) => reports.get(id),
};

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(message, sender, {
    db,
    clock: systemClock,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
    onChange: updateBadge,
    captureActiveTab,
    finishCapture: (page, tab) => openDraft(page, tab ?? {}, false, manualCapture),
    draft: (id) => drafts.get(id),
    openRecordEditor: async (recordId) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`${CONFIRM_PAGE}#record=${encodeURIComponent(recordId)}`) });
    },
    editTaughtRecord: async (recordId, page) => {
      const draftId = crypto.randomUUID();
      drafts.put({ id: draftId, page, selectionAsCode: false });
      await browser.tabs.create({ url: browser.runtime.getURL(`${CONFIRM_PAGE}#record=${encodeURIComponent(recordId)}&teach=${draftId}`) });
    },
    openCePortalForm: async () => (await browser.tabs.create({ url: CE_PORTAL_SUBMIT_URL })).id,
    openFillChooser: async (portalTabId) => {
      const portal = await browser.tabs.get(portalTabId);
      await browser.tabs.create({ url: browser.runtime.getURL(`${FILL_CHOOSER_PAGE}#tab=${portalTabId}`), index: portal.index + 1, windowId: portal.windowId });
    },
    fillInTab: async (tabId) => {
      // Only the portal's own script answers, and only where the form is: a tab that moved elsewhere says nothing.
      const hasForm = await sendToTab(tabId, FILL_READY).catch(() => false);
      if (hasForm !== true) return false;
      await injectFiller(tabId);
      await bringToFront(browser, tabId);
      return true;
    },
    injectFiller,
    pendingFills,
    captureLimiter,
    attachRequests,
    storageFigures: async () => navigator.storage?.estimate?.().catch(() => undefined),
    partAssemblies,
    siteScripts,
    onImported: reconcileTaughtSites,
    keepPopupSummary: async (summary) => {
      await browser.storage.session.set({ [POPUP_SUMMARY_KEY]: summary });
    },
    forgetPopupSummary: () => void browser.storage.session.remove(POPUP_SUMMARY_KEY).catch(() => undefined),
    messageText: (key, substitutions) => browser.i18n.getMessage(key, substitutions),
    readingNotes,
    pageReports,
  }),
);

const MENU_SAVE_PAGE = 'save-page';
const MENU_SELECTION_AS_CODE = 'selection-as-code';

/**
 * Firefox for Android has no context menus and no keyboard commands (MDN's compatibility data): there the entries and
 * the shortcut are simply not offered, and "Capture this page" in the popup does the same. The namespaces are absent,
 * so each is looked up before use; a listener added to an absent one would stop the whole background script.
 */
const contextMenus = browser.contextMenus as typeof browser.contextMenus | undefined;
const commands = browser.commands as typeof browser.commands | undefined;

function createMenus(): void {
  if (!contextMenus) return;
  void contextMenus.removeAll().then(() => {
    contextMenus.create({ id: MENU_SAVE_PAGE, title: browser.i18n.getMessage('menuSavePage'), contexts: ['page'] });
    contextMenus.create({ id: MENU_SELECTION_AS_CODE, title: browser.i18n.getMessage('menuSelectionAsCode'), contexts: ['selection'] });
  });
}

contextMenus?.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_SAVE_PAGE && info.menuItemId !== MENU_SELECTION_AS_CODE) return;
  const options = info.menuItemId === MENU_SELECTION_AS_CODE ? { selectionText: info.selectionText ?? '' } : {};
  captureTab(tab ?? {}, options, manualCapture).catch((error: unknown) => console.error('Recert Companion: manual capture failed', error));
});

/** The keyboard shortcut grants activeTab like the toolbar button does, so it scans the tab it was pressed in. */
const COMMAND_CAPTURE_PAGE = 'capture-page';

commands?.onCommand.addListener((command, tab) => {
  if (command !== COMMAND_CAPTURE_PAGE) return;
  const capture = tab ? captureTab(tab, {}, manualCapture) : captureActiveTab();
  capture.catch((error: unknown) => console.error('Recert Companion: manual capture failed', error));
});

browser.runtime.onInstalled.addListener((details) => {
  const page = pageOnInstalled(details, browser.runtime.getManifest().version);
  if (page) void browser.tabs.create({ url: browser.runtime.getURL(page) });
  createMenus();
  updateBadge();
  reconcileTaughtSites();
});

browser.runtime.onStartup.addListener(() => {
  updateBadge();
  reconcileTaughtSites();
});
browser.permissions.onAdded.addListener(reconcileTaughtSites);
browser.permissions.onRemoved.addListener(reconcileTaughtSites);

void startReminders(db);
