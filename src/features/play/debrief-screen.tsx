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
import { loadTrend } from './debrief-trend';
import { startReplay } from './replay-attempt';
import { usePageTitle } from '../../ui/use-page-title';

export function DebriefScreen({ attemptId }: { attemptId: string }) {
  const { t, i18n } = useTranslation('play');
  const { t: tc } = useTranslation('common');
  const { t: td } = useTranslation('debrief');
  usePageTitle(t('screenTitle.debrief'));
  const [state] = useAsync(() => loadScoredAttempt(attemptId), [attemptId]);
  // The trend is extra: if it cannot be read, the debrief shows without it.
  const loaded = state.status === 'ready' ? state.value?.record : undefined;
  const [trend] = useAsync(
    () => (loaded ? loadTrend(loaded) : Promise.resolve(undefined)),
    [loaded],
  );
  const [startFailed, setStartFailed] = useState<StorageProblem | undefined>();
  const [replayFailed, setReplayFailed] = useState<StorageProblem | undefined>();
  if (state.status === 'loading') return <p role="status">{t('player.loading')}</p>;
  if (state.status === 'failed' || !state.value) return <p role="alert">{t('player.missing')}</p>;
  const { record, result } = state.value;
  const lang = languageTag(i18n.language === 'es' ? 'es' : 'en');
  const tryAgain = async () => {
    const profile = await loadProfile();
    const entry = (await loadLibrary()).find((l) => l.id === record.scenario.id);
    if (!entry || !profile || !result.ok) return navigate({ name: 'home' });
    try {
      const next = await startAttempt(entry, record.mode, profile, lang);
      navigate({ name: 'play', attemptId: next.attemptId });
    } catch (e) {
      setStartFailed(storageProblemOf(e));
    }
  };
  // Practice only: an assessed attempt is not a rehearsal, and the replay is a practice attempt.
  const replay =
    record.mode === 'practice'
      ? async (index: number) => {
          const profile = await loadProfile();
          if (!profile) return navigate({ name: 'home' });
          try {
            const next = await startReplay(record, index, profile, lang);
            navigate({ name: 'play', attemptId: next.attemptId });
          } catch (e) {
            setReplayFailed(storageProblemOf(e));
          }
        }
      : undefined;
  return (
    <Debrief
      scored={state.value}
      trend={trend.status === 'ready' ? trend.value : undefined}
      onReplay={replay && ((i) => void replay(i))}
      actions={
        <>
          {record.endedAt && <DurableStorageNote />}
          {replayFailed && (
            <p className="error" role="alert" data-testid="replay-failed">
              {td('replay.failed', { reason: storageProblemText(replayFailed, tc) })}
            </p>
          )}
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
