import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDrop, fromFileList, type PickedFile } from '../../ui/collect-files';
import { FilePicker } from '../../ui/file-picker';
import type { ImportInput } from '../../records/import/import-result-files';
import { LrsPanel } from './lrs-panel';
import type { ReviewData } from './use-review-data';

/** Simulated trainees' files (the demo generator the cohort view uses), built on demand. */
async function demoFiles(): Promise<ImportInput[]> {
  const [{ demoCohort }, { bundledCatalogue }] = await Promise.all([
    import('../../records/demo/demo-cohort'),
    import('../../content/bundled-catalogue'),
  ]);
  const catalogue = bundledCatalogue();
  return demoCohort({
    modules: catalogue.latest(),
    dimensionOf: catalogue.dimensionOf,
    trainees: DEMO_TRAINEES,
    seed: 1,
  }).map((t) => ({ name: t.fileName, data: JSON.stringify(t.file) }));
}
/** Enough simulated trainees that most groups clear the threshold. */
export const DEMO_TRAINEES = 200;

const asSource = (f: PickedFile) => (f.file.name === f.name ? f.file : new File([f.file], f.name));

async function deviceRecords() {
  const { sharedAttemptStore } = await import('../../records/attempt-store');
  return (await (await sharedAttemptStore()).list()).attempts;
}

/** Where results come from: files, a folder or a drop; this device; an LRS; demo data. */
export function SourcePanel({ data }: { data: ReviewData }) {
  const { t } = useTranslation('review');
  const [over, setOver] = useState(false);
  const busy = data.busy !== undefined;
  const files = (list: PickedFile[]) => void data.addInputs(list.map(asSource), 'result-file');
  const b = data.busy;
  const last = data.last;
  return (
    <section aria-labelledby="review-sources-heading" className="review-sources no-print">
      <h2 id="review-sources-heading">{t('sources.heading')}</h2>
      <div
        className={`review-drop${over ? ' drop-over' : ''}`}
        data-testid="review-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (!busy) void fromDrop(e.dataTransfer).then(files);
        }}
      >
        <div className="review-pickers">
          <span>
            <FilePicker
              id="review-files"
              label={t('sources.files')}
              multiple
              accept="application/json,.json"
              disabled={busy}
              testId="review-files"
              onFiles={(list) => files(fromFileList(list))}
            />
          </span>
          <span>
            <FilePicker
              id="review-folder"
              label={t('sources.folder')}
              folder
              disabled={busy}
              onFiles={(list) => files(fromFileList(list))}
            />
          </span>
        </div>
        <p>{t('sources.drop')}</p>
      </div>
      <p>
        <button
          type="button"
          disabled={busy}
          data-testid="review-device"
          onClick={() => void deviceRecords().then((r) => data.addRecords(r, 'device'))}
        >
          {t('sources.device')}
        </button>{' '}
        <button
          type="button"
          disabled={busy}
          data-testid="review-demo"
          onClick={() => void demoFiles().then((f) => data.addInputs(f, 'result-file'))}
        >
          {t('sources.demo')}
        </button>{' '}
        <small>{t('sources.demoHelp')}</small>
      </p>
      <LrsPanel data={data} busy={busy} />
      <div role="status" className="review-status" data-testid="review-status">
        {b?.kind === 'files' && (
          <>
            <label htmlFor="review-progress">{t('sources.reading', b)}</label>{' '}
            <progress id="review-progress" max={b.total} value={b.done} />
          </>
        )}
        {b?.kind === 'lrs' && (
          <>
            <span>{t('sources.readingLrs', b)}</span> <progress aria-label={t('lrs.heading')} />
          </>
        )}
        {b?.kind === 'aggregating' && (
          <>
            <span>{t('sources.aggregating')}</span>{' '}
            <progress aria-label={t('sources.aggregating')} />
          </>
        )}
        {!b && last?.kind === 'added' && t('sources.added', last)}
        {!b && last?.kind === 'cancelled' && t('sources.cancelled')}
        {!b && last?.kind === 'failed' && t('sources.failed', last)}
        {!b && data.attempts > 0 && <> {t('sources.loaded', { attempts: data.attempts })}</>}
      </div>
      {b && b.kind !== 'aggregating' && (
        <p>
          <button type="button" onClick={data.cancel} data-testid="review-cancel">
            {t('sources.cancel')}
          </button>
        </p>
      )}
      {!busy && data.attempts > 0 && (
        <p>
          <button type="button" className="danger" onClick={() => void data.clear()}>
            {t('sources.clear')}
          </button>
        </p>
      )}
    </section>
  );
}
