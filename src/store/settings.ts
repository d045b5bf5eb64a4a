/** User settings: one validated document; missing or outdated fields fall back to the defaults. */
import { Settings } from '../domain/schema';
import type { Database } from './db';

const KEY = 'settings';

export async function getSettings(db: Database): Promise<Settings> {
  const stored = await db.get('settings', KEY);
  const parsed = Settings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function saveSettings(db: Database, settings: Settings): Promise<Settings> {
  const valid = Settings.parse(settings);
  await db.put('settings', valid, KEY);
  return valid;
}
