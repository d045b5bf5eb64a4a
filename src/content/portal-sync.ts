/**
 * The portal's dashboard: its claims table and certifications go to the background, which moves records along
 * (Pending -> Earned) and updates expiry dates; the page then says what changed, in the toast.
 */
import { readCePortalDashboard } from '../capture/ce-portal/dashboard';
import { extensionApi } from '../extension-api';
import { sendMessage } from '../send-message';
import { showToast } from './toast';

const t = (key: string, substitutions?: string[]) => extensionApi().i18n.getMessage(key, substitutions);

/** True once this page's dashboard has been read (the page watch then stops looking). */
export function syncDashboard(signal: AbortSignal): boolean {
  const dashboard = readCePortalDashboard(document, new URL(location.href));
  // Not the dashboard, or still rendering its claims: keep watching.
  if (!dashboard || (dashboard.claimsState === 'unreadable' && dashboard.certifications.length === 0)) return false;
  void sendMessage({ type: 'portal.sync', dashboard })
    .then(({ lines, changed }) => {
      if (signal.aborted || changed === 0) return;
      showToast({ heading: t('portalSynced'), detail: lines.join(' · '), dismissLabel: t('dismiss'), regionLabel: t('toastRegion') });
    })
    .catch((error: unknown) => console.warn('Recert Companion: the portal dashboard could not be read', error));
  return true;
}
