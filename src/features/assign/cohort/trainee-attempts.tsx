import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraineeRow } from '../../../analytics/aggregate-trainees';
import type { AttemptRecord } from '../../../records/attempt-record';
import { scoreRecord, type ScoredAttempt } from '../../../content/score-record';
import { Debrief } from '../../../views/debrief/debrief';
import { formatDate } from './format';

type Props = {
  trainee: TraineeRow;
  recordOf: (attemptId: string) => AttemptRecord | undefined;
  titleOf: (moduleId: string) => string;
  onClose: () => void;
};

/** A trainee's attempts; one opens as the trainee's own debrief, read-only (DESIGN §8.8). */
export function TraineeAttempts({ trainee, recordOf, titleOf, onClose }: Props) {
  const { t, i18n } = useTranslation('assign');
  const { t: tp } = useTranslation('play');
  const [open, setOpen] = useState<{ id: string; scored?: ScoredAttempt }>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [trainee.learnerId]);
  const show = async (attemptId: string) => {
    const record = recordOf(attemptId);
    if (!record) return;
    setOpen({ id: attemptId });
    const scored = await scoreRecord(record, { imported: true });
    setOpen((o) => (o?.id === attemptId ? { id: attemptId, scored } : o));
  };
  const attempts = [...trainee.attemptList].sort((a, b) => b.startedAt - a.startedAt);
  return (
    <section className="trainee-attempts" aria-labelledby="trainee-attempts-heading">
      <h2 id="trainee-attempts-heading" ref={heading} tabIndex={-1}>
        {t('cohort.detail.heading', { name: trainee.pseudonym })}
      </h2>
      <ul data-testid="trainee-attempts">
        {attempts.map((a) => {
          const module = titleOf(a.scenarioId);
          const date = formatDate(a.startedAt, i18n.language);
          const result = a.ended
            ? t('cohort.detail.scored', {
                score: Math.round(a.score * 100),
                verdict: a.passed ? t('cohort.status.passed') : t('cohort.status.not-passed'),
              })
            : t('cohort.detail.unfinished');
          return (
            <li key={a.attemptId}>
              {t('cohort.detail.attempt', { module, date, result })}{' '}
              <button
                type="button"
                aria-label={t('cohort.detail.openLabel', { module, date })}
                aria-pressed={open?.id === a.attemptId}
                onClick={() => void show(a.attemptId)}
                data-testid="open-attempt"
              >
                {t('cohort.detail.open')}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onClose} className="no-print">
        {t('cohort.detail.close')}
      </button>
      {open &&
        (open.scored ? (
          <div className="cohort-debrief" data-testid="cohort-debrief">
            <Debrief scored={open.scored} imported />
          </div>
        ) : (
          <p role="status">{tp('loading')}</p>
        ))}
    </section>
  );
}
