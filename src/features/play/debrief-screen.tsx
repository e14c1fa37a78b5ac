import { useTranslation } from 'react-i18next';
import { loadLibrary } from '../../content/library';
import { languageTag } from '../../i18n/init';
import { navigate } from '../../ui/routes';
import { useAsync } from '../../ui/use-async';
import { Debrief } from '../../views/debrief/debrief';
import { loadScoredAttempt } from './use-attempt-score';
import { startAttempt } from './start-attempt';
import { loadProfile } from './profile';
import { DurableStorageNote } from './durable-storage-note';
import { storageProblemOf, type StorageProblem } from '../../records/storage-problem';
import { storageProblemText } from '../../views/storage-problem-text';
import { useState } from 'react';
import { usePageTitle } from '../../ui/use-page-title';

export function DebriefScreen({ attemptId }: { attemptId: string }) {
  const { t, i18n } = useTranslation('play');
  const { t: tc } = useTranslation('common');
  usePageTitle(t('screenTitle.debrief'));
  const [state] = useAsync(() => loadScoredAttempt(attemptId), [attemptId]);
  const [startFailed, setStartFailed] = useState<StorageProblem | undefined>();
  if (state.status === 'loading') return <p role="status">{t('player.loading')}</p>;
  if (state.status === 'failed' || !state.value) return <p role="alert">{t('player.missing')}</p>;
  const { record, result } = state.value;
  const tryAgain = async () => {
    const profile = await loadProfile();
    const entry = (await loadLibrary()).find((l) => l.id === record.scenario.id);
    if (!entry || !profile || !result.ok) return navigate({ name: 'home' });
    try {
      const next = await startAttempt(
        entry,
        record.mode,
        profile,
        languageTag(i18n.language === 'es' ? 'es' : 'en'),
      );
      navigate({ name: 'play', attemptId: next.attemptId });
    } catch (e) {
      setStartFailed(storageProblemOf(e));
    }
  };
  return (
    <Debrief
      scored={state.value}
      actions={
        <>
          {record.endedAt && <DurableStorageNote />}
          {startFailed && (
            <p className="error" role="alert" data-testid="start-failed">
              {t('module.startFailed', { reason: storageProblemText(startFailed, tc) })}
            </p>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => void tryAgain()}
            data-testid="try-again"
          >
            {t('debrief.tryAgain')}
          </button>
          <a className="button" href="#/attempts">
            {t('debrief.toAttempts')}
          </a>
          <a className="button" href="#/">
            {t('player.home')}
          </a>
        </>
      }
    />
  );
}
