import { useTranslation } from 'react-i18next';
import type { ModulePreview } from './author-data';

const pct = (part: number, whole: number) =>
  `${whole ? Math.round((100 * part) / whole) : 0}\u202f%`;

/** Counts, citations by mark, the answer tell per language and the checker's findings. */
export function ModuleSummary({ preview }: { preview: ModulePreview }) {
  const { t } = useTranslation('author');
  const nodes = Object.values(preview.scenario.nodes);
  const count = (k: string) => nodes.filter((n) => n.kind === k).length;
  const endings = { good: 0, mixed: 0, poor: 0 };
  for (const n of nodes) if (n.kind === 'ending') endings[n.rating] += 1;
  const { cited } = preview;
  return (
    <section aria-labelledby="summary-heading" className="module-summary">
      <h2 id="summary-heading">{t('stats.heading')}</h2>
      <dl className="summary-list" data-testid="author-stats">
        <div>
          <dt>{t('stats.nodes')}</dt>
          <dd>{nodes.length}</dd>
        </div>
        <div>
          <dt>{t('stats.decisions')}</dt>
          <dd>{count('decision')}</dd>
        </div>
        <div>
          <dt>{t('stats.boards')}</dt>
          <dd>{count('triage') + count('dispersion') + count('interview')}</dd>
        </div>
        <div>
          <dt>{t('stats.endings')}</dt>
          <dd>{t('stats.endingsByRating', endings)}</dd>
        </div>
        <div>
          <dt>{t('stats.cited')}</dt>
          <dd>
            {t('stats.citedByMark', {
              V: cited.V.length,
              P: cited.P.length,
              U: cited.U.length,
            })}
            <ul className="cited-list">
              {[...cited.V, ...cited.P, ...cited.U].map((id) => (
                <li key={id}>
                  <a href={`#/guidelines/${encodeURIComponent(id)}`}>{id}</a>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {(['es', 'en'] as const).map((lang) => {
          const { g, broken } = preview.tells[lang];
          return (
            <div key={lang}>
              <dt>{t('stats.tell', { lang: lang === 'es' ? 'Español' : 'English' })}</dt>
              <dd data-testid={`tell-${lang}`}>
                {t('stats.tellLine', {
                  longest: pct(g.bestIsLongest, g.decisions),
                  topTwo: pct(g.bestInTopTwo, g.decisions),
                  clauses: pct(g.bestHasMostClauses, g.decisions),
                })}{' '}
                — <strong>{broken.length ? t('stats.tellBroken') : t('stats.tellOk')}</strong>
              </dd>
            </div>
          );
        })}
      </dl>
      <h2 id="issues-heading">{t('issues.heading')}</h2>
      {preview.issues.length === 0 ? (
        <p data-testid="author-issues">{t('issues.none')}</p>
      ) : (
        <>
          <p className="hint">{t('issues.note')}</p>
          <ul className="author-issues" data-testid="author-issues">
            {preview.issues.map((i, n) => (
              <li key={n} className={`issue-${i.severity}`}>
                <strong>{t(`issues.${i.severity}`)}</strong> <code>{i.path}</code>:{' '}
                <span lang="en">{i.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">{t('check', { id: preview.scenario.id })}</p>
    </section>
  );
}
