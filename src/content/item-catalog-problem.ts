/** A ItemCatalogProblem in the user's language (_locales), for the toast on the catalogue page. */
import type { ItemCatalogProblem } from '../capture/ce-portal/item-catalog';
import { t } from '../text/i18n';


export function itemCatalogProblemText(problem: ItemCatalogProblem): string {
  switch (problem.code) {
    case 'not-portal':
      return t('catalogueProblemNotPortal');
    case 'empty':
      return t('catalogueProblemEmpty');
    case 'no-list':
      return t('catalogueProblemNoList');
    case 'failed':
      return t('catalogueProblemFailed');
    case 'stopped':
      return t('catalogueProblemStopped');
    case 'rows-unreadable':
      return t('catalogueProblemRows', [problem.rows]);
    case 'max-pages':
      return t('catalogueProblemMaxPages', [problem.pages]);
    case 'max-time':
      return t('catalogueProblemMaxTime', [problem.seconds]);
    case 'next-page-timeout':
      return t('catalogueProblemNextPage', [problem.seconds]);
    case 'fewer-than-stated':
      return t('catalogueProblemFewer', [problem.stated, problem.found]);
  }
}
