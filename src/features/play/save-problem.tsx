import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageProblem } from '../../records/storage-problem';
import { storageProblemText } from '../../views/storage-problem-text';

type Props = {
  problem: StorageProblem | undefined;
  /** The last step of the attempt is among what is not saved: the debrief waits for it. */
  lastStep: boolean;
  onRetry: () => Promise<boolean>;
  onDownload: () => void;
};

/**
 * The "progress is not being saved" state (review H1): said at once (role=alert), with the reason,
 * a retry and a download of the attempt so far. After a successful retry it says so once.
 */
export function SaveProblem({ problem, lastStep, onRetry, onDownload }: Props) {
  const { t } = useTranslation('play');
  const { t: tc } = useTranslation('common');
  const [recovered, setRecovered] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!problem)
    return recovered ? (
      <p className="notice" role="status" data-testid="save-recovered">
        {t('save.savedAgain')}
      </p>
    ) : null;
  const canRetry = problem.kind !== 'conflict' && problem.kind !== 'closed-for-upgrade';
  return (
    <section
      className="notice save-problem"
      role="alert"
      aria-labelledby="save-problem-heading"
      data-testid="save-problem"
    >
      <h2 id="save-problem-heading">{t('save.notSaved')}</h2>
      <p>{storageProblemText(problem, tc)}</p>
      <p>{lastStep ? t('save.lastStep') : t('save.keepGoing')}</p>
      <div className="actions">
        {canRetry && (
          <button
            type="button"
            className="primary"
            disabled={busy}
            data-testid="save-retry"
            onClick={() => {
              setBusy(true);
              setRecovered(false);
              void onRetry().then((ok) => {
                setBusy(false);
                setRecovered(ok);
              });
            }}
          >
            {t('save.retry')}
          </button>
        )}
        {!canRetry && (
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {tc('reload')}
          </button>
        )}
        <button type="button" onClick={onDownload} data-testid="save-download">
          {t('save.download')}
        </button>
      </div>
    </section>
  );
}
