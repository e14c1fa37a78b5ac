import { useTranslation } from 'react-i18next';
import { useGuidelineSources } from '../use-guideline-sources';
import { Citation, useCitable } from './guideline-list';

/**
 * Every guideline the attempt's steps rest on, each stated once with its source (UX review 5
 * and 21), instead of the full statement under every casualty.
 */
export function GuidelinesUsed({ ids, uid }: { ids: readonly string[]; uid: string }) {
  const { i18n } = useTranslation();
  const { t: td } = useTranslation('debrief');
  const shown = useCitable(ids);
  const sources = useGuidelineSources();
  if (!shown?.length) return null;
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return (
    <section aria-labelledby={`${uid}-guidelines`}>
      <h2 id={`${uid}-guidelines`}>{td('cite.used', { count: shown.length })}</h2>
      <p className="muted">{td('cite.usedHelp')}</p>
      <details className="disclosure guidelines-used" data-testid="guidelines-used">
        <summary>{td('cite.show')}</summary>
        <ul className="guideline-entries">
          {shown.map((g) => (
            <li key={g.id} data-testid="guideline-used">
              <p className="guideline-statement">{g.statement[lang]}</p>
              <p className="guideline-cite">
                <Citation g={g} sources={sources} />
              </p>
              {g.sources.some((s) => sources?.get(s)) && (
                <p className="guideline-source">
                  {td('cite.source')}{' '}
                  {g.sources
                    .map((s) => sources?.get(s)?.title)
                    .filter(Boolean)
                    .join('; ')}
                </p>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
