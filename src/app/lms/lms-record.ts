import type { Scenario } from '../../engine/schema/scenario';
import { resolvePassMark } from '../../engine/scoring/score-attempt';
import { structureHash } from '../../engine/attempt/structure-hash';
import type { AttemptRecord, LanguageTag } from '../../records/attempt-record';
import { loadProfile } from '../../features/play/profile';

/**
 * The learner of an LMS launch: the LMS's id (prefixed, so it never collides with a device's
 * random id) and name as the pseudonym. The LMS does not say the trainee's role: this device's
 * profile gives it when there is one, else the module's first role.
 */
export async function lmsLearner(
  s: Scenario,
  lms: { id: string; name: string },
): Promise<AttemptRecord['learner']> {
  const profile = await loadProfile().catch(() => undefined);
  return {
    id: `lms:${lms.id || 'anonymous'}`,
    pseudonym: lms.name || lms.id || 'LMS',
    role: profile?.role ?? s.roles[0]!,
  };
}

/** A new attempt for an LMS launch: assessed, feedback at the end, the LMS's mastery score first. */
export function newLmsRecord(
  s: Scenario,
  learner: AttemptRecord['learner'],
  language: LanguageTag,
  masteryScore?: number,
): AttemptRecord {
  return {
    recordVersion: 2,
    attemptId: crypto.randomUUID(),
    learner,
    mode: 'assessed',
    feedback: 'end',
    languages: [language],
    passMark: resolvePassMark({ lms: masteryScore, scenario: s.passMark }),
    scenario: { id: s.id, version: s.version, hash: structureHash(s) },
    seed: crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1,
    startedAt: new Date().toISOString(),
    log: [],
  };
}
