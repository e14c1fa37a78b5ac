import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLibrary } from '../../content/library';
import { useNamespace } from '../../i18n/use-namespace';
import { useAsync } from '../../ui/use-async';
import { loadModulePreview } from './author-data';
import { ModuleMap } from './module-map';
import { ModuleSummary } from './module-summary';
import { NodePanel } from './node-panel';
import './author.css';

// Under `npm run dev` a saved scenario or locale file reaches this screen as a module update. The
// loaders keep the module they first imported, so the page reloads instead; the URL holds the
// module and node, so the author stays where they were (tests/e2e/author-dev.test.mjs).
if (import.meta.hot) import.meta.hot.accept(() => window.location.reload());

/**
 * The author preview (issue 15): `#/author` lists the modules, `#/author/<id>` shows one with its
 * map, summary and checker findings, `#/author/<id>/<node>` also opens a node. The node lives in
 * the URL so a reload — and the dev server's reload when a module file is saved — keeps the place.
 */
export function AuthorScreen({ moduleId, nodeId }: { moduleId?: string; nodeId?: string }) {
  const ready = useNamespace('author');
  const { t, i18n } = useTranslation('author');
  const [library] = useAsync(loadLibrary, []);
  const [preview] = useAsync(
    () => (moduleId ? loadModulePreview(moduleId) : Promise.resolve(undefined)),
    [moduleId],
  );
  // Bring the chosen node's panel into view after a reload, so the author is where they were.
  useEffect(() => {
    if (nodeId && preview.status === 'ready')
      document.getElementById('node-heading')?.scrollIntoView({ block: 'start' });
  }, [nodeId, preview.status]);
  if (!ready || library.status === 'loading' || preview.status === 'loading')
    return <p role="status">…</p>;
  if (library.status === 'failed') throw library.error;
  if (preview.status === 'failed') throw preview.error;
  const lang = i18n.language === 'es' ? 'es' : 'en';

  if (!moduleId)
    return (
      <div className="author">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <h2>{t('modules')}</h2>
        <ul className="author-modules">
          {library.value.map((m) => (
            <li key={m.id}>
              <a href={`#/author/${encodeURIComponent(m.id)}`}>{m.title[lang]}</a>{' '}
              <code className="hint">{m.id}</code>
            </li>
          ))}
        </ul>
      </div>
    );

  const p = preview.value;
  if (!p)
    return (
      <div className="author">
        <h1>{t('title')}</h1>
        <p role="alert">{t('noModule', { id: moduleId })}</p>
        <p>
          <a href="#/author">{t('modules')}</a>
        </p>
      </div>
    );
  return (
    <div className="author">
      <p>
        <a href="#/author">{t('title')}</a>
      </p>
      <h1>
        {p.entry.title[lang]} <code className="hint">{p.scenario.id}</code>
      </h1>
      <p className="hint">
        {t('version', {
          version: p.scenario.version,
          step: t(`step.${p.entry.step}`, { ns: 'play' }),
          review: t(`review.${p.entry.review}`),
        })}
      </p>
      <div className="author-layout">
        <div>
          <ModuleSummary preview={p} />
          <ModuleMap moduleId={p.scenario.id} graph={p.graph} selected={nodeId} />
        </div>
        <div>
          {nodeId ? (
            <NodePanel preview={p} nodeId={nodeId} />
          ) : (
            <p className="hint">{t('node.choose')}</p>
          )}
        </div>
      </div>
    </div>
  );
}
