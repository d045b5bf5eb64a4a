/**
 * The messages extension pages and the worker send to a tab's content script (tabs.sendMessage), the other way from
 * the rest of the protocol. Zod-free and tiny: content scripts import it. Each carries nothing a page could use: the
 * script asks the worker for what it needs, through the checked protocol.
 */

/** The worker to a CE portal tab: the user chose a record for this tab's form (in the extension's chooser). */
export const FILL_READY = 'fill.ready';
/** An extension page (the popup's "Refresh") to a CE portal tab: read the Item Catalog again. */
export const REFRESH_ITEM_CATALOG = 'itemCatalog.refresh';

export type PageMessage = { type: typeof FILL_READY } | { type: typeof REFRESH_ITEM_CATALOG };

export interface PageReplies {
  /** Whether the tab shows the form it can fill. */
  [FILL_READY]: boolean;
  /** Whether the tab is on the Item Catalog and started reading it. */
  [REFRESH_ITEM_CATALOG]: { started: boolean };
}

/** Whether `message` is this page message: content scripts get messages as unknown. */
export function isPageMessage<T extends PageMessage['type']>(message: unknown, type: T): message is { type: T } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

/**
 * Where the page report's reader (content/page-report.ts) leaves its function in the extension's isolated world, for
 * the worker's next injection to call: a symbol (Symbol.for), which no element's id can name on window.
 */
export const PAGE_REPORT_KEY = 'recert-companion.page-report';
