import { t } from '../../text/i18n';
import './notice.css';

export interface Notice {
  message: string;
  /** Puts back what was just removed; absent when there is nothing to undo. */
  undo?: () => void;
}

export const UNDO_BUTTON_ID = 'notice-undo';

/**
 * What just happened ("CCNP Enterprise removed."), with Undo where it applies. The status line stays in the
 * page while empty so that screen readers announce each new message; the buttons sit beside it, outside the
 * live region, so only the message is read out. It stays until dismissed or replaced: no timer to race.
 */
export function NoticeBar({ notice, onDismiss }: { notice?: Notice; onDismiss: () => void }) {
  return (
    <div class={`notice${notice ? ' shown' : ''}`}>
      <p class="notice-text" role="status" aria-live="polite">
        {notice?.message ?? ''}
      </p>
      {notice?.undo ? (
        <button type="button" class="button notice-undo" id={UNDO_BUTTON_ID} onClick={notice.undo}>
          {t('undo')}
        </button>
      ) : null}
      {notice ? (
        <button type="button" class="notice-dismiss" aria-label={t('dismiss')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </div>
  );
}
