import type { TFunction } from 'i18next';
import type { Refusal } from '../../../analytics/read-cohort-files';

/** A refusal in the instructor's language: what is wrong, and for an attempt, which one. */
export function describeRefusal(t: TFunction<'assign'>, r: Refusal): string {
  const reason = r.reason;
  switch (reason.kind) {
    case 'not-json':
      return t('cohort.refusal.notJson');
    case 'foreign':
      return t('cohort.refusal.foreign');
    case 'empty':
      return t('cohort.refusal.empty');
    case 'newer-record':
      return t('cohort.refusal.newerRecord', { attempt: reason.attempt });
    case 'invalid-field':
      return t('cohort.refusal.invalidField', {
        attempt: reason.attempt,
        path: reason.path,
        detail: reason.detail,
      });
    case 'duplicate':
      return t('cohort.refusal.duplicate', { attempt: reason.attempt });
    case 'other-assignment':
      return reason.assignmentId
        ? t('cohort.refusal.otherAssignment', {
            attempt: reason.attempt,
            assignment: reason.assignmentId,
          })
        : t('cohort.refusal.noAssignment', { attempt: reason.attempt });
    case 'unknown-scenario':
      return t('cohort.refusal.unknownScenario', {
        attempt: reason.attempt,
        module: reason.scenarioId,
      });
    case 'unknown-version':
      return t('cohort.refusal.unknownVersion', {
        attempt: reason.attempt,
        module: reason.scenarioId,
        version: reason.version,
      });
    case 'log-does-not-fit':
      return t('cohort.refusal.logDoesNotFit', { attempt: reason.attempt, detail: reason.detail });
  }
}
