import { useTranslation } from 'react-i18next';
import type { ModuleRow } from '../../../analytics/aggregate-modules';
import { pct } from './format';
import { ModuleDetail } from './module-detail';

const rate = (count: number, total: number) => (total ? count / total : 0);

/** Per module: completion and pass (of trainees), attempts, mean score, critical errors; details below. */
export function ModuleTable({
  rows,
  titleOf,
}: {
  rows: readonly ModuleRow[];
  titleOf: (id: string) => string;
}) {
  const { t } = useTranslation('assign');
  const share = (count: number, total: number) =>
    t('cohort.modules.rate', { count, total, pct: Math.round(rate(count, total) * 100) });
  return (
    <section aria-labelledby="cohort-modules-heading">
      <h2 id="cohort-modules-heading">{t('cohort.modules.heading')}</h2>
      {/* Not a <caption>: a caption is as wide as its table and scrolls out of sight on a phone. */}
      <p className="hint" id="cohort-modules-caption">
        {t('cohort.modules.caption')}
      </p>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="cohort-modules-heading"
        tabIndex={0}
      >
        <table
          className="cohort-table"
          aria-labelledby="cohort-modules-heading"
          aria-describedby="cohort-modules-caption"
          data-testid="module-table"
        >
          <thead>
            <tr>
              <th scope="col">{t('cohort.modules.module')}</th>
              <th scope="col">{t('cohort.modules.completed')}</th>
              <th scope="col">{t('cohort.modules.passed')}</th>
              <th scope="col">{t('cohort.modules.attempts')}</th>
              <th scope="col">{t('cohort.modules.meanScore')}</th>
              <th scope="col">{t('cohort.modules.critical')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.scenarioId} data-testid="module-row" data-module={m.scenarioId}>
                <th scope="row">{titleOf(m.scenarioId)}</th>
                <td>{share(m.completed, m.trainees)}</td>
                <td>{share(m.passed, m.trainees)}</td>
                <td className="num">{m.attempts}</td>
                <td className="num">{pct(m.meanScore)}</td>
                <td className="num">{m.criticalErrors}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows
        .filter((m) => m.attempts > 0)
        .map((m) => (
          <details key={m.scenarioId} className="module-detail" data-testid="module-detail">
            <summary>{t('cohort.modules.details', { module: titleOf(m.scenarioId) })}</summary>
            <ModuleDetail row={m} />
          </details>
        ))}
    </section>
  );
}
