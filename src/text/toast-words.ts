/**
 * The words of the toasts a portal's content script shows, made in the worker: the saved capture's, sent in
 * capture.save's reply, and the "Finish capture" offer's (capture.offerWords). A content script that looked them up
 * itself would pay for the browser's message catalogue (a synchronous load, ~12 ms) on the page's main thread.
 */
import type { Capture } from '../domain/schema';
import type { CaptureToastWords, OfferToastWords } from '../protocol/capture';
import { countKey } from './i18n';
import { UNIT_KEY } from './labels';
import type { SaveCaptureResult } from '../domain/records';

/** A message lookup (browser.i18n.getMessage): key and substitutions to text. */
export type MessageText = (key: string, substitutions?: string[]) => string;

const HEADING_KEY: Record<SaveCaptureResult['outcome'], string> = { added: 'toastSaved', updated: 'toastUpdated', unchanged: 'toastAlreadySaved' };

function describe(capture: Capture, t: MessageText): string {
  if (capture.credits === undefined) return capture.title;
  const unit = t(UNIT_KEY[capture.creditUnit ?? 'CE']);
  const credits = t(countKey(capture.credits, { oneKey: 'creditsWithUnitOne', otherKey: 'creditsWithUnit' }), [String(capture.credits), unit]);
  return `${capture.title} · ${credits}`;
}

export function captureToastWords(capture: Capture, outcome: SaveCaptureResult['outcome'], t: MessageText): CaptureToastWords {
  return {
    heading: t(HEADING_KEY[outcome]),
    detail: describe(capture, t),
    undo: t('undo'),
    edit: t('edit'),
    undone: t('toastUndone'),
    reverted: t('toastReverted'),
    dismiss: t('dismiss'),
    region: t('toastRegion'),
  };
}

export function offerToastWords(t: MessageText): OfferToastWords {
  return { heading: t('toastFinishHeading'), finish: t('finishCapture'), dismiss: t('dismiss'), region: t('toastRegion') };
}
