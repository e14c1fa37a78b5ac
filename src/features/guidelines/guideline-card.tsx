import { useTranslation } from 'react-i18next';
import type { GuidelineEntry } from './guideline-search';

/**
 * One guideline: its statement in the reader's language first and in the other language beside
 * it (authors adapt modules in both), its mark, dimension, steps, sources and the citing modules.
 */
export function GuidelineCard({
  entry,
  moduleTitle,
  headingLevel,
}: {
  entry: GuidelineEntry;
  moduleTitle: (id: string) => string;
  headingLevel: 1 | 2;
}) {
  const { t, i18n } = useTranslation('guidelines');
  const g = entry.guideline;
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const other = lang === 'es' ? 'en' : 'es';
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  // Families are catalogue data in English; a family added later shows as written until translated.
  const translated: unknown = i18n.getResource(i18n.language, 'guidelines', `families.${g.family}`);
  const family = typeof translated === 'string' ? translated : g.family;
  return (
    <article
      className={`guideline-card mark-${g.status}`}
      aria-labelledby={`g-${g.id}`}
      data-testid="guideline-card"
    >
      <Heading id={`g-${g.id}`} className="guideline-heading">
        <a href={`#/guidelines/${encodeURIComponent(g.id)}`}>
          <span className="guideline-code">{g.id}</span>
        </a>{' '}
        <span className="guideline-family">{family}</span>
      </Heading>
      <p className={`guideline-mark-badge mark-${g.status}`}>{t(`marks.${g.status}`)}</p>
      <div className="guideline-statements">
        <p className="guideline-statement" lang={lang === 'es' ? 'es-MX' : 'en'}>
          {g.statement[lang]}
        </p>
        <div className="guideline-statement other" lang={other === 'es' ? 'es-MX' : 'en'}>
          <p className="hint">{t('otherLanguage')}</p>
          <p>{g.statement[other]}</p>
        </div>
      </div>
      <dl className="guideline-meta">
        <div>
          <dt>{t('dimension')}</dt>
          <dd>{t(`dimension.${g.dimension}`, { ns: 'play' })}</dd>
        </div>
        <div>
          <dt>{t('step')}</dt>
          <dd>{g.steps.map((s) => t(`steps.${s}`)).join(' · ')}</dd>
        </div>
        <div>
          <dt>{t('sources')}</dt>
          <dd>
            {entry.sources.length ? (
              <ul>
                {entry.sources.map((s) => (
                  <li key={s.id}>{s.title}</li>
                ))}
              </ul>
            ) : (
              t('noSource')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('citedIn')}</dt>
          <dd>
            {entry.citedBy.length ? (
              <ul>
                {entry.citedBy.map((id) => (
                  <li key={id}>
                    <a href={`#/module/${encodeURIComponent(id)}`}>{moduleTitle(id)}</a>
                  </li>
                ))}
              </ul>
            ) : (
              t('citedNowhere')
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
