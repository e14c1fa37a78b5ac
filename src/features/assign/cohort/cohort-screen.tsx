import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLibrary } from '../../../content/library';
import { useNamespace } from '../../../i18n/use-namespace';
import { useAsync } from '../../../ui/use-async';
import type { PickedFile } from '../../../ui/collect-files';
import type { ImportInput } from '../../../records/import/import-result-files';
import { modulesCsv, traineesCsv } from './cohort-csv';
import { FlagList } from './flag-list';
import { LoadPanel } from './load-panel';
import { ModuleTable } from './module-table';
import { RefusalList } from './refusal-list';
import { TraineeAttempts } from './trainee-attempts';
import { TraineeTable } from './trainee-table';
import { useCohort } from './use-cohort';
import './cohort.css';
import { usePageTitle } from '../../../ui/use-page-title';

type Props = {
  /** #/cohort/<id>; undefined for a loose cohort (#/cohort). */
  assignmentId?: string;
};

/** Simulated trainees' files (the import issue's demo generator), built here on demand. */
async function demoFiles(): Promise<ImportInput[]> {
  const [{ demoCohort }, { bundledCatalogue }] = await Promise.all([
    import('../../../records/demo/demo-cohort'),
    import('../../../content/bundled-catalogue'),
  ]);
  const catalogue = bundledCatalogue();
  return demoCohort({
    modules: catalogue.latest(),
    dimensionOf: catalogue.dimensionOf,
    trainees: DEMO_TRAINEES,
    seed: 1,
  }).map((t) => ({ name: t.fileName, data: JSON.stringify(t.file) }));
}
const DEMO_TRAINEES = 40;
/** A picked file under its path in the folder, so refusals name the file the instructor can find. */
const asSource = (f: PickedFile) => (f.file.name === f.name ? f.file : new File([f.file], f.name));

/** The instructor's cohort view (issue 10): load result files, see the group, open a debrief. */
export function CohortScreen(props: Props) {
  const ready = useNamespace('assign');
  const importReady = useNamespace('import');
  const { t } = useTranslation();
  if (!ready || !importReady) return <p role="status">{t('loading')}</p>;
  return <Cohort {...props} />;
}

function download(name: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Cohort({ assignmentId }: Props) {
  const { t, i18n } = useTranslation('assign');
  const { state, assignment, addFiles, setRemoved, clear } = useCohort(assignmentId);
  const [selected, setSelected] = useState<string>();
  const [library] = useAsync(loadLibrary, []);
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const titleOf = (id: string) =>
    (library.status === 'ready' && library.value.find((l) => l.id === id)?.title[lang]) || id;
  // A printed report shows every module's details, which are folded on screen.
  useEffect(() => {
    const open = () =>
      document.querySelectorAll('details.module-detail').forEach((d) => d.setAttribute('open', ''));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  const title = assignmentId
    ? t('cohort.titleAssigned', { assignment: assignment?.cohort ?? assignmentId })
    : t('cohort.title');
  usePageTitle(title);

  if (state.phase === 'opening')
    return <p role="status">{t('cohort.load.reading', { done: 0, total: 0 })}</p>;
  if (state.phase === 'failed')
    return (
      <div className="notice" role="alert">
        <h1>{title}</h1>
        <p>{t('cohort.failed', { detail: state.detail })}</p>
      </div>
    );
  const agg = state.aggregate;
  const trainee = agg?.trainees.find((r) => r.learnerId === selected);
  const records = new Map(state.counted.map((c) => [c.record.attemptId, c.record]));
  const pseudonymOf = new Map(
    state.counted.map((c) => [c.record.learner.id, c.record.learner.pseudonym]),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  const fileBase = `acompana-${assignmentId ? `cohort-${assignmentId}` : 'cohort'}-${stamp}`;
  const busy = state.phase === 'reading';

  return (
    <div className="cohort">
      <h1>{title}</h1>
      <p className="no-print">{t('cohort.intro')}</p>
      <LoadPanel
        busy={busy}
        onFiles={(files) => void addFiles(files.map(asSource))}
        {...(assignmentId ? {} : { demo: () => void demoFiles().then(addFiles) })}
      />
      <div role="status" className="cohort-status" data-testid="cohort-status">
        {busy && state.progress && (
          <>
            <label htmlFor="cohort-progress">{t('cohort.load.reading', state.progress)}</label>{' '}
            <progress id="cohort-progress" max={state.progress.total} value={state.progress.done} />
          </>
        )}
        {!busy && state.lastAdded && t('cohort.load.added', state.lastAdded)}
      </div>
      {!agg || agg.attempts === 0 ? (
        <p data-testid="cohort-empty">{t('cohort.empty')}</p>
      ) : (
        <>
          <p data-testid="cohort-summary">
            {t('cohort.summary', { trainees: agg.trainees.length, attempts: agg.attempts })}
          </p>
          <ul className="cohort-sources">
            {Object.keys(agg.sources).map((s) => (
              <li key={s}>{t(`cohort.source.${s as 'result-file'}`)}</li>
            ))}
          </ul>
          <div className="actions no-print">
            <button
              type="button"
              data-testid="csv-trainees"
              onClick={() => download(`${fileBase}-trainees.csv`, traineesCsv(agg.trainees))}
            >
              {t('cohort.export.trainees')}
            </button>
            <button
              type="button"
              data-testid="csv-modules"
              onClick={() => download(`${fileBase}-modules.csv`, modulesCsv(agg.modules, titleOf))}
            >
              {t('cohort.export.modules')}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t('cohort.export.print')}
            </button>
          </div>
          <TraineeTable
            rows={agg.trainees}
            {...(selected ? { selected } : {})}
            onOpen={(id) => setSelected((s) => (s === id ? undefined : id))}
            onRemove={(id) => {
              if (selected === id) setSelected(undefined);
              void setRemoved(id, true);
            }}
          />
          {trainee && (
            <TraineeAttempts
              trainee={trainee}
              recordOf={(id) => records.get(id)}
              titleOf={titleOf}
              onClose={() => setSelected(undefined)}
            />
          )}
          <ModuleTable rows={agg.modules} titleOf={titleOf} />
          <FlagList
            flags={agg.flags}
            pseudonymOf={(id) => pseudonymOf.get(id) ?? id}
            titleOf={titleOf}
          />
        </>
      )}
      {state.stored.removedLearners.length > 0 && (
        <section aria-labelledby="cohort-removed-heading" className="no-print">
          <h2 id="cohort-removed-heading">{t('cohort.trainees.removedHeading')}</h2>
          <ul>
            {state.stored.removedLearners.map((id) => {
              const name = pseudonymOf.get(id) ?? id;
              return (
                <li key={id}>
                  {name}{' '}
                  <button
                    type="button"
                    aria-label={t('cohort.trainees.restoreLabel', { name })}
                    onClick={() => void setRemoved(id, false)}
                    data-testid="restore-trainee"
                  >
                    {t('cohort.trainees.restore')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <RefusalList refused={state.refused} />
      {(state.counted.length > 0 || state.refused.length > 0) && (
        <p className="no-print">
          <button
            type="button"
            className="danger"
            onClick={() => window.confirm(t('cohort.clear.confirm')) && void clear()}
          >
            {t('cohort.clear.button')}
          </button>
        </p>
      )}
    </div>
  );
}
