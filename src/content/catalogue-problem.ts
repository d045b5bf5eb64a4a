/** A CatalogueProblem in the user's language (_locales), for the toast on the catalogue page. */
import type { CatalogueProblem } from '../capture/ce-portal/catalogue';
import { extensionApi } from '../extension-api';

const getMessage = (key: string, substitutions: number[] = []) => extensionApi().i18n.getMessage(key, substitutions.map(String));

export function catalogueProblemText(problem: CatalogueProblem): string {
  switch (problem.code) {
    case 'not-portal':
      return getMessage('catalogueProblemNotPortal');
    case 'empty':
      return getMessage('catalogueProblemEmpty');
    case 'no-list':
      return getMessage('catalogueProblemNoList');
    case 'failed':
      return getMessage('catalogueProblemFailed');
    case 'stopped':
      return getMessage('catalogueProblemStopped');
    case 'rows-unreadable':
      return getMessage('catalogueProblemRows', [problem.rows]);
    case 'max-pages':
      return getMessage('catalogueProblemMaxPages', [problem.pages]);
    case 'max-time':
      return getMessage('catalogueProblemMaxTime', [problem.seconds]);
    case 'next-page-timeout':
      return getMessage('catalogueProblemNextPage', [problem.seconds]);
    case 'fewer-than-stated':
      return getMessage('catalogueProblemFewer', [problem.stated, problem.found]);
  }
}
