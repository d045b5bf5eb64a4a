/**
 * Content script on the learning portals in manifest.json: runs the adapters that serve this URL, sends
 * each capture to the background and confirms it with a toast. Portals are single-page apps, so it looks
 * again (debounced) when the page changes, and captures each activity once per page.
 */
import browser from 'webextension-polyfill';
import type { Capture } from '../domain/schema';
import { adapters } from '../capture/adapters';
import { matchesAny } from '../capture/match-pattern';
import { MessageError, sendMessage } from '../send-message';
import { countKey } from '../ui/i18n';
import { UNIT_KEY } from '../ui/labels';
import { showToast } from './toast';

const RESCAN_DELAY_MS = 400;
const t = (key: string, substitutions?: string[]) => browser.i18n.getMessage(key, substitutions);

const capturedOnThisPage = new Set<string>();
let lastHref = location.href;

function captureKey(capture: Capture): string {
  return capture.certificateCode ?? `${capture.title}|${capture.endDate ?? ''}`;
}

function describe(capture: Capture): string {
  if (capture.credits === undefined) return capture.title;
  const unit = t(UNIT_KEY[capture.creditUnit ?? 'CE']);
  const credits = t(countKey(capture.credits, { oneKey: 'creditsWithUnitOne', otherKey: 'creditsWithUnit' }), [String(capture.credits), unit]);
  return `${capture.title} · ${credits}`;
}

const toastChrome = () => ({ dismissLabel: t('dismiss'), regionLabel: t('toastRegion') });

async function save(capture: Capture): Promise<void> {
  try {
    const result = await sendMessage({ type: 'capture.save', capture });
    const heading = { added: 'toastSaved', updated: 'toastUpdated', unchanged: 'toastAlreadySaved' }[result.outcome];
    const token = result.undoToken;
    showToast({
      ...toastChrome(),
      heading: t(heading),
      detail: describe(capture),
      action: token
        ? {
            label: t('undo'),
            run: async () => {
              const undone = await sendMessage({ type: 'capture.undo', token });
              showToast({ ...toastChrome(), heading: t(undone.restored === 'removed' ? 'toastUndone' : 'toastReverted'), detail: capture.title });
            },
          }
        : undefined,
    });
  } catch (error) {
    capturedOnThisPage.delete(captureKey(capture));
    const reason = error instanceof MessageError || error instanceof Error ? error.message : String(error);
    showToast({ ...toastChrome(), heading: t('toastFailed', [reason]), detail: capture.title });
  }
}

function scan(): void {
  if (location.href !== lastHref) {
    lastHref = location.href;
    capturedOnThisPage.clear();
  }
  const url = new URL(location.href);
  for (const adapter of adapters) {
    if (!matchesAny(adapter.matches, url) || !adapter.detect(document, url)) continue;
    for (const capture of adapter.extract(document, url)) {
      const key = captureKey(capture);
      if (capturedOnThisPage.has(key)) continue;
      capturedOnThisPage.add(key);
      void save(capture);
    }
  }
}

let pending: number | undefined;
function scheduleScan(): void {
  window.clearTimeout(pending);
  pending = window.setTimeout(scan, RESCAN_DELAY_MS);
}

if (adapters.some((adapter) => matchesAny(adapter.matches, location.href))) {
  scan();
  new MutationObserver((mutations) => {
    // Our own toast going in or out is not a page change.
    if (mutations.every((m) => [...m.addedNodes, ...m.removedNodes].every((n) => n.nodeName === 'RECERT-COMPANION-TOAST'))) return;
    scheduleScan();
  }).observe(document.documentElement, { childList: true, subtree: true });
}
