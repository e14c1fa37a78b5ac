/** AttemptScore (the debrief's full scoring) → AttemptSummary (what aggregation needs, no text). */
import type { AttemptScore } from '../../engine/scoring/score-attempt';
import type { AttemptRecord } from '../attempt-record';
import type { AttemptSummary, ItemSummary, ResultSource } from '../attempt-summary';

export function summarizeAttempt(
  record: AttemptRecord,
  score: AttemptScore,
  { source, hashMatches }: { source: ResultSource; hashMatches: boolean },
): AttemptSummary {
  const items: ItemSummary[] = [];
  for (const it of score.items) {
    if (it.kind === 'ending') continue;
    items.push({
      id: it.id,
      node: it.node,
      kind: it.kind,
      response: it.response,
      ...(it.expected !== undefined ? { expected: it.expected } : {}),
      quality: it.quality,
      critical: it.critical,
      guidelines: it.guidelines,
      ...(it.reason !== undefined ? { reason: it.reason } : {}),
    });
  }
  const tallies = <K extends string>(
    t: Partial<Record<K, { earned: number; available: number }>>,
  ) =>
    Object.fromEntries(
      Object.entries(t).map(([k, v]) => {
        const { earned, available } = v as { earned: number; available: number };
        return [k, { earned, available }];
      }),
    ) as Partial<Record<K, { earned: number; available: number }>>;
  const claimed = record.claimed?.score;
  return {
    attemptId: record.attemptId,
    learnerId: record.learner.id,
    pseudonym: record.learner.pseudonym,
    role: record.learner.role,
    mode: record.mode,
    feedback: record.feedback,
    ...(record.assignment ? { assignmentId: record.assignment.id } : {}),
    ...(record.assignment?.cohort !== undefined ? { cohort: record.assignment.cohort } : {}),
    languages: record.languages,
    scenarioId: record.scenario.id,
    scenarioVersion: record.scenario.version,
    startedAt: record.startedAt,
    ...(record.endedAt !== undefined ? { endedAt: record.endedAt } : {}),
    source,
    ended: score.ended,
    passed: score.passed,
    score: score.score,
    passMark: score.passMark,
    ...(score.ending ? { endingRating: score.ending.rating, endingNode: score.ending.node } : {}),
    criticalCount: score.criticalErrors.length,
    byDimension: tallies(score.byDimension),
    byGuideline: tallies(score.byGuideline) as Record<
      string,
      { earned: number; available: number }
    >,
    measures: score.measures,
    items,
    ...(claimed !== undefined && Math.abs(claimed - score.score) > 1e-9
      ? { claimedScore: claimed }
      : {}),
    hashMatches,
  };
}
