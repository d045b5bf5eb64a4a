/**
 * What the router and its handlers are given: who sent a message, and the worker's means (the database, the clock,
 * the browser's tabs and storage, what it keeps in memory). background/index.ts makes it; unit tests make smaller ones.
 */
import type { MessageText } from '../text/toast-words';
import type { CaptureLimiter, AttachRequests } from './capture-limits';
import type { PartAssemblies } from './message-parts';
import type { PendingFills } from './ce-portal-actions';
import type { SiteScripts } from './taught-sites';
import type { CaptureDraft, PageSnapshot } from '../domain/page-snapshot';
import type { PopupSummary } from '../domain/popup-summary';
import type { StorageFigures } from '../domain/storage-room';
import type { Database } from '../store/db';
import type { Clock } from '../store/clock';
import type { PageReport } from '../domain/page-report';
import type { ReadingNotes } from './reading-notes';

/** What we rely on from runtime.MessageSender. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; index?: number };
  frameId?: number;
}

export interface RouterContext {
  db: () => Promise<Database>;
  clock: Clock;
  extensionId: string;
  /** e.g. chrome-extension://abc/ or moz-extension://uuid/ */
  extensionOrigin: string;
  /** Called after any write, e.g. to refresh the toolbar badge. */
  onChange?: () => void;
  /** Manual capture: scans the active tab and opens the confirmation form (page.capture). */
  captureActiveTab?: () => Promise<CaptureDraft>;
  /** The toast's "Finish capture": keeps the page as a draft and opens the confirmation form beside its tab. */
  finishCapture?: (page: PageSnapshot, tab: SenderInfo['tab']) => Promise<CaptureDraft>;
  /** Manual capture's drafts waiting for the confirmation form (capture.draft). */
  draft?: (id: string) => CaptureDraft | undefined;
  /** Opens the record editor on a stored record (the toast's Edit). */
  openRecordEditor?: (recordId: string) => Promise<void>;
  /** The same on a taught site's record, with its page kept as a draft: the correction improves the site's recipe. */
  editTaughtRecord?: (recordId: string, page: PageSnapshot) => Promise<void>;
  /** Opens the portal's submission form in a new tab and returns the tab's id (record.submit). */
  openCePortalForm?: () => Promise<number | undefined>;
  /** Opens the extension's record chooser for the portal tab whose "Choose a record" was pressed. */
  openFillChooser?: (portalTabId: number) => Promise<void>;
  /**
   * Tells the portal tab that a record was chosen for it, injects the filler where the form is, and brings the tab
   * forward; false when it is no longer on the form.
   */
  fillInTab?: (tabId: number) => Promise<boolean>;
  /** Injects the CE portal's filler (ce-portal-fill.js) into a portal tab that has a record chosen for it. */
  injectFiller?: (tabId: number) => Promise<void>;
  /** Which record each portal tab was opened to fill. */
  pendingFills?: PendingFills;
  /** A page's certificate sent in parts (capture.attach), as they arrive. */
  partAssemblies?: PartAssemblies;
  /** Bounds how many records pages write on their own (capture.save); absent, nothing is limited (unit tests). */
  captureLimiter?: CaptureLimiter;
  /** Which records' certificate PDFs pages were asked for (capture.attach needs one); absent, not checked (unit tests). */
  attachRequests?: AttachRequests;
  /** The browser's storage figures (navigator.storage.estimate), which bound the PDFs pages hand over on their own. */
  storageFigures?: () => Promise<StorageFigures | undefined>;
  /** Taught sites' scripts and permissions (taught-sites.ts); absent, taught sites are not available (unit tests). */
  siteScripts?: SiteScripts;
  /** After a backup was imported: its taught sites get their scripts where the browser allows them. */
  onImported?: () => void;
  /** Keeps what the popup's first frame shows for its next opening (session storage); absent, nothing is kept. */
  keepPopupSummary?: (summary: PopupSummary) => Promise<void>;
  /** Forgets it: called before and after every write, so that no summary outlives what it summed up. */
  forgetPopupSummary?: () => void;
  /** The user's language's text for a message key (browser.i18n.getMessage); absent, the keys themselves (unit tests). */
  messageText?: MessageText;
  /** What each tab's page said of its reading (reading-notes.ts); absent, nothing is noted (unit tests). */
  readingNotes?: ReadingNotes;
  /** Page reports (page-report.ts): the active tab, whether it is a page the extension reads, making and keeping reports. */
  pageReports?: PageReports;
}

export interface PageReports {
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  isServed(url: string | undefined): boolean;
  /** Makes the active tab's report, keeps it and opens the report page; returns the report's id. */
  make(): Promise<string>;
  get(id: string): PageReport | undefined;
}
