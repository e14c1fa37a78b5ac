import { isLate, type Assignment } from '../../records/assignment';
import type { AttemptRecord } from '../../records/attempt-record';

export type ModuleStatus = {
  moduleId: string;
  status: 'not-started' | 'in-progress' | 'done';
  /** Done after the due day, or not done and the due day has passed. */
  late: boolean;
  /** The first finished attempt's result, as the app saw it when it ended. */
  passed?: boolean;
  /** The newest finished attempt (its debrief) and the unfinished one to resume. */
  lastDone?: AttemptRecord;
  resume?: AttemptRecord;
};

/**
 * A trainee's progress on an assignment, from the attempts on this device made under it (any
 * revision: they share the id). Done = a finished attempt; its lateness is when the first one ended.
 */
export function assignmentProgress(
  a: Assignment,
  attempts: readonly AttemptRecord[],
  now: Date,
): ModuleStatus[] {
  const mine = attempts.filter((r) => r.assignment?.id === a.id);
  return a.modules.map((moduleId) => {
    const ofModule = mine.filter((r) => r.scenario.id === moduleId);
    const done = ofModule
      .filter((r) => r.endedAt)
      .sort((x, y) => x.endedAt!.localeCompare(y.endedAt!));
    const resume = ofModule.find((r) => !r.endedAt && r.log.length > 0);
    const first = done[0];
    if (first)
      return {
        moduleId,
        status: 'done',
        late: isLate(a, new Date(first.endedAt!)),
        passed: done.some((r) => r.claimed?.passed),
        lastDone: done[done.length - 1],
        ...(resume ? { resume } : {}),
      };
    return {
      moduleId,
      status: resume ? 'in-progress' : 'not-started',
      late: isLate(a, now),
      ...(resume ? { resume } : {}),
    };
  });
}
