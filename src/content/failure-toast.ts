/** The toast that says a save or a request failed: shared by the capture script and its finish offer. */
import { MessageError } from '../send-message';
import { t } from '../text/i18n';
import { showToast } from './toast';

/** A save or a request that failed: the reason the background or the browser gave, under what it was about. */
export function failed(error: unknown, detail: string, headingKey = 'toastFailed'): void {
  const reason = error instanceof MessageError || error instanceof Error ? error.message : String(error);
  showToast({ dismissLabel: t('dismiss'), regionLabel: t('toastRegion'), heading: t(headingKey, [reason]), detail });
}
