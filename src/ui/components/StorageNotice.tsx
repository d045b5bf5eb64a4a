import { useEffect, useState } from 'preact/hooks';
import { roomForAutoAttach, type StorageFigures } from '../../domain/storage-room';
import { sendMessage } from '../../send-message';
import { formatSize } from '../../text/format';
import { t } from '../../text/i18n';
import './storage-notice.css';

const MB = 1024 * 1024;

/** The figures to show when pages' PDFs are no longer kept on their own for want of room, else undefined. */
async function fullFigures(): Promise<Required<StorageFigures> | undefined> {
  const [figures, settings] = await Promise.all([navigator.storage?.estimate?.().catch(() => undefined), sendMessage({ type: 'settings.get' })]);
  if (!settings.autoAttachPdf || roomForAutoAttach(figures, settings.maxPdfMegabytes * MB) !== 'full') return undefined;
  return { usage: figures?.usage ?? 0, quota: figures?.quota ?? 0 };
}

/**
 * Said where the user looks (the popup, the dashboard's records) when the background has stopped asking pages for
 * their certificate PDFs because storage is nearly full (domain/storage-room.ts); nothing is shown otherwise.
 */
export function StorageNotice() {
  const [full, setFull] = useState<Required<StorageFigures>>();
  useEffect(() => void fullFigures().then(setFull, () => setFull(undefined)), []);
  if (!full) return null;
  // Plain text, not a live region: it is there when the page opens, and read in its place.
  return (
    <p class="storage-notice" data-storage-notice>
      {t('storageFullNotice', [formatSize(full.usage), formatSize(full.quota)])}
    </p>
  );
}
