import { useTranslation } from 'react-i18next';
import { isCitable } from '../../engine/schema/dimensions';
import { useCatalogue } from '../use-catalogue';

/**
 * The guidelines a decision rests on, with their statements in the current language. Unverified
 * [U] guidelines are never shown to a trainee as the rule (catalogue §0.4).
 */
export function GuidelineList({ ids }: { ids: readonly string[] }) {
  const { t, i18n } = useTranslation('play');
  const catalogue = useCatalogue();
  if (!catalogue) return null;
  const shown = ids.map((id) => catalogue.get(id)).filter((g) => g && isCitable(g));
  if (!shown.length) return null;
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return (
    <div className="guidelines">
      <p className="guidelines-heading">{t('guidelines.heading')}</p>
      <ul>
        {shown.map((g) => (
          <li key={g!.id}>
            <span className="guideline-id">{g!.id}</span>
            {g!.status === 'P' && (
              <span className="guideline-mark"> ({t('guidelines.partlyVerified')})</span>
            )}
            <span> — {g!.statement[lang]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
