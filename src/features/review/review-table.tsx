import { useTranslation } from 'react-i18next';
import type { ReviewTable } from '../../analytics/aggregate-review';
import { reviewTableCsv, roundCell } from '../../analytics/review-csv';
import { BarChart } from './bar-chart';
import { downloadCsv } from './download-csv';

/** A chart draws at most this many rows (the most broken guidelines…); the table has them all. */
export const CHART_MAX = 15;

export type Labels = {
  /** A label cell as the screen shows it (a module's title, a role's name…). */
  text: (table: ReviewTable, columnId: string, value: string) => string;
  /** A title to add to the CSV beside the id (modules), or undefined. */
  title: (columnId: string, value: string) => string | undefined;
  percent: (v: number) => string;
  number: (v: number) => string;
};

/** One table of the dashboard: heading, chart, the same figures as a table, its CSV. */
export function ReviewTableSection({
  table,
  labels,
  sourceLine,
  fileBase,
}: {
  table: ReviewTable;
  labels: Labels;
  sourceLine: string;
  fileBase: string;
}) {
  const { t } = useTranslation('review');
  const heading = t(`table.${table.id}.heading`);
  const headingId = `review-${table.id}-heading`;
  const firstLabel = table.columns.findIndex((c) => c.kind === 'label');
  const labelCols = table.columns.map((c, i) => ({ c, i })).filter((e) => e.c.kind === 'label');
  const rowLabel = (cells: ReviewTable['rows'][number]['cells']) =>
    labelCols.map((e) => labels.text(table, e.c.id, String(cells[e.i] ?? ''))).join(' · ');
  const chart = table.chart;
  const format = (kind: string, v: ReviewTable['rows'][number]['cells'][number]) => {
    const r = roundCell(kind as 'count', v);
    if (v === null) return t('hidden');
    if (r === undefined) return '—';
    if (typeof v === 'number' && kind === 'percent') return labels.percent(v);
    if (typeof v === 'number' && kind === 'number') return labels.number(v);
    return typeof r === 'number' ? labels.number(r) : r;
  };
  return (
    <section aria-labelledby={headingId} className="review-table" data-testid={`table-${table.id}`}>
      <h2 id={headingId}>{heading}</h2>
      <p className="review-caption">{t(`table.${table.id}.caption`)}</p>
      <p className="review-source">{sourceLine}</p>
      {chart !== undefined && table.rows.length > 0 && (
        <BarChart
          label={t('chartLabel', { table: heading })}
          hiddenText={t('hidden')}
          format={labels.percent}
          data={table.rows.slice(0, CHART_MAX).map((r) => ({
            key: r.key,
            label: rowLabel(r.cells),
            value: r.cells[chart] as number | null | undefined,
          }))}
        />
      )}
      <div className="review-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.id} scope="col">
                  {t(`column.${c.id as 'group'}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr
                key={r.key}
                data-testid="row"
                data-key={r.key}
                data-hidden={r.hidden || undefined}
              >
                {table.columns.map((c, i) => {
                  const v = r.cells[i];
                  if (c.kind === 'label') {
                    const text = labels.text(table, c.id, String(v ?? ''));
                    const Cell = i === firstLabel ? 'th' : 'td';
                    return (
                      <Cell key={c.id} {...(i === firstLabel ? { scope: 'row' } : {})}>
                        {c.id === 'guideline' && v ? (
                          <a href={`#/guidelines/${encodeURIComponent(String(v))}`}>{text}</a>
                        ) : (
                          text
                        )}
                      </Cell>
                    );
                  }
                  return (
                    <td
                      key={c.id}
                      className={v === null ? 'review-hidden' : 'num'}
                      data-col={c.id}
                      {...(v === null ? { title: t('hiddenLabel') } : {})}
                    >
                      {format(c.kind, v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="no-print">
        <button
          type="button"
          data-testid={`csv-${table.id}`}
          aria-label={t('csvLabel', { table: heading })}
          onClick={() =>
            downloadCsv(`${fileBase}-${table.id}.csv`, reviewTableCsv(table, labels.title))
          }
        >
          {t('csv')}
        </button>
      </p>
    </section>
  );
}
