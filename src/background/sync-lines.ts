/**
 * What a portal sync changed, in the user's language: the domain says which sentence and with what
 * (syncMessages), the words come from _locales like every other string.
 */
import { syncMessages, type CePortalSyncPlan, type SyncMessage } from '../domain/ce-portal-sync';
import { formatDate } from '../text/format';
import { t, uiLanguage } from '../text/i18n';
import { STATUS_KEY } from '../text/labels';

const day = (iso: string) => formatDate(iso, uiLanguage());

function line(message: SyncMessage): string {
  switch (message.key) {
    case 'expiresChanged':
      return t('syncExpiresChanged', [message.name, day(message.date)]);
    case 'earnedSet':
      return t('syncEarnedSet', [message.name, day(message.date)]);
    case 'renewed':
      return t('syncRenewed', [message.name, day(message.date)]);
    case 'creditsChanged':
      return t('syncCreditsChanged', [message.title, String(message.credits ?? '')]);
    case 'statusChanged':
    case 'statusAndCreditsChanged': {
      const from = t(STATUS_KEY[message.from], []);
      const to = t(STATUS_KEY[message.to], []);
      return message.key === 'statusChanged' ? t('syncStatusChanged', [message.title, from, to]) : t('syncStatusAndCreditsChanged', [message.title, from, to, String(message.credits ?? '')]);
    }
  }
}

export function syncLines(plan: CePortalSyncPlan): string[] {
  return syncMessages(plan).map(line);
}
