/**
 * The CE portal's Item Catalog page: reads every item (following the page's own pagination or scrolling) and
 * sends the catalogue to the background, which stores it and links the records to it. Read on its own when no
 * catalogue is stored or the one stored is old or partial; read again on request (the popup's "Refresh").
 * A filtered view (a search) is never read on its own: it is not the whole catalogue.
 */
import { readItemCatalogPage } from '../capture/ce-portal/item-catalog';
import { saysLoading } from '../capture/ce-portal/item-catalog-pagination';
import { sendMessage } from '../send-message';
import { t } from '../text/i18n';
import { itemCatalogProblemText } from './item-catalog-problem';
import { readWholeItemCatalog } from './item-catalog-read';
import { showToast } from './toast';

const toast = (heading: string, detail?: string, actions?: Parameters<typeof showToast>[0]['actions']) =>
  showToast({ heading, detail, actions, dismissLabel: t('dismiss'), regionLabel: t('toastRegion') });

const FILTER_PARAMS = ['search', 'q', 'query', 'keyword', 'keywords', 'filter'];

/** A search or filter narrows the list: reading it would store a fraction of the catalogue as the whole. */
function isFilteredView(url: URL): boolean {
  return FILTER_PARAMS.some((name) => (url.searchParams.get(name) ?? '').trim() !== '');
}

let reading: AbortController | undefined;

/** Reads the whole catalogue from this page and stores it, saying on the page how it went. */
export async function readAndStoreItemCatalog(signal?: AbortSignal): Promise<void> {
  if (reading) return;
  const first = readItemCatalogPage(document, new URL(location.href));
  // A page still loading its first screen is waited for by the reader, not called unreadable.
  if (first.kind === 'unrecognised' && !saysLoading(document.body ?? document.documentElement)) {
    toast(t('catalogueUnreadable'), itemCatalogProblemText(first.reason));
    return;
  }
  reading = new AbortController();
  const stop = reading;
  signal?.addEventListener('abort', () => stop.abort());
  toast(t('catalogueReading'), undefined, [{ label: t('catalogueStop'), run: () => stop.abort() }]);
  try {
    const result = await readWholeItemCatalog(document, window, { signal: stop.signal });
    if (result.items.length === 0) {
      toast(t('catalogueUnreadable'), result.reason && itemCatalogProblemText(result.reason));
      return;
    }
    const saved = await sendMessage({ type: 'itemCatalog.save', catalogue: { items: result.items, complete: result.complete, skipped: result.skipped } });
    const detail = result.complete || !result.reason ? undefined : t('cataloguePartial', [itemCatalogProblemText(result.reason)]);
    toast(t('catalogueSaved', [saved.itemCount]), detail);
  } catch (error) {
    toast(t('catalogueNotSaved'), error instanceof Error ? error.message : String(error));
  } finally {
    reading = undefined;
  }
}

/** On arriving at the catalogue: read it when what is stored is missing, old or partial. */
export async function syncItemCatalog(signal: AbortSignal): Promise<void> {
  if (isFilteredView(new URL(location.href))) return;
  const status = await sendMessage({ type: 'itemCatalog.status' });
  if (signal.aborted || (status && !status.stale && status.complete)) return;
  await readAndStoreItemCatalog(signal);
}
