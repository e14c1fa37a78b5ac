import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary } from './use-library';
import type { AttemptRecord } from '../../records/attempt-record';
import { buildResultFile } from '../../records/result-file';
import { listAttempts, ownAttempts } from './attempts-data';
import { loadProfile } from './profile';
import { usePageTitle } from '../../ui/use-page-title';
import './attempts.css';
import { SetAsideList } from './set-aside-list';
import { useAsync } from '../../ui/use-async';
// Its own chunk: the import screen (and the worker it starts) load when the attempts screen does.
const ImportResults = lazy(() =>
  import('./import-results').then((m) => ({ default: m.ImportResults })),
);

async function loadOwn() {
  const [listing, profile] = await Promise.all([listAttempts(), loadProfile()]);
  return { ...listing, attempts: ownAttempts(listing.attempts, profile) };
}

/** Past attempts; the result file to download or share; import of a result file, re-scored from its log. */
export function AttemptsScreen() {
  const { t, i18n } = useTranslation('play');
  usePageTitle(t('attempts.title'));
  const [attempts] = useAsync(loadOwn, []);
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
        <AttemptList
          list={list}
          titleOf={titleOf}
          locale={i18n.language === 'es' ? 'es-MX' : 'en'}
          onDownload={(a) => download([a])}
        />
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

/**
 * One row per attempt (review item 13): module · date · mode · score · result · actions. A card
 * on a phone (each value with its label), one aligned row per attempt from 48rem, where the column
 * heads show once and the per-card labels are hidden visually (screen readers keep them).
 */
function AttemptList({
  list,
  titleOf,
  locale,
  onDownload,
}: {
  list: AttemptRecord[];
  titleOf: (id: string) => string;
  locale: string;
  onDownload: (a: AttemptRecord) => void;
}) {
  const { t } = useTranslation('play');
  const cols = ['date', 'mode', 'score', 'result'] as const;
  return (
    <div className="attempt-table">
      <div className="attempt-head" aria-hidden="true">
        <span>{t('attempts.col.module')}</span>
        {cols.map((c) => (
          <span key={c}>{t(`attempts.col.${c}`)}</span>
        ))}
        <span />
      </div>
      <ul className="attempt-rows">
        {list.map((a) => {
          const result = !a.endedAt
            ? 'unfinished'
            : a.claimed?.passed
              ? 'passed'
              : a.mode === 'practice'
                ? 'practiceBelow'
                : 'notPassed';
          return (
            <li key={a.attemptId} data-testid="attempt-row" className={`attempt result-${result}`}>
              <strong className="attempt-module">{titleOf(a.scenario.id)}</strong>
              <dl>
                <div>
                  <dt>{t('attempts.col.date')}</dt>
                  <dd>
                    {new Date(a.startedAt).toLocaleString(locale, {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('attempts.col.mode')}</dt>
                  <dd>{t(`mode.${a.mode}`)}</dd>
                </div>
                <div>
                  <dt>{t('attempts.col.score')}</dt>
                  <dd data-testid="attempt-score">
                    {a.endedAt && a.claimed
                      ? t('attempts.score', { score: Math.round(a.claimed.score * 100) })
                      : '—'}
                  </dd>
                </div>
                <div>
                  <dt>{t('attempts.col.result')}</dt>
                  <dd data-testid="attempt-result">{t(`attempts.result.${result}`)}</dd>
                </div>
              </dl>
              <div className="attempt-actions">
                {a.endedAt ? (
                  <>
                    <a className="button" href={`#/debrief/${encodeURIComponent(a.attemptId)}`}>
                      {t('attempts.openDebrief')}
                    </a>
                    <button type="button" onClick={() => onDownload(a)}>
                      {t('attempts.download')}
                    </button>
                  </>
                ) : (
                  <a className="button primary" href={`#/play/${encodeURIComponent(a.attemptId)}`}>
                    {t('attempts.resume')}
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
