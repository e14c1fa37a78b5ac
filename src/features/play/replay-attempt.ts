import { effectiveLog } from '../../engine/attempt/decision-log';
import type { AttemptRecord, LanguageTag } from '../../records/attempt-record';
import { sharedAttemptStore } from '../../records/attempt-store';
import type { Profile } from './profile';

/**
 * "Replay from this decision" (issue 14): a new practice attempt that starts at step `index` of
 * `from`, with the steps before it replayed. The scored record stays honest: `from` is never
 * touched, and the new attempt is an attempt of its own — practice, outside any assignment (it
 * did not start at the beginning), at the same module version and choice order (the same seed),
 * so the trainee meets the decision as they saw it. Its steps carry the time of the replay.
 */
export function replayRecord(
  from: AttemptRecord,
  index: number,
  profile: Profile,
  language: LanguageTag,
  now: Date,
  attemptId: string,
): AttemptRecord {
  const at = now.getTime();
  return {
    recordVersion: 2,
    attemptId,
    learner: { id: profile.learnerId, pseudonym: profile.pseudonym, role: profile.role },
    mode: 'practice',
    feedback: 'immediate',
    languages: [language],
    passMark: from.passMark,
    scenario: { ...from.scenario },
    seed: from.seed,
    startedAt: now.toISOString(),
    log: effectiveLog(from.log)
      .slice(0, index)
      .map((e) => ({ ...e, at })),
  };
}

/** Creates and saves the replay attempt; the clock and the id come from here. */
export async function startReplay(
  from: AttemptRecord,
  index: number,
  profile: Profile,
  language: LanguageTag,
): Promise<AttemptRecord> {
  const record = replayRecord(from, index, profile, language, new Date(), crypto.randomUUID());
  await (await sharedAttemptStore()).save(record);
  return record;
}
