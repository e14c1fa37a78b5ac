import type { AttemptRecord } from '../../records/attempt-record';
import { sharedAttemptStore } from '../../records/attempt-store';
import type { Profile } from './profile';

/**
 * `practiced`: finished practice runs only, none passed. A practice run is for learning, so it is
 * never shown as a failure (review item 10); `not-passed` needs a finished assessed attempt.
 */
export type Progress = 'not-started' | 'in-progress' | 'passed' | 'practiced' | 'not-passed';

/** A module's progress from the attempts on this device (the score each one recorded when it ended). */
export function progressOf(moduleId: string, attempts: readonly AttemptRecord[]): Progress {
  const mine = attempts.filter((a) => a.scenario.id === moduleId);
  if (mine.some((a) => a.endedAt && a.claimed?.passed)) return 'passed';
  if (mine.some((a) => !a.endedAt && a.log.length > 0)) return 'in-progress';
  if (mine.some((a) => a.endedAt && a.mode === 'assessed')) return 'not-passed';
  if (mine.some((a) => a.endedAt)) return 'practiced';
  return mine.length ? 'in-progress' : 'not-started';
}

/** The attempt to resume for a module: the newest unfinished one that has steps. */
export const unfinishedAttempt = (moduleId: string, attempts: readonly AttemptRecord[]) =>
  attempts.find((a) => a.scenario.id === moduleId && !a.endedAt && a.log.length > 0);

/** The newest unfinished attempt of a module, even one with no step yet: the intro offers it
 *  rather than a second attempt (after Back from the player's first screen, review item 11). */
export const openAttempt = (moduleId: string, attempts: readonly AttemptRecord[]) =>
  attempts.find((a) => a.scenario.id === moduleId && !a.endedAt);

/**
 * The current trainee's attempts. On a shared device another trainee's attempts stay on it after
 * "switch trainee" (review item 12), so lists show only the profile's own: the same learner id, or
 * the same pseudonym (records from before learner ids, and a trainee who comes back under the
 * pseudonym they used). Without a profile (an LMS launch) nothing is filtered.
 */
export const ownAttempts = (attempts: readonly AttemptRecord[], profile: Profile | undefined) =>
  profile
    ? attempts.filter(
        (a) => a.learner.id === profile.learnerId || a.learner.pseudonym === profile.pseudonym,
      )
    : [...attempts];

export async function listAttempts() {
  const store = await sharedAttemptStore();
  return store.list();
}
