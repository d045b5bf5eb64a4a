/**
 * The toolbar badge: how many records are captured but not yet submitted, or (a setting) how many credits the most
 * urgent certification still needs on its closest path.
 */
import browser from 'webextension-polyfill';
import { localToday } from '../domain/dates';
import type { ProgressReport } from '../domain/progress';
import type { Settings } from '../domain/schema';
import type { Database } from '../store/db';
import { countRecordsByStatus } from '../store/records';
import { getSettings } from '../store/settings';
import { progressReport } from './progress-report';

export interface BadgeContent {
  text: string;
  /** The tooltip: what the number means. */
  title: string;
}

/** A count as the badge has room for: nothing for zero, at most three characters. */
export function badgeText(count: number, enabled: boolean, ceiling = 99): string {
  if (!enabled || count <= 0) return '';
  const whole = Math.ceil(count);
  return whole > ceiling ? `${ceiling}+` : String(whole);
}

/** The primary certification's credits still needed on its closest path, with its unit and name; none when it is done or absent. */
export function creditsRemaining(report: ProgressReport): { credits: number; unit: string; name: string } | undefined {
  const cert = report.certifications.find((c) => c.certificationId === report.primaryId);
  const path = cert?.paths.find((p) => p.id === cert.bestPathId) ?? cert?.paths[0];
  if (!cert || !path || !cert.renewable || path.remaining <= 0) return undefined;
  return { credits: path.remaining, unit: cert.unit, name: cert.certification };
}

export function badgeContent(settings: Pick<Settings, 'badgeEnabled' | 'badgeShows'>, captured: number, report: ProgressReport | undefined, getMessage: (key: string, substitutions?: string[]) => string): BadgeContent {
  if (settings.badgeShows === 'credits-remaining') {
    const left = report ? creditsRemaining(report) : undefined;
    const text = left ? badgeText(left.credits, settings.badgeEnabled, 999) : '';
    return { text, title: text && left ? getMessage('badgeTitleCredits', [String(Math.ceil(left.credits)), left.unit, left.name]) : getMessage('actionTitle') };
  }
  const text = badgeText(captured, settings.badgeEnabled);
  return { text, title: text ? getMessage('badgeTitle', [String(captured)]) : getMessage('actionTitle') };
}

export async function refreshBadge(db: Database): Promise<void> {
  const settings = await getSettings(db);
  const [count, report] = await Promise.all([
    countRecordsByStatus(db, 'captured'),
    settings.badgeShows === 'credits-remaining' ? progressReport(db, localToday()) : Promise.resolve(undefined),
  ]);
  const { text, title } = badgeContent(settings, count, report, (key, subs) => browser.i18n.getMessage(key, subs));
  await browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' });
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({ title });
}
