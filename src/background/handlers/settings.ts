/** The dashboard's settings (protocol/settings.ts). */
import type { settingsMessages } from '../../protocol/settings';
import { getSettings, saveSettings } from '../../store/settings';
import type { Handlers, TypesOf } from './handler';

export const settingsHandlers: Handlers<TypesOf<typeof settingsMessages>> = {
  'settings.get': async (_message, { db }) => getSettings(await db()),
  'settings.save': async (message, { db }) => saveSettings(await db(), message.settings),
};
