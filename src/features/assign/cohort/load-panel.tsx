import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDrop, fromFileList, type PickedFile } from '../../../ui/collect-files';
import { FilePicker } from '../../../ui/file-picker';

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
          <FilePicker
            id="cohort-files"
            label={t('cohort.load.files')}
            multiple
            accept="application/json,.json"
            disabled={busy}
            testId="cohort-files"
            onFiles={(list) => onFiles(fromFileList(list))}
          />
        </div>
        <div>
          <FilePicker
            id="cohort-folder"
            label={t('cohort.load.folder')}
            folder
            disabled={busy}
            onFiles={(list) => onFiles(fromFileList(list))}
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
