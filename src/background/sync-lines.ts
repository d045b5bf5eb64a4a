/**
 * What a portal sync changed, in the user's language: the domain says which sentence and with what
 * (syncMessages), the words come from _locales like every other string.
 */
import { syncMessages, type PortalSyncPlan, type SyncMessage } from '../domain/portal-sync';
import { extensionApi } from '../extension-api';
import { STATUS_KEY } from '../ui/labels';

const t = (key: string, substitutions: string[]) => extensionApi().i18n.getMessage(key, substitutions);

function day(iso: string): string {
  return new Intl.DateTimeFormat(extensionApi().i18n.getUILanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

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

export function syncLines(plan: PortalSyncPlan): string[] {
  return syncMessages(plan).map(line);
}
