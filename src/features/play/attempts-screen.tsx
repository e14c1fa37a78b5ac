import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary } from './use-library';
import type { AttemptRecord } from '../../records/attempt-record';
import { buildResultFile } from '../../records/result-file';
import { listAttempts } from './attempts-data';
import { SetAsideList } from './set-aside-list';
import { useAsync } from '../../ui/use-async';
// Its own chunk: the import screen (and the worker it starts) load when the attempts screen does.
const ImportResults = lazy(() =>
  import('./import-results').then((m) => ({ default: m.ImportResults })),
);

/** Past attempts; the result file to download or share; import of a result file, re-scored from its log. */
export function AttemptsScreen() {
  const { t, i18n } = useTranslation('play');
  const [attempts] = useAsync(listAttempts, []);
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const list = attempts.status === 'ready' ? attempts.value.attempts : [];
  const finished = list.filter((a) => a.endedAt);
  const library = useLibrary();
  const titleOf = (id: string) => library?.find((l) => l.id === id)?.title[lang] ?? id;

  const fileFor = (records: AttemptRecord[]) => {
    const body = JSON.stringify(buildResultFile(records, new Date().toISOString()), null, 2);
    const name = `acompana-${records.length === 1 ? records[0]!.scenario.id : 'results'}-${new Date().toISOString().slice(0, 10)}.json`;
    return new File([body], name, { type: 'application/json' });
  };
  const download = (records: AttemptRecord[]) => {
    const file = fileFor(records);
    const url = URL.createObjectURL(file);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.click();
    // Some browsers cancel a download whose URL is revoked at once.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const canShare = typeof navigator.canShare === 'function';
  const share = async (records: AttemptRecord[]) => {
    const file = fileFor(records);
    if (navigator.canShare?.({ files: [file] }))
      await navigator
        .share({ files: [file], title: t('attempts.shareTitle') })
        .catch(() => undefined);
    else download(records);
  };
  return (
    <div className="attempts">
      <h1>{t('attempts.title')}</h1>
      {list.length === 0 ? (
        <p>{t('attempts.none')}</p>
      ) : (
        <ul className="attempt-list">
          {list.map((a) => (
            <li key={a.attemptId} data-testid="attempt-row">
              <strong>{titleOf(a.scenario.id)}</strong> ·{' '}
              {new Date(a.startedAt).toLocaleString(i18n.language === 'es' ? 'es-MX' : 'en')} ·{' '}
              {t(`mode.${a.mode}`)} ·{' '}
              {a.endedAt ? (
                <>
                  {a.claimed
                    ? t('attempts.score', { score: Math.round(a.claimed.score * 100) })
                    : ''}{' '}
                  <a href={`#/debrief/${a.attemptId}`}>{t('attempts.openDebrief')}</a>{' '}
                  <button type="button" onClick={() => download([a])}>
                    {t('attempts.download')}
                  </button>
                </>
              ) : (
                <a href={`#/play/${a.attemptId}`}>{t('attempts.resume')}</a>
              )}
            </li>
          ))}
        </ul>
      )}
      {finished.length > 0 && (
        <div className="actions">
          <button type="button" onClick={() => download(finished)} data-testid="download-all">
            {t('attempts.downloadAll')}
          </button>
          {canShare && (
            <button type="button" onClick={() => void share(finished)}>
              {t('attempts.share')}
            </button>
          )}
        </div>
      )}
      <SetAsideList titleOf={titleOf} />
      <section aria-labelledby="import-heading" className="import">
        <h2 id="import-heading">{t('attempts.importHeading')}</h2>
        <p>{t('attempts.importHelp')}</p>
        <Suspense fallback={null}>
          <ImportResults titleOf={titleOf} />
        </Suspense>
      </section>
    </div>
  );
}
