/**
 * AttemptRecord + its recomputed score → AttemptSummary. A small adapter until the import
 * pipeline (src/records/, hardening) produces summaries itself; then the cohort view switches to
 * it and this stays only for this device's own records.
 */
import type { AttemptScore } from '../engine/scoring/score-attempt';
import type { ScoredItem } from '../engine/scoring/scored-item';
import type { AttemptRecord } from '../records/attempt-record';
import type { AttemptSummary, ItemSummary, ResultSource } from '../records/attempt-summary';

/** Claimed and recomputed scores closer than this are the same score (rounding in the file). */
const SAME_SCORE = 0.005;

export function summarizeAttempt(
  record: AttemptRecord,
  score: AttemptScore,
  { source, hashMatches }: { source: ResultSource; hashMatches: boolean },
): AttemptSummary {
  // Scored items and tallies are passed through, not copied: a summary is built for every
  // attempt of a cohort, and the extra fields (points, weight, score) are harmless to readers.
  const items = score.items.filter(isMet);
  const claimed = record.claimed?.score;
  return {
    attemptId: record.attemptId,
    learnerId: record.learner.id,
    pseudonym: record.learner.pseudonym,
    role: record.learner.role,
    mode: record.mode,
    feedback: record.feedback,
    ...(record.assignment ? { assignmentId: record.assignment.id } : {}),
    ...(record.assignment?.cohort ? { cohort: record.assignment.cohort } : {}),
    languages: record.languages,
    scenarioId: record.scenario.id,
    scenarioVersion: record.scenario.version,
    startedAt: record.startedAt,
    ...(record.endedAt ? { endedAt: record.endedAt } : {}),
    source,
    ended: score.ended,
    passed: score.passed,
    score: score.score,
    passMark: score.passMark,
    ...(score.ending ? { endingRating: score.ending.rating, endingNode: score.ending.node } : {}),
    criticalCount: score.criticalErrors.length,
    byDimension: score.byDimension,
    byGuideline: score.byGuideline,
    measures: score.measures,
    items,
    ...(claimed !== undefined && Math.abs(claimed - score.score) >= SAME_SCORE
      ? { claimedScore: claimed }
      : {}),
    hashMatches,
  };
}

/** Items the trainee met; the ending is an item of the score but not of the summary. */
const isMet = (i: ScoredItem): i is ScoredItem & ItemSummary => i.kind !== 'ending';
