import type { TFunction } from 'i18next';
import {
  describeAttemptRefusal,
  describeDuplicate,
  describeFileRefusal,
  type ImportT,
} from '../../../views/import-report/describe-refusal';
import type { CohortRefusal } from './cohort-refusal';

/** A refusal in the instructor's language: which attempt (if one), and what is wrong. */
export function describeRefusal(
  t: TFunction<'assign'>,
  ti: ImportT,
  r: CohortRefusal,
  lang: string,
): string {
  switch (r.kind) {
    case 'file':
      return describeFileRefusal(ti, r.refusal, lang);
    case 'attempt':
      return t('cohort.refusal.attempt', {
        attempt: r.attempt,
        reason: describeAttemptRefusal(ti, r.refusal, lang),
      });
    case 'duplicate':
      return t('cohort.refusal.attempt', {
        attempt: r.attempt,
        reason: describeDuplicate(ti, r.relation),
      });
    case 'other-assignment':
      return r.assignmentId
        ? t('cohort.refusal.otherAssignment', { attempt: r.attempt, assignment: r.assignmentId })
        : t('cohort.refusal.noAssignment', { attempt: r.attempt });
  }
}
