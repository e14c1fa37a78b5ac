import { useTranslation } from 'react-i18next';
import type { GraphEdge } from '../../engine/graph/scenario-graph';
import { lookupText } from '../../engine/text/text-keys';
import type { ModulePreview } from './author-data';
import { edgesOf } from './graph-layers';
import { nodeTextKeys } from './node-text-keys';

/** One node: its text in Spanish and English side by side, where it leads and where from. */
export function NodePanel({ preview, nodeId }: { preview: ModulePreview; nodeId: string }) {
  const { t } = useTranslation('author');
  const { scenario, locales, graph } = preview;
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node) return <p role="alert">{t('node.notFound', { id: nodeId })}</p>;
  const { incoming, outgoing } = edgesOf(graph, nodeId);
  const href = (id: string) =>
    `#/author/${encodeURIComponent(scenario.id)}/${encodeURIComponent(id)}`;
  const via = (e: GraphEdge) => {
    switch (e.via.kind) {
      case 'next':
        return t('node.next');
      case 'outcome':
        return [
          t('node.outcome', { n: e.via.index + 1 }),
          e.via.conditional && t('node.conditional'),
        ]
          .filter(Boolean)
          .join(' · ');
      case 'choice':
        return [
          e.via.choice,
          t(`quality.${e.via.quality}`),
          e.via.critical && t('node.critical'),
          e.via.conditional && t('node.conditional'),
        ]
          .filter(Boolean)
          .join(' · ');
    }
  };
  return (
    <section className="node-panel" aria-labelledby="node-heading" data-testid="node-panel">
      <h2 id="node-heading">
        {t('node.heading', { id: nodeId })}{' '}
        <span className="hint">
          {t(`kind.${node.kind}`)}
          {node.rating && ` · ${t(`rating.${node.rating}`)}`}
        </span>
      </h2>
      {node.kind !== 'ending' && (
        <p>
          <a
            className="button"
            href={`#/play-from/${encodeURIComponent(scenario.id)}/${encodeURIComponent(nodeId)}`}
            data-testid="play-from"
          >
            {t('node.play')}
          </a>{' '}
          <span className="hint">{t('node.playHint')}</span>
        </p>
      )}
      <div className="node-texts" role="table" aria-label={t('node.text')}>
        <div role="row" className="node-text-row head">
          <span role="columnheader">{t('node.key')}</span>
          <span role="columnheader" lang="es-MX">
            Español
          </span>
          <span role="columnheader" lang="en">
            English
          </span>
        </div>
        {nodeTextKeys(scenario, nodeId).map((key) => (
          <div role="row" className="node-text-row" key={key}>
            <code role="rowheader">{key}</code>
            {(['es', 'en'] as const).map((lang) => {
              const text = lookupText(locales[lang], key);
              return (
                <span
                  role="cell"
                  key={lang}
                  lang={lang === 'es' ? 'es-MX' : 'en'}
                  className={text ? undefined : 'missing'}
                >
                  {text ?? `(${t('node.missing')})`}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      <h3>{t('node.out')}</h3>
      <EdgeList edges={outgoing} end="to" href={href} via={via} none={t('node.none')} />
      <h3>{t('node.in')}</h3>
      <EdgeList edges={incoming} end="from" href={href} via={via} none={t('node.none')} />
    </section>
  );
}

function EdgeList({
  edges,
  end,
  href,
  via,
  none,
}: {
  edges: GraphEdge[];
  end: 'to' | 'from';
  href: (id: string) => string;
  via: (e: GraphEdge) => string;
  none: string;
}) {
  if (!edges.length) return <p className="hint">{none}</p>;
  return (
    <ul className="edge-list">
      {edges.map((e, i) => (
        <li key={i} className={e.via.kind === 'choice' ? `quality-${e.via.quality}` : undefined}>
          <a href={href(e[end])}>{e[end]}</a> <span className="hint">({via(e)})</span>
        </li>
      ))}
    </ul>
  );
}
