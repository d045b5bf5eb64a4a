/** A renewal path in words, from its numbers: "40 CE + 1 exam", "2 exams", "80 CE". */
import type { PathProgress } from '../domain/progress';
import type { CreditUnit } from '../domain/schema';
import { formatNumber } from './format';
import { t } from './i18n';
import { UNIT_KEY } from './labels';

function exams(n: number): string {
  return n === 1 ? t('examsOne') : t('examsMany', [n]);
}

export function pathName(path: PathProgress, unit: CreditUnit): string {
  const credits = `${formatNumber(path.creditsRequired)} ${t(UNIT_KEY[unit])}`;
  if (path.examsRequired === 0) return credits;
  if (path.creditsRequired === 0) return exams(path.examsRequired);
  return t('pathCreditsAndExams', [credits, exams(path.examsRequired)]);
}

/** Where a path stands: "40/40 CE, 0/1 exam". */
export function pathStanding(path: PathProgress, unit: CreditUnit): string {
  const parts: string[] = [];
  if (path.creditsRequired > 0) parts.push(`${formatNumber(Math.min(path.creditsCounted, path.creditsRequired))}/${formatNumber(path.creditsRequired)} ${t(UNIT_KEY[unit])}`);
  if (path.examsRequired > 0) parts.push(t('examsOf', [path.examsCounted, path.examsRequired]));
  return parts.join(', ');
}
