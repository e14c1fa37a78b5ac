import type { LibraryEntry } from '../../content/library';
import { resolvePassMark } from '../../engine/scoring/score-attempt';
import type {
  AttemptRecord,
  FeedbackTiming,
  LanguageTag,
  Mode,
} from '../../records/attempt-record';
import { sharedAttemptStore } from '../../records/attempt-store';
import type { Profile } from './profile';

/** What an assignment sets for the attempts made under it (issue 10). */
export type AssignedAttempt = {
  assignment: { id: string; cohort: string };
  passMark: number;
  feedback: FeedbackTiming;
};

/** Creates and saves a new attempt; the clock and randomness live here, never in the engine. */
export async function startAttempt(
  entry: LibraryEntry,
  mode: Mode,
  profile: Profile,
  language: LanguageTag,
  assigned?: AssignedAttempt,
): Promise<AttemptRecord> {
  const seed = crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
  const record: AttemptRecord = {
    recordVersion: 2,
    attemptId: crypto.randomUUID(),
    learner: { id: profile.learnerId, pseudonym: profile.pseudonym, role: profile.role },
    mode,
    // Practice gives feedback after each choice; assessed holds it to the end unless an assignment says otherwise.
    feedback: mode === 'practice' ? 'immediate' : (assigned?.feedback ?? 'end'),
    ...(assigned ? { assignment: assigned.assignment } : {}),
    languages: [language],
    passMark: resolvePassMark({
      assignment: assigned?.passMark,
      scenario: entry.passMark ?? undefined,
    }),
    scenario: { id: entry.id, version: entry.version, hash: entry.hash },
    seed,
    startedAt: new Date().toISOString(),
    log: [],
  };
  const store = await sharedAttemptStore();
  await store.save(record);
  return record;
}
