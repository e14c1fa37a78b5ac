import { useTranslation } from 'react-i18next';
import { loadLibrary } from '../../content/library';
import { languageTag } from '../../i18n/init';
import { navigate } from '../../ui/routes';
import { useAsync } from '../../ui/use-async';
import { Debrief } from '../../views/debrief/debrief';
import { loadScoredAttempt } from './use-attempt-score';
import { startAttempt } from './start-attempt';
import { loadProfile } from './profile';

export function DebriefScreen({ attemptId }: { attemptId: string }) {
  const { t, i18n } = useTranslation('play');
  const [state] = useAsync(() => loadScoredAttempt(attemptId), [attemptId]);
  if (state.status === 'loading') return <p role="status">{t('player.loading')}</p>;
  if (state.status === 'failed' || !state.value) return <p role="alert">{t('player.missing')}</p>;
  const { record, result } = state.value;
  const tryAgain = async () => {
    const profile = await loadProfile();
    const entry = (await loadLibrary()).find((l) => l.id === record.scenario.id);
    if (!entry || !profile || !result.ok) return navigate({ name: 'home' });
    const next = await startAttempt(
      entry,
      record.mode,
      profile,
      languageTag(i18n.language === 'es' ? 'es' : 'en'),
    );
    navigate({ name: 'play', attemptId: next.attemptId });
  };
  return (
    <Debrief
      scored={state.value}
      actions={
        <>
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
