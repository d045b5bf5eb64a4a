import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../../text/format';
import { t } from '../../text/i18n';

interface Status {
  usedBytes?: number;
  persisted?: boolean;
}

/** What the browser may do with the data: keep it whatever happens (persistent), or clear it when space runs low. */
async function readStatus(): Promise<Status> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage) return {};
  const [estimate, persisted] = await Promise.all([storage.estimate?.().catch(() => undefined), storage.persisted?.().catch(() => undefined)]);
  return { usedBytes: estimate?.usage, persisted };
}

/** Storage used, whether the browser keeps it for good, and a way to ask it to. */
export function StorageStatus() {
  const [status, setStatus] = useState<Status>({});
  const [refused, setRefused] = useState(false);
  useEffect(() => void readStatus().then(setStatus), []);

  const ask = async () => {
    const granted = await navigator.storage.persist().catch(() => false);
    setRefused(!granted);
    setStatus(await readStatus());
  };

  const megabytes = status.usedBytes === undefined ? undefined : formatNumber(Math.max(0.1, status.usedBytes / (1024 * 1024)));
  return (
    <div class="storage-status" role="group" aria-labelledby="storage-heading">
      <p id="storage-heading" class="legend-like">
        {t('storageHeading')}
      </p>
      {megabytes !== undefined ? <p>{t('storageUsed', [megabytes])}</p> : null}
      {status.persisted === true ? <p>{t('storagePersistent')}</p> : null}
      {status.persisted === false ? (
        <>
          <p>{t('storageNotPersistent')}</p>
          <button type="button" class="button" onClick={() => void ask()}>
            {t('storageAskPersist')}
          </button>
          {refused ? <p role="status">{t('storagePersistRefused')}</p> : null}
        </>
      ) : null}
    </div>
  );
}
