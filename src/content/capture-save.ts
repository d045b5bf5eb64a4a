/**
 * A capture a content script read on its own, sent to the background and confirmed with the toast: Undo, Edit,
 * and the certificate PDF fetched from the page when the background asks for it. Shared by the portals' capture
 * script and the taught sites' reader.
 */
import type { Capture } from '../domain/schema';
import { sendMessage, sendMessageRetrying } from '../send-message';
import { countKey } from '../ui/i18n';
import { attachCertificate, type CertificateLinkFinder } from './certificate-attach';
import { showToast } from './toast';
import { failed, t, toastChrome } from './toast-words';

/** What makes two captures on one page the same activity: its code, else its title and end date. */
export function captureKey(capture: Capture): string {
  return capture.certificateCode ?? `${capture.title}|${capture.endDate ?? ''}`;
}

function describe(capture: Capture): string {
  if (capture.credits === undefined) return capture.title;
  // The unit's message key as ui/labels.ts's UNIT_KEY names it (unitCE, unitCEU, ...): that module's other maps stay out of this bundle.
  const unit = t(`unit${capture.creditUnit ?? 'CE'}`);
  const credits = t(countKey(capture.credits, { oneKey: 'creditsWithUnitOne', otherKey: 'creditsWithUnit' }), [String(capture.credits), unit]);
  return `${capture.title} · ${credits}`;
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
    const heading = { added: 'toastSaved', updated: 'toastUpdated', unchanged: 'toastAlreadySaved' }[result.outcome];
    const token = result.undoToken;
    showToast({
      ...toastChrome(),
      heading: t(heading),
      detail: describe(capture),
      actions: [
        ...(token
          ? [
              {
                label: t('undo'),
                run: async () => {
                  try {
                    const undone = await sendMessage({ type: 'capture.undo', token });
                    showToast({ ...toastChrome(), heading: t(undone.restored === 'removed' ? 'toastUndone' : 'toastReverted'), detail: capture.title });
                  } catch (error) {
                    failed(error, capture.title, 'toastUndoFailed');
                  }
                },
              },
            ]
          : []),
        { label: t('edit'), run: () => edit(result.record.id).then(() => undefined) },
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
