/** The toast's words, from the extension's messages: shared by the capture script and its finish offer. */
import { extensionApi } from '../extension-api';
import { MessageError } from '../send-message';
import { showToast } from './toast';

export const t = (key: string, substitutions?: string[]) => extensionApi().i18n.getMessage(key, substitutions);

export const toastChrome = () => ({ dismissLabel: t('dismiss'), regionLabel: t('toastRegion') });

/** A save or a request that failed: the reason the background or the browser gave, under what it was about. */
export function failed(error: unknown, detail: string, headingKey = 'toastFailed'): void {
  const reason = error instanceof MessageError || error instanceof Error ? error.message : String(error);
  showToast({ ...toastChrome(), heading: t(headingKey, [reason]), detail });
}
