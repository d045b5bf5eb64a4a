/**
 * On the CE portal's Submit Items form, what the every-page script does: tell the background the form is here (it
 * injects the filler, ce-portal-fill.ts, when the user has chosen a record for this tab), else offer the in-page
 * button that opens the extension's chooser. The page never sees a list of records: the button only opens the chooser,
 * and it answers trusted clicks alone.
 */
import { sendMessage } from '../send-message';
import { t } from '../text/i18n';
import { button, openPanel } from './fill-panel';

function showLauncher(): void {
  const launch = button(t('fillLauncher'), () => void sendMessage({ type: 'fill.choose' }).catch((e: unknown) => console.warn('Recert Companion:', e)), 'primary launcher');
  openPanel(t('fillPanelLabel'), t('dismiss'), [launch], true);
}

/** The form is on this page: filled, when a record was chosen for this tab; else the chooser is offered. */
export function offerFill(signal: AbortSignal): void {
  sendMessage({ type: 'fill.formFound' })
    .then(({ filling }) => {
      if (!filling && !signal.aborted) showLauncher();
    })
    .catch((error: unknown) => console.warn('Recert Companion: the form could not be filled', error));
}
