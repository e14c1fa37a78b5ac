import { useTranslation } from 'react-i18next';
import type { GraphNode, ScenarioGraph } from '../../engine/graph/scenario-graph';
import { graphLayers } from './graph-layers';

/**
 * The module as rows of nodes by distance from the start: a compact map that reads as a list, so
 * keyboard and screen-reader users get the same graph (each node is a link to its panel).
 */
export function ModuleMap({
  moduleId,
  graph,
  selected,
}: {
  moduleId: string;
  graph: ScenarioGraph;
  selected: string | undefined;
}) {
  const { t } = useTranslation('author');
  const { rows, unreached } = graphLayers(graph);
  const labelled: [string, GraphNode[]][] = rows.map((row, i) => [t('graph.row', { n: i }), row]);
  if (unreached.length) labelled.push([t('graph.unreached'), unreached]);
  return (
    <section aria-labelledby="map-heading" className="module-map">
      <h2 id="map-heading">{t('graph.heading')}</h2>
      <p className="hint">{t('graph.hint')}</p>
      <ol className="map-rows">
        {labelled.map(([label, row]) => (
          <li key={label}>
            <span className="map-row-label">{label}</span>
            <ul className="map-row">
              {row.map((n) => (
                <li key={n.id}>
                  <a
                    href={`#/author/${encodeURIComponent(moduleId)}/${encodeURIComponent(n.id)}`}
                    className={`map-node kind-${n.kind}${n.rating ? ` rating-${n.rating}` : ''}`}
                    aria-current={n.id === selected ? 'true' : undefined}
                    data-testid="map-node"
                  >
                    <span className="map-node-id">{n.id}</span>
                    <span className="map-node-kind">
                      {n.start ? `${t('graph.start')} · ` : ''}
                      {t(`kind.${n.kind}`)}
                      {n.rating ? ` · ${t(`rating.${n.rating}`)}` : ''}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
