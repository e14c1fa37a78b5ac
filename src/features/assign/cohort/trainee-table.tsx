import { useTranslation } from 'react-i18next';
import type { TraineeRow } from '../../../analytics/aggregate-trainees';
import { formatDate, pct } from './format';

type Props = {
  rows: readonly TraineeRow[];
  selected?: string;
  onOpen: (learnerId: string) => void;
  onRemove: (learnerId: string) => void;
};

/** One row per trainee: modules done, result, score, critical errors, attempts, last activity, due date. */
export function TraineeTable({ rows, selected, onOpen, onRemove }: Props) {
  const { t, i18n } = useTranslation('assign');
  const { t: tp } = useTranslation('play');
  const hasDue = rows.some((r) => r.lateness !== undefined);
  return (
    <section aria-labelledby="cohort-trainees-heading">
      <h2 id="cohort-trainees-heading">{t('cohort.trainees.heading')}</h2>
      {/* Not a <caption>: a caption is as wide as its table and scrolls out of sight on a phone. */}
      <p className="hint" id="cohort-trainees-caption">
        {t('cohort.trainees.caption')}
      </p>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="cohort-trainees-heading"
        tabIndex={0}
      >
        <table
          className="cohort-table"
          aria-labelledby="cohort-trainees-heading"
          aria-describedby="cohort-trainees-caption"
          data-testid="trainee-table"
        >
          <thead>
            <tr>
              <th scope="col">{t('cohort.trainees.pseudonym')}</th>
              <th scope="col">{t('cohort.trainees.role')}</th>
              <th scope="col">{t('cohort.trainees.modules')}</th>
              <th scope="col">{t('cohort.trainees.status')}</th>
              <th scope="col">{t('cohort.trainees.score')}</th>
              <th scope="col">{t('cohort.trainees.critical')}</th>
              <th scope="col">{t('cohort.trainees.attempts')}</th>
              <th scope="col">{t('cohort.trainees.lastActivity')}</th>
              {hasDue && <th scope="col">{t('cohort.trainees.late')}</th>}
              <th scope="col" className="no-print">
                {t('cohort.trainees.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const flagged = r.attemptList.some((a) => a.claimedDiffers);
              return (
                <tr
                  key={r.learnerId}
                  data-testid="trainee-row"
                  data-learner={r.learnerId}
                  aria-current={selected === r.learnerId ? 'true' : undefined}
                >
                  <th scope="row">
                    {r.pseudonym}
                    {flagged && (
                      <span className="cohort-flag"> ({t('cohort.trainees.flagged')})</span>
                    )}
                  </th>
                  <td>{tp(`role.${r.role}`)}</td>
                  <td>
                    {t('cohort.trainees.modulesValue', {
                      done: r.modulesDone,
                      expected: r.modulesExpected,
                    })}
                  </td>
                  <td className={`status-${r.status}`}>{t(`cohort.status.${r.status}`)}</td>
                  <td className="num">{pct(r.score)}</td>
                  <td className="num">{r.criticalErrors}</td>
                  <td className="num">{r.attempts}</td>
                  <td>{formatDate(r.lastActivity, i18n.language)}</td>
                  {hasDue && <td>{r.lateness ? t(`cohort.lateness.${r.lateness}`) : '—'}</td>}
                  <td className="no-print cohort-actions">
                    <button
                      type="button"
                      aria-label={t('cohort.trainees.openLabel', { name: r.pseudonym })}
                      aria-expanded={selected === r.learnerId}
                      onClick={() => onOpen(r.learnerId)}
                      data-testid="open-trainee"
                    >
                      {t('cohort.trainees.open')}
                    </button>{' '}
                    <button
                      type="button"
                      aria-label={t('cohort.trainees.removeLabel', { name: r.pseudonym })}
                      onClick={() => onRemove(r.learnerId)}
                      data-testid="remove-trainee"
                    >
                      {t('cohort.trainees.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
