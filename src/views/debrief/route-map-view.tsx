/**
 * The map of the route taken against the best route (issue 14), loaded lazily with the debrief so
 * the trainee's first load does not grow. The SVG is for the eye; the tables below say the same.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayState } from '../../engine/attempt/advance';
import { routeMap, type RouteNode } from '../../engine/graph/route-map';
import type { Quality, Scenario } from '../../engine/schema/scenario';
import { worstQuality } from '../../engine/scoring/scored-item';
import { textKeys } from '../../engine/text/text-keys';
import { useScenarioText, type ScenarioTexts } from '../scenario-text';
import { ReplayButton } from './step-detail';
import { stepLabel } from './step-label';

const COL = 30;
const ROW = 20;
const PAD = 14;
/** Drawn larger than its units, so a small module's map is not a thumbnail. */
const SCALE = 1.2;

function Shape({ n, x, y }: { n: RouteNode; x: number; y: number }) {
  const cls = [
    'rm-node',
    n.taken ? 'rm-taken' : n.best ? 'rm-best' : 'rm-other',
    n.taken && n.quality ? `q-${n.quality}` : '',
    n.kind === 'ending' ? `rating-${n.rating}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  switch (n.kind) {
    case 'decision':
      return (
        <polygon
          points={`${x},${y - 7} ${x + 7},${y} ${x},${y + 7} ${x - 7},${y}`}
          className={cls}
        />
      );
    case 'narrative':
      return <circle cx={x} cy={y} r={4} className={cls} />;
    case 'ending':
      return <circle cx={x} cy={y} r={8} className={cls} />;
    default:
      return <rect x={x - 6} y={y - 6} width={12} height={12} className={cls} />;
  }
}

export function RouteMapView({
  scenario,
  state,
  texts,
  onReplay,
}: {
  scenario: Scenario;
  state: PlayState;
  texts: ScenarioTexts;
  onReplay?: ((index: number) => void) | undefined;
}) {
  const { t } = useTranslation('play');
  const { t: td } = useTranslation('debrief');
  const text = useScenarioText(texts);
  const uid = useId();
  const m = useMemo(() => routeMap(scenario, state), [scenario, state]);
  const perLayer = new Map<number, number>();
  for (const n of m.nodes) perLayer.set(n.layer, (perLayer.get(n.layer) ?? 0) + 1);
  const pos = new Map(
    m.nodes.map((n) => {
      const shift = (m.width - perLayer.get(n.layer)!) / 2;
      return [n.id, { x: PAD + (n.slot + shift) * COL, y: PAD + n.layer * ROW }] as const;
    }),
  );
  const width = PAD * 2 + (m.width - 1) * COL;
  const height = PAD * 2 + (m.layers - 1) * ROW;
  const line = (ids: readonly string[], dx = 0) =>
    ids
      .map((id) => pos.get(id))
      .filter((p) => p !== undefined)
      .map((p) => `${p.x + dx},${p.y}`)
      .join(' ');
  const lastTaken = m.taken[m.taken.length - 1]!;
  const lastBest = m.best[m.best.length - 1]!;
  const criticalSteps = m.nodes.filter((n) => n.critical).length;
  const bestSet = new Set(m.best);
  const takenSet = new Set(m.taken);
  const interactive = (id: string) => {
    const k = scenario.nodes[id]?.kind;
    return k === 'decision' || k === 'triage' || k === 'dispersion' || k === 'interview';
  };
  // The quality of each step the trainee took (a node met twice shows its worst answer).
  const stepQuality = state.steps.map((st) =>
    st.items.length
      ? st.items.reduce<Quality>((q, i) => worstQuality(q, i.quality), 'best')
      : undefined,
  );
  return (
    <section aria-labelledby={`${uid}-h`} className="route-map" data-testid="route-map">
      <h2 id={`${uid}-h`}>{td('route.heading')}</h2>
      <p id={`${uid}-sum`} data-testid="route-summary">
        {state.ended
          ? td('route.summary', {
              taken: state.steps.length,
              ending: text(textKeys.nodeTitle(lastTaken)),
              best: m.best.length - 1,
              bestEnding: text(textKeys.nodeTitle(lastBest)),
            })
          : td('route.summaryUnfinished', {
              taken: state.steps.length,
              best: m.best.length - 1,
              bestEnding: text(textKeys.nodeTitle(lastBest)),
            })}{' '}
        {criticalSteps > 0 && td('route.criticalCount', { count: criticalSteps })}
      </p>
      <div className="rm-figure">
        <svg
          className="rm-svg"
          viewBox={`0 0 ${width} ${height}`}
          width={width * SCALE}
          height={height * SCALE}
          role="img"
          aria-labelledby={`${uid}-sum`}
          data-testid="route-svg"
        >
          {m.edges.map((e, i) => {
            const a = pos.get(e.from);
            const b = pos.get(e.to);
            return a && b ? (
              <line key={i} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="rm-edge" />
            ) : null;
          })}
          <polyline points={line(m.best, 3)} className="rm-line-best" />
          <polyline points={line(m.taken)} className="rm-line-taken" />
          {m.nodes.map((n) => {
            const p = pos.get(n.id)!;
            return (
              <g key={n.id} data-node={n.id} data-taken={n.taken} data-best={n.best}>
                {n.critical && <circle cx={p.x} cy={p.y} r={11} className="rm-critical" />}
                <Shape n={n} x={p.x} y={p.y} />
              </g>
            );
          })}
        </svg>
        <ul className="rm-legend">
          <li>
            <svg width="28" height="10" aria-hidden="true" focusable="false">
              <line x1="0" x2="28" y1="5" y2="5" className="rm-line-taken" />
            </svg>{' '}
            {td('route.legendYours')}
          </li>
          <li>
            <svg width="28" height="10" aria-hidden="true" focusable="false">
              <line x1="0" x2="28" y1="5" y2="5" className="rm-line-best" />
            </svg>{' '}
            {td('route.legendBest')}
          </li>
          <li>
            <svg width="24" height="24" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="10" className="rm-critical" />
            </svg>{' '}
            {td('route.legendCritical')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="4" className="rm-node rm-other" />
            </svg>{' '}
            {td('route.legendOther')}
          </li>
          <li className="rm-shapes">{td('route.legendShapes')}</li>
        </ul>
      </div>
      <details className="disclosure">
        <summary>{td('route.table')}</summary>
        <table className="route-table" data-testid="route-table">
          <caption className="visually-hidden">{td('route.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{td('route.colStep')}</th>
              <th scope="col">{td('route.colWhere')}</th>
              <th scope="col">{td('route.colAnswer')}</th>
              <th scope="col">{td('route.colOnBest')}</th>
            </tr>
          </thead>
          <tbody>
            {m.taken.map((id, i) => {
              const q = stepQuality[i];
              const critical = state.steps[i]?.items.some((it) => it.critical);
              return (
                <tr key={`${id}-${i}`} data-testid="route-row">
                  <td className="num">{i + 1}</td>
                  <th scope="row">{stepLabel(scenario, id, text, td, 60)}</th>
                  <td>
                    {q ? (
                      <>
                        <span className={`quality-badge quality-${q}`}>{t(`quality.${q}`)}</span>
                        {critical && (
                          <span className="critical-badge">{t('quality.critical')}</span>
                        )}
                      </>
                    ) : (
                      td('route.none')
                    )}
                    {onReplay && i < state.steps.length && interactive(id) && (
                      <ReplayButton index={i} onReplay={onReplay} />
                    )}
                  </td>
                  <td>{bestSet.has(id) ? td('route.yes') : td('route.no')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
      <details className="disclosure">
        <summary>{td('route.bestTable')}</summary>
        <ol className="best-route" data-testid="best-route">
          {m.best.map((id, i) => (
            <li key={`${id}-${i}`}>
              {stepLabel(scenario, id, text, td, 60)}
              {takenSet.has(id) && <span className="muted"> ({td('route.alsoYours')})</span>}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
