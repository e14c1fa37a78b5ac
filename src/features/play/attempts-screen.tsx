import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary } from './use-library';
import type { AttemptRecord } from '../../records/attempt-record';
import { buildResultFile, parseResultFile, type ResultFileError } from '../../records/result-file';
import { Debrief } from '../../views/debrief/debrief';
import { listAttempts } from './attempts-data';
import { SetAsideList } from './set-aside-list';
import { useAsync } from '../../ui/use-async';
import { scoreRecord, type ScoredAttempt } from '../../content/score-record';

/** Past attempts; the result file to download or share; import of a result file, re-scored from its log. */
export function AttemptsScreen() {
  const { t, i18n } = useTranslation('play');
  const [attempts] = useAsync(listAttempts, []);
  const [imported, setImported] = useState<ScoredAttempt[]>([]);
  const [importError, setImportError] = useState('');
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
  const onImport = async (file: File | undefined) => {
    setImportError('');
    setImported([]);
    if (!file) return;
    // Reading or scoring can throw (e.g. a file past the browser's string limit): say so (L6).
    try {
      const parsed = parseResultFile(await file.text());
      if (!parsed.ok) return setImportError(describeImportError(parsed.error, t as never));
      setImported(
        await Promise.all(parsed.attempts.map((a) => scoreRecord(a, { imported: true }))),
      );
    } catch (e) {
      setImportError(
        t('attempts.errors.unreadable', { detail: e instanceof Error ? e.message : String(e) }),
      );
    }
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
        <label htmlFor="import-file">{t('attempts.importLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => void onImport(e.target.files?.[0])}
        />
        {importError && (
          <p className="error" role="alert" data-testid="import-error">
            {importError}
          </p>
        )}
        {imported.map((s, i) => (
          <Debrief key={`${i}-${s.record.attemptId}`} scored={s} imported />
        ))}
      </section>
    </div>
  );
}

function describeImportError(
  e: ResultFileError,
  t: (k: string, o?: Record<string, unknown>) => string,
): string {
  switch (e.kind) {
    case 'not-json':
      return t('attempts.errors.notJson');
    case 'foreign':
      return t('attempts.errors.foreign');
    case 'empty':
      return t('attempts.errors.empty');
    case 'invalid-attempt':
      return t('attempts.errors.invalid', {
        index: e.index + 1,
        detail: e.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      });
  }
}
