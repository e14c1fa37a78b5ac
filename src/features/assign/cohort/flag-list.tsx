import { useTranslation } from 'react-i18next';
import type { AttemptFlag } from '../../../analytics/aggregate-cohort';

/** Scores to check: a claimed score that differs from the recomputed one, a changed module. */
export function FlagList({
  flags,
  pseudonymOf,
  titleOf,
}: {
  flags: readonly AttemptFlag[];
  pseudonymOf: (learnerId: string) => string;
  titleOf: (moduleId: string) => string;
}) {
  const { t } = useTranslation('assign');
  if (!flags.length) return null;
  return (
    <section aria-labelledby="cohort-flags-heading">
      <h2 id="cohort-flags-heading">{t('cohort.flags.heading', { count: flags.length })}</h2>
      <ul data-testid="cohort-flags">
        {flags.map((f) => {
          const base = { name: pseudonymOf(f.learnerId), module: titleOf(f.scenarioId) };
          return (
            <li key={`${f.kind}-${f.attemptId}`}>
              {f.kind === 'claimed-differs'
                ? t('cohort.flags.claimed', {
                    ...base,
                    claimed: Math.round(f.claimed * 100),
                    score: Math.round(f.score * 100),
                  })
                : t('cohort.flags.scenarioChanged', base)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
