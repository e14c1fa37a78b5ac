import { useTranslation } from 'react-i18next';
import type { CohortRefusal } from './cohort-refusal';
import { describeRefusal } from './describe-refusal';

/** Every file or attempt not counted, with its file name and the reason (nothing silently dropped). */
export function RefusalList({ refused }: { refused: readonly CohortRefusal[] }) {
  const { t, i18n } = useTranslation('assign');
  const { t: ti } = useTranslation('import');
  if (!refused.length) return null;
  return (
    <section aria-labelledby="cohort-refused-heading" className="cohort-refused">
      <h2 id="cohort-refused-heading">{t('cohort.refused.heading', { count: refused.length })}</h2>
      <p>{t('cohort.refused.help')}</p>
      <ul data-testid="cohort-refused">
        {refused.map((r, i) => (
          <li key={`${i}-${r.file}`}>
            <span className="cohort-file">{r.file}</span>:{' '}
            {describeRefusal(t, ti, r, i18n.language)}
          </li>
        ))}
      </ul>
    </section>
  );
}
