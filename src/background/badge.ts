/** The toolbar badge: how many records are captured but not yet submitted. */
import browser from 'webextension-polyfill';
import type { Database } from '../store/db';
import { countRecordsByStatus } from '../store/records';
import { getSettings } from '../store/settings';

export function badgeText(capturedCount: number, enabled: boolean): string {
  if (!enabled || capturedCount <= 0) return '';
  return capturedCount > 99 ? '99+' : String(capturedCount);
}

export async function refreshBadge(db: Database): Promise<void> {
  const [count, settings] = await Promise.all([countRecordsByStatus(db, 'captured'), getSettings(db)]);
  const text = badgeText(count, settings.badgeEnabled);
  await browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' });
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({
    title: text ? browser.i18n.getMessage('badgeTitle', [String(count)]) : browser.i18n.getMessage('actionTitle'),
  });
}
