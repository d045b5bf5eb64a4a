/**
 * The toast for a site page its adapter could not read but which shows a completion (completion-signals.ts):
 * "Finish capture" sends the page as it is now to the background, which opens the confirmation form on it
 * beside this tab; the whole reader runs there. capture.ts looks for it only on a page its adapter declined. Its
 * words come from the worker, like the saved capture's, so the page's main thread never loads the message catalogue.
 */
import { showsCompletion } from '../capture/completion-signals';
import { SNAPSHOT_LIMITS, snapshotPage } from '../capture/page-snapshot';
import type { OfferToastWords } from '../protocol/capture';
import { MessageError, sendMessage } from '../send-message';
import { t } from '../text/i18n';
import { offerToastWords } from '../text/toast-words';
import { hideToast, showToast } from './toast';
import { failed } from './failure-toast';

const MAX_DETAIL = 120;

function headingOf(doc: Document): string {
  const text = (doc.querySelector('main h1, h1')?.textContent ?? doc.title ?? '').replace(/\s+/g, ' ').trim();
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text;
}

/**
 * The offer's words from the worker; from the page's own lookup only when the worker did not answer. A worker that
 * refuses (this page may not ask) would refuse the capture too: then there is no offer.
 */
async function offerWords(): Promise<OfferToastWords | undefined> {
  try {
    return await sendMessage({ type: 'capture.offerWords' });
  } catch (error) {
    if (error instanceof MessageError && error.code !== 'no-reply') return undefined;
    return offerToastWords(t);
  }
}

/**
 * Looks at the page and, when it shows a completion, offers to finish the capture once the offer's words have come;
 * true when the page shows one. `stillWanted` is asked again then: a late capture of the page keeps its own toast.
 */
export function offerToFinish(signal: AbortSignal, stillWanted: () => boolean = () => true): boolean {
  if (signal.aborted || !showsCompletion(document)) return false;
  void offerWords().then((words) => {
    if (!words || signal.aborted || !stillWanted()) return;
    showToast({
      dismissLabel: words.dismiss,
      regionLabel: words.region,
      heading: words.heading,
      // What the page calls the course, as the saved toast shows a capture's title: page text, set as text only.
      detail: headingOf(document),
      actions: [
        {
          label: words.finish,
          // Once: the form is open beside the tab, so the offer goes (a second click would open a second form).
          run: () =>
            sendMessage({ type: 'capture.finish', page: snapshotPage(...SNAPSHOT_LIMITS) }).then(
              () => hideToast(),
              (error: unknown) => {
                if (!signal.aborted) failed(error, document.title);
              },
            ),
        },
      ],
    });
  });
  return true;
}
