import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNamespace } from '../../i18n/use-namespace';
import { loadLibrary } from '../../content/library';
import { useAsync } from '../../ui/use-async';
import { navigate } from '../../ui/routes';
import { duplicateAssignment, listAssignments, setArchived } from './assign-data';
import { formatDay } from '../../ui/format-day';
import './assign.css';
import { usePageTitle } from '../../ui/use-page-title';

/** The instructor's assignments on this device: open, edit, duplicate, archive (issue 10). */
export function AssignListScreen() {
  const ready = useNamespace('assign');
  const { t, i18n } = useTranslation('assign');
  usePageTitle(ready ? t('title') : undefined);
  const [list, reload] = useAsync(listAssignments, []);
  const [library] = useAsync(loadLibrary, []);
  const [showArchived, setShowArchived] = useState(false);
  if (!ready || list.status === 'loading') return <p role="status">…</p>;
  if (list.status === 'failed') throw list.error;
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const titleOf = (id: string) =>
    (library.status === 'ready' && library.value.find((m) => m.id === id)?.title[lang]) || id;
  const shown = list.value.filter((s) => showArchived || !s.archived);
  const archivedCount = list.value.filter((s) => s.archived).length;
  return (
    <div className="assign">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <div className="actions">
        <a className="button primary-link" href="#/assign/new" data-testid="new-assignment">
          {t('new')}
        </a>
      </div>
      {list.value.length === 0 && <p data-testid="no-assignments">{t('none')}</p>}
      {archivedCount > 0 && (
        <label className="check">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.target.checked)}
            data-testid="show-archived"
          />
          <span>{t('showArchived')}</span>
        </label>
      )}
      <ul className="assignment-list">
        {shown.map((s) => {
          const a = s.current;
          return (
            <li key={a.id} className="assignment-card" data-testid="assignment-card">
              <h2>
                <a href={`#/assign/${a.id}`}>{a.cohort}</a>
                {s.archived && <span className="badge"> {t('archivedBadge')}</span>}
              </h2>
              <p className="hint">
                {t('revision', { revision: a.revision })} ·{' '}
                {t('modulesCount', { count: a.modules.length })} ·{' '}
                {a.due ? t('dueOn', { date: formatDay(a.due, lang) }) : t('noDue')}
              </p>
              <p>{a.modules.map(titleOf).join(' → ')}</p>
              <div className="actions compact">
                <a
                  className="button"
                  href={`#/assign/${a.id}/edit`}
                  aria-label={`${t('edit')}: ${a.cohort}`}
                >
                  {t('edit')}
                </a>
                <button
                  type="button"
                  aria-label={`${t('duplicate')}: ${a.cohort}`}
                  onClick={() =>
                    void duplicateAssignment(
                      a.id,
                      t('copyOf', { cohort: a.cohort }).slice(0, 60),
                    ).then((id) => id && navigate({ name: 'assign-edit', assignmentId: id }))
                  }
                  data-testid="duplicate"
                >
                  {t('duplicate')}
                </button>
                <button
                  type="button"
                  aria-label={`${s.archived ? t('unarchive') : t('archive')}: ${a.cohort}`}
                  onClick={() => void setArchived(a.id, !s.archived).then(reload)}
                  data-testid="archive"
                >
                  {s.archived ? t('unarchive') : t('archive')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
