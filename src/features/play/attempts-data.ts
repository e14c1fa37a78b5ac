import type { AttemptRecord } from '../../records/attempt-record';
import { sharedAttemptStore } from '../../records/attempt-store';

export type Progress = 'not-started' | 'in-progress' | 'passed' | 'not-passed';

/** A module's progress from the attempts on this device (the score each one recorded when it ended). */
export function progressOf(moduleId: string, attempts: readonly AttemptRecord[]): Progress {
  const mine = attempts.filter((a) => a.scenario.id === moduleId);
  if (mine.some((a) => a.endedAt && a.claimed?.passed)) return 'passed';
  if (mine.some((a) => !a.endedAt && a.log.length > 0)) return 'in-progress';
  if (mine.some((a) => a.endedAt)) return 'not-passed';
  return mine.length ? 'in-progress' : 'not-started';
}

/** The attempt to resume for a module: the newest unfinished one that has steps. */
export const unfinishedAttempt = (moduleId: string, attempts: readonly AttemptRecord[]) =>
  attempts.find((a) => a.scenario.id === moduleId && !a.endedAt && a.log.length > 0);

export async function listAttempts() {
  const store = await sharedAttemptStore();
  return store.list();
}
