import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startImport, type ImportJob, type ImportProgress } from '../../content/import-client';
import { scoreRecord, type ScoredAttempt } from '../../content/score-record';
import { useNamespace } from '../../i18n/use-namespace';
import {
  acceptedAttempts,
  type AttemptOutcome,
  type ImportReport,
} from '../../records/import/import-result-files';
import { Debrief } from '../../views/debrief/debrief';
import {
  describeAttemptRefusal,
  describeDuplicate,
  describeFileRefusal,
  type ImportT,
} from '../../views/import-report/describe-refusal';

type Accepted = Extract<AttemptOutcome, { kind: 'accepted' }>;
type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress?: ImportProgress; job: ImportJob }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** Rows shown before "…and N more": a summary, not thousands of rows (reliability review M5). */
const ROWS = 100;

/**
 * Opening result files on the attempts screen: parsed and re-scored off the main thread with a
 * progress bar, then a summary of what was counted, what was not and why, and the attempts counted
 * in a table; one attempt's debrief opens on request (or at once when the files held only one).
 */
export function ImportResults({ titleOf }: { titleOf: (scenarioId: string) => string }) {
  const { t, i18n } = useTranslation('import', { keyPrefix: 'screen' });
  const { t: tc } = useTranslation();
  const { t: tr } = useTranslation('import');
  const ready = useNamespace('import');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [opened, setOpened] = useState<Accepted | undefined>();
  const [chosen, setChosen] = useState<string[]>([]);
  const job = useRef<ImportJob | undefined>(undefined);
  const lang = i18n.language;
  const locale = lang === 'es' ? 'es-MX' : 'en';
  useEffect(() => () => job.current?.cancel(), []);

  const onFiles = (list: FileList | null) => {
    job.current?.cancel();
    setOpened(undefined);
    const files = list ? [...list] : [];
    if (!files.length) return setState({ kind: 'idle' });
    const started = startImport(files, {
      onProgress: (progress) =>
        setState((s) => (s.kind === 'running' && s.job === started ? { ...s, progress } : s)),
    });
    job.current = started;
    setState({ kind: 'running', job: started });
    void started.result.then((r) => {
      if (job.current !== started) return;
      job.current = undefined;
      if (r.kind === 'done') {
        const accepted = acceptedAttempts(r.report);
        setState({ kind: 'done', report: r.report });
        if (accepted.length === 1) setOpened(accepted[0]);
      } else setState(r.kind === 'failed' ? { kind: 'failed', message: r.message } : r);
    });
  };

  if (!ready) return <p>{tc('loading')}</p>;
  return (
    <>
      {/* A styled button (review item 13): the native input is visually hidden but stays the
          focusable, labelled control, so keyboards and screen readers use it as before; the
          browser's own "Choose file" text, in the browser's language, no longer shows. */}
      <div className="file-picker">
        <input
          id="import-file"
          type="file"
          multiple
          accept="application/json,.json"
          data-testid="import-file"
          aria-describedby="import-file-chosen"
          onChange={(e) => {
            setChosen([...(e.target.files ?? [])].map((f) => f.name));
            onFiles(e.target.files);
          }}
        />
        <label htmlFor="import-file" className="button primary">
          {t('open')}
        </label>
        <span id="import-file-chosen" className="hint" data-testid="import-chosen">
          {chosen.length ? chosen.join(', ') : t('label')}
        </span>
      </div>
      {state.kind === 'running' && (
        <div className="import-progress" data-testid="import-progress">
          <progress
            aria-label={t('progressLabel')}
            max={state.progress?.bytesTotal || 1}
            value={state.progress?.bytesDone ?? 0}
          />
          <p role="status">
            {t('reading', {
              file: Math.min((state.progress?.filesDone ?? 0) + 1, state.progress?.fileCount ?? 1),
              files: state.progress?.fileCount ?? 1,
              attempts: (state.progress?.attemptsDone ?? 0).toLocaleString(locale),
            })}
          </p>
          <button type="button" onClick={() => onFiles(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      {state.kind === 'cancelled' && <p role="status">{t('cancelled')}</p>}
      {state.kind === 'failed' && (
        <p className="error" role="alert" data-testid="import-error">
          {t('failed', { message: state.message })}
        </p>
      )}
      {state.kind === 'done' && (
        <ImportSummary
          report={state.report}
          t={t as never}
          tr={tr as ImportT}
          lang={lang}
          titleOf={titleOf}
          opened={opened}
          onOpen={setOpened}
        />
      )}
      {opened && <OpenedDebrief key={`${opened.record.attemptId}`} accepted={opened} />}
    </>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

function ImportSummary({
  report,
  t,
  tr,
  lang,
  titleOf,
  opened,
  onOpen,
}: {
  report: ImportReport;
  t: T;
  tr: ImportT;
  lang: string;
  titleOf: (id: string) => string;
  opened?: Accepted;
  onOpen: (a: Accepted | undefined) => void;
}) {
  const { t: tp } = useTranslation('play');
  const locale = lang === 'es' ? 'es-MX' : 'en';
  const n = (x: number) => x.toLocaleString(locale);
  const { totals } = report;
  const problems: { key: string; file: string; attempt: string; reason: string }[] = [];
  report.files.forEach((f, fi) => {
    if (f.kind === 'refused')
      problems.push({
        key: `${fi}`,
        file: f.name,
        attempt: t('wholeFile'),
        reason: describeFileRefusal(tr, f.reason, lang),
      });
    else
      for (const a of f.attempts)
        if (a.kind !== 'accepted')
          problems.push({
            key: `${fi}/${a.index}`,
            file: f.name,
            attempt: t('attemptNumber', { n: a.index + 1 }),
            reason:
              a.kind === 'refused'
                ? describeAttemptRefusal(tr, a.reason, lang)
                : describeDuplicate(tr, a.relation),
          });
  });
  const accepted = acceptedAttempts(report);
  return (
    <div className="import-report" data-testid="import-report">
      <h3>{t('totals')}</h3>
      <table className="import-totals" data-testid="import-totals">
        <tbody>
          {(
            [
              ['filesRead', totals.files - totals.filesRefused],
              ['filesRefused', totals.filesRefused],
              ['accepted', totals.accepted],
              ['refused', totals.refused],
              ['duplicates', totals.duplicates],
            ] as const
          ).map(([k, v]) => (
            <tr key={k} data-testid={`total-${k}`}>
              <th scope="row">{t(k)}</th>
              <td>{n(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 && (
        <>
          <h3>{t('problems')}</h3>
          <div className="table-scroll">
            <table data-testid="import-problems">
              <thead>
                <tr>
                  <th scope="col">{t('file')}</th>
                  <th scope="col">{t('attempt')}</th>
                  <th scope="col">{t('reason')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.slice(0, ROWS).map((p) => (
                  <tr key={p.key} data-testid="import-problem">
                    <td className="file-name">{p.file}</td>
                    <td>{p.attempt}</td>
                    <td>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {problems.length > ROWS && (
            <p className="hint">
              {t('more', { count: problems.length - ROWS, n: n(problems.length - ROWS) })}
            </p>
          )}
        </>
      )}
      {accepted.length > 0 && (
        <>
          <h3>{t('attempts')}</h3>
          <div className="table-scroll">
            <table data-testid="import-accepted">
              <thead>
                <tr>
                  <th scope="col">{t('module')}</th>
                  <th scope="col">{t('trainee')}</th>
                  <th scope="col">{t('started')}</th>
                  <th scope="col">{t('mode')}</th>
                  <th scope="col">{t('score')}</th>
                  <th scope="col">{t('result')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('show')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {accepted.slice(0, ROWS).map((a) => {
                  const s = a.summary;
                  const isOpen = opened === a;
                  return (
                    <tr key={`${s.attemptId}-${a.index}`} data-testid="import-row">
                      <td>{titleOf(s.scenarioId)}</td>
                      <td>{s.pseudonym}</td>
                      <td>{new Date(s.startedAt).toLocaleDateString(locale)}</td>
                      <td>{tp(`mode.${s.mode}`)}</td>
                      <td>
                        {`${Math.round(s.score * 100)}\u00a0%`}
                        {s.claimedScore !== undefined && (
                          <span className="hint" data-testid="row-claimed">
                            {' '}
                            ({t('claimed', { score: Math.round(s.claimedScore * 100) })})
                          </span>
                        )}
                      </td>
                      <td>
                        {!s.ended ? t('unfinished') : s.passed ? t('passed') : t('notPassed')}
                        {s.criticalCount > 0 && <> · {t('critical', { count: s.criticalCount })}</>}
                      </td>
                      <td>
                        <button
                          type="button"
                          aria-expanded={isOpen}
                          onClick={() => onOpen(isOpen ? undefined : a)}
                        >
                          {isOpen ? t('hide') : t('show')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {accepted.length > ROWS && (
            <p className="hint">
              {t('more', { count: accepted.length - ROWS, n: n(accepted.length - ROWS) })}
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** One imported attempt's debrief: the module's text loads on the main thread, for this one only. */
function OpenedDebrief({ accepted }: { accepted: Accepted }) {
  const { t } = useTranslation();
  const [scored, setScored] = useState<ScoredAttempt | 'failed' | undefined>();
  useEffect(() => {
    let live = true;
    // A module chunk that fails to load (offline, an old cache) says so instead of throwing (L6).
    scoreRecord(accepted.record, { imported: true }).then(
      (s) => live && setScored(s),
      () => live && setScored('failed'),
    );
    return () => {
      live = false;
    };
  }, [accepted]);
  if (scored === 'failed')
    return (
      <p className="error" role="alert">
        {t('somethingWentWrong')}
      </p>
    );
  return scored ? <Debrief scored={scored} imported /> : null;
}
