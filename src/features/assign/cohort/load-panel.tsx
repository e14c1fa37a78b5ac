import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDrop, fromFileList, type PickedFile } from '../../../ui/collect-files';

/** Picker, folder picker and drop zone for result files; the drop zone only adds to the pickers. */
export function LoadPanel({
  onFiles,
  busy,
  demo,
}: {
  onFiles: (files: PickedFile[]) => void;
  busy: boolean;
  demo?: () => void;
}) {
  const { t } = useTranslation('assign');
  const [over, setOver] = useState(false);
  return (
    <section
      aria-labelledby="cohort-load-heading"
      className={`cohort-load${over ? ' drop-over' : ''}`}
      data-testid="cohort-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!busy) void fromDrop(e.dataTransfer).then(onFiles);
      }}
    >
      <h2 id="cohort-load-heading">{t('cohort.load.heading')}</h2>
      <div className="cohort-pickers">
        <div>
          <label htmlFor="cohort-files">{t('cohort.load.files')}</label>
          <input
            id="cohort-files"
            type="file"
            multiple
            accept="application/json,.json"
            disabled={busy}
            data-testid="cohort-files"
            onChange={(e) => {
              onFiles(fromFileList(e.target.files));
              e.target.value = '';
            }}
          />
        </div>
        <div>
          <label htmlFor="cohort-folder">{t('cohort.load.folder')}</label>
          <input
            id="cohort-folder"
            type="file"
            disabled={busy}
            // Folder selection: non-standard but supported by Chromium, Firefox and Safari.
            {...{ webkitdirectory: '', directory: '' }}
            onChange={(e) => {
              onFiles(fromFileList(e.target.files));
              e.target.value = '';
            }}
          />
        </div>
      </div>
      <p className="cohort-drop-hint">{t('cohort.load.drop')}</p>
      {demo && (
        <p>
          <button type="button" onClick={demo} disabled={busy} data-testid="cohort-demo">
            {t('cohort.load.demo')}
          </button>{' '}
          {t('cohort.load.demoHelp')}
        </p>
      )}
    </section>
  );
}
