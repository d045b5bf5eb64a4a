/**
 * A capture a content script read on its own, sent to the background and confirmed with the toast: Undo, Edit,
 * and the certificate PDF fetched from the page when the background asks for it. Shared by the sites' capture
 * script and the taught sites' reader.
 */
import type { Capture } from '../domain/schema';
import { sendMessage, sendMessageRetrying } from '../send-message';
import { attachCertificate, type CertificateLinkFinder } from './certificate-attach';
import { showToast } from './toast';
import { failed } from './failure-toast';

/** What makes two captures on one page the same activity: its code, else its title and end date. */
export function captureKey(capture: Capture): string {
  return capture.certificateCode ?? `${capture.title}|${capture.endDate ?? ''}`;
}

/**
 * `onFailed`: the save failed, and the caller may try this capture again on its next look. `findCertificateLink`:
 * where this page's certificate is, when the site's own finder knows better than the generic one. `edit`: what the
 * toast's Edit does (a taught site's sends its page along).
 */
export async function saveWithToast(
  capture: Capture,
  signal: AbortSignal,
  onFailed: () => void,
  findCertificateLink?: CertificateLinkFinder,
  edit: (recordId: string) => Promise<unknown> = (recordId) => sendMessage({ type: 'capture.edit', recordId }),
): Promise<void> {
  try {
    const result = await sendMessageRetrying({ type: 'capture.save', capture });
    // The user has moved on to another page of the app: this toast would describe the wrong page.
    if (signal.aborted) return;
    // The words come with the reply: looking them up here would load the browser's message catalogue on the page's thread.
    const words = result.toast;
    const chrome = { dismissLabel: words.dismiss, regionLabel: words.region };
    const token = result.undoToken;
    showToast({
      ...chrome,
      heading: words.heading,
      detail: words.detail,
      actions: [
        ...(token
          ? [
              {
                label: words.undo,
                run: async () => {
                  try {
                    const undone = await sendMessage({ type: 'capture.undo', token });
                    showToast({ ...chrome, heading: undone.restored === 'removed' ? words.undone : words.reverted, detail: capture.title });
                  } catch (error) {
                    failed(error, capture.title, 'toastUndoFailed');
                  }
                },
              },
            ]
          : []),
        { label: words.edit, run: () => edit(result.record.id).then(() => undefined) },
      ],
    });
    if (result.attachPdf) {
      const { maxBytes } = result.attachPdf;
      attachCertificate(result.record.id, maxBytes, signal, findCertificateLink).catch((error: unknown) => console.warn('Recert Companion: the certificate PDF could not be kept', error));
    }
  } catch (error) {
    onFailed();
    if (!signal.aborted) failed(error, capture.title);
  }
}
