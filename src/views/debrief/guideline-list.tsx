import { useTranslation } from 'react-i18next';
import { isCitable, type Guideline } from '../../engine/schema/guideline';
import type { GuidelineSource } from '../../content/guideline-sources';
import { useCatalogue } from '../use-catalogue';
import { useGuidelineSources } from '../use-guideline-sources';

/** The guideline browser's page for one guideline (issue 14: citations link to it). */
export const guidelineHref = (id: string) => `#/guidelines/${encodeURIComponent(id)}`;

/** The short names of a guideline's sources, for its one-line citation. */
export const sourceNames = (g: Guideline, sources: Map<string, GuidelineSource> | undefined) =>
  g.sources
    .map((s) => sources?.get(s)?.shortTitle)
    .filter((s): s is string => Boolean(s))
    .join(' / ');

/** The guidelines of `ids` a trainee may be shown: unverified [U] ones never are (catalogue §0.4). */
export function useCitable(ids: readonly string[]): Guideline[] | undefined {
  const catalogue = useCatalogue();
  if (!catalogue) return undefined;
  return ids.map((id) => catalogue.get(id)).filter((g): g is Guideline => !!g && isCitable(g));
}

/**
 * A citation: the source by name and the code, quietly, as a link to the guideline's page
 * (UX review 21: the source named, the monospace code no longer the loudest thing).
 */
export function Citation({
  g,
  sources,
}: {
  g: Guideline;
  sources: Map<string, GuidelineSource> | undefined;
}) {
  const { t } = useTranslation('play');
  const name = sourceNames(g, sources);
  return (
    <a className="citation" href={guidelineHref(g.id)}>
      {name && <span className="citation-source">{name}</span>}{' '}
      <span className="guideline-id">{g.id}</span>
      {g.status === 'P' && (
        <span className="guideline-mark"> ({t('guidelines.partlyVerified')})</span>
      )}
    </a>
  );
}

/**
 * The guidelines a decision rests on, in the current language. `compact` (the debrief) gives the
 * citations on one line, since the debrief states each guideline once in its own section;
 * otherwise (feedback, the cohort view) each statement is shown with its citation.
 */
export function GuidelineList({
  ids,
  compact = false,
}: {
  ids: readonly string[];
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation('play');
  const shown = useCitable(ids);
  const sources = useGuidelineSources();
  if (!shown?.length) return null;
  const lang = i18n.language === 'es' ? 'es' : 'en';
  if (compact) {
    // One entry per source, its codes after it: "START (START-RR30, START-WALK)".
    const groups = new Map<string, Guideline[]>();
    for (const g of shown) {
      const name = sourceNames(g, sources);
      groups.set(name, [...(groups.get(name) ?? []), g]);
    }
    return (
      <p className="guidelines citations">
        <span className="guidelines-heading">{t('guidelines.heading')}:</span>{' '}
        {[...groups].map(([name, gs], i) => (
          <span key={name || i} className="citation-group">
            {i > 0 && '; '}
            {name && <span className="citation-source">{name}</span>}
            {name && ' ('}
            {gs.map((g, j) => (
              <span key={g.id}>
                {j > 0 && ', '}
                <a className="citation" href={guidelineHref(g.id)}>
                  <span className="guideline-id">{g.id}</span>
                </a>
                {g.status === 'P' && (
                  <span className="guideline-mark"> ({t('guidelines.partlyVerified')})</span>
                )}
              </span>
            ))}
            {name && ')'}
          </span>
        ))}
      </p>
    );
  }
  return (
    <div className="guidelines">
      <p className="guidelines-heading">{t('guidelines.heading')}</p>
      <ul>
        {shown.map((g) => (
          <li key={g.id}>
            <span className="guideline-statement">{g.statement[lang]}</span>{' '}
            <span className="guideline-cite">
              — <Citation g={g} sources={sources} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
