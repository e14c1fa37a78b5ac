import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** One finished attempt of the module by the same trainee, scored from its log by the feature. */
export type TrendPoint = {
  attemptId: string;
  startedAt: string;
  mode: 'practice' | 'assessed';
  score: number;
  passed: boolean;
  current: boolean;
};

const W = 200;
const H = 48;
const PAD = 5;

/**
 * The trend across a trainee's attempts of a module (issue 14): a sparkline for the eye, a
 * sentence and a table for everyone. Shown from the second finished attempt.
 */
export function Trend({ points, passMark }: { points: TrendPoint[]; passMark: number }) {
  const { t, i18n } = useTranslation('play');
  const { t: td } = useTranslation('debrief');
  const uid = useId();
  if (points.length < 2) return null;
  const pct = (v: number) => td('percent', { value: Math.round(v * 100) });
  const x = (i: number) => PAD + (i * (W - 2 * PAD)) / (points.length - 1);
  const y = (v: number) => PAD + (1 - v) * (H - 2 * PAD);
  const locale = i18n.language === 'es' ? 'es-MX' : 'en';
  return (
    <section aria-labelledby={`${uid}-trend`} className="trend" data-testid="trend">
      <h2 id={`${uid}-trend`}>{td('trend.heading')}</h2>
      <div className="trend-line">
        <svg
          className="sparkline"
          viewBox={`0 0 ${W} ${H}`}
          width={W}
          height={H}
          aria-hidden="true"
          focusable="false"
        >
          <line x1={0} x2={W} y1={y(passMark)} y2={y(passMark)} className="spark-mark" />
          <polyline
            points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ')}
            className="spark-line"
          />
          {points.map((p, i) => (
            <circle
              key={p.attemptId}
              cx={x(i)}
              cy={y(p.score)}
              r={p.current ? 4.5 : 3}
              className={p.passed ? 'spark-dot pass' : 'spark-dot'}
            />
          ))}
        </svg>
        <p>
          {td('trend.summary', {
            count: points.length,
            first: pct(points[0]!.score),
            last: pct(points[points.length - 1]!.score),
          })}
        </p>
      </div>
      <details className="disclosure">
        <summary>{td('trend.table')}</summary>
        <table className="trend-table">
          <caption className="visually-hidden">{td('trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{td('trend.date')}</th>
              <th scope="col">{td('trend.mode')}</th>
              <th scope="col">{td('trend.score')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.attemptId} className={p.current ? 'current' : undefined}>
                <th scope="row">
                  {new Date(p.startedAt).toLocaleDateString(locale)}
                  {p.current && <> ({td('trend.this')})</>}
                </th>
                <td>{t(`mode.${p.mode}`)}</td>
                <td>
                  <span className="num">{pct(p.score)}</span> ·{' '}
                  {p.passed ? td('trend.passed') : td('trend.notPassed')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
