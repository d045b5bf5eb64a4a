/** A renewal path in words, from its numbers: "40 CE + 1 exam", "2 exams", "80 CE". */
import type { PathProgress } from '../domain/progress';
import type { CreditUnit, ExamKind } from '../domain/schema';
import { formatNumber } from '../text/format';
import { t } from '../text/i18n';
import { EXAM_PHRASE_KEY, UNIT_KEY } from '../text/labels';

/** "technology core", "professional" (core or concentration), or "qualifying" for a wider choice. */
function kindsText(kinds: readonly ExamKind[]): string {
  if (kinds.length === 1) return t(EXAM_PHRASE_KEY[kinds[0]!]);
  const professional = kinds.every((k) => k === 'professional-concentration' || k === 'technology-core');
  return professional ? t('examPhraseProfessional') : t('examPhraseQualifying');
}

function exams(path: PathProgress): string {
  return examsText(path.examRequirements);
}

/** Exam requirements in words: "1 CCT exam", "2 concentration exams + 1 technology core exam", "1 820-605 exam". */
export function examsText(requirements: PathProgress['examRequirements']): string {
  return requirements
    .map((r) => {
      // An exam named by its code (Customer Success Manager: 820-605) is written as its code.
      const which = r.kinds.length > 0 ? kindsText(r.kinds) : r.codes.join(' / ');
      return r.count === 1 ? t('examOfKind', [which]) : t('examsOfKind', [r.count, which]);
    })
    .join(' + ');
}

export function pathName(path: PathProgress, unit: CreditUnit): string {
  const credits = `${formatNumber(path.creditsRequired)} ${t(UNIT_KEY[unit])}`;
  if (path.examsRequired === 0) return credits;
  if (path.creditsRequired === 0) return exams(path);
  return t('pathCreditsAndExams', [credits, exams(path)]);
}

/** Where a path stands: "40/40 CE, 0/1 exam". */
export function pathStanding(path: PathProgress, unit: CreditUnit): string {
  const parts: string[] = [];
  if (path.creditsRequired > 0) parts.push(`${formatNumber(Math.min(path.creditsCounted, path.creditsRequired))}/${formatNumber(path.creditsRequired)} ${t(UNIT_KEY[unit])}`);
  if (path.examsRequired > 0) parts.push(t('examsOf', [path.examsCounted, path.examsRequired]));
  return parts.join(', ');
}
