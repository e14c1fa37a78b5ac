/**
 * An attempt's score → AttemptSummary (what aggregation needs, no text). Two sources give the same
 * summary: the bulk scorer's detail (the import's fast path) and `scoreAttempt` (the debrief's
 * scoring); a test holds them equal. Items are the engine's scored items, shared, not copied:
 * they carry `points` and `weight` besides the ItemSummary fields.
 */
import { DIMENSIONS } from '../../engine/schema/dimensions';
import type { BulkScoreWithDetail } from '../../engine/scoring/bulk-scorer';
import type { AttemptScore } from '../../engine/scoring/score-attempt';
import type { AttemptRecord } from '../attempt-record';
import type { AttemptSummary, ItemSummary, ResultSource } from '../attempt-summary';
import type { ScoredItem } from '../../engine/scoring/scored-item';

type Context = { source: ResultSource; hashMatches: boolean; passMark: number };
type Scored = Pick<
  AttemptSummary,
  | 'ended'
  | 'passed'
  | 'score'
  | 'endingRating'
  | 'endingNode'
  | 'criticalCount'
  | 'byDimension'
  | 'byGuideline'
  | 'measures'
  | 'items'
>;

function summary(record: AttemptRecord, scored: Scored, ctx: Context): AttemptSummary {
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
    source: ctx.source,
    passMark: ctx.passMark,
    ...scored,
    ...(claimed !== undefined && Math.abs(claimed - scored.score) > 1e-9
      ? { claimedScore: claimed }
      : {}),
    hashMatches: ctx.hashMatches,
  };
}

/** From the bulk scorer's result with detail (the import's path). */
export function summarizeBulk(
  record: AttemptRecord,
  r: Extract<BulkScoreWithDetail, { ok: true }>,
  ctx: Context,
): AttemptSummary {
  const byDimension: AttemptSummary['byDimension'] = {};
  DIMENSIONS.forEach((d, i) => {
    const available = r.dimensionAvailable[i]!;
    if (available > 0) byDimension[d] = { earned: r.dimensionEarned[i]!, available };
  });
  return summary(
    record,
    {
      ended: r.ended,
      passed: r.passed,
      score: r.score,
      ...(r.ending && r.endingNode !== undefined
        ? { endingRating: r.ending, endingNode: r.endingNode }
        : {}),
      criticalCount: r.criticalErrors,
      byDimension,
      byGuideline: r.byGuideline,
      measures: r.measures,
      // The bulk scorer's items never include the ending.
      items: r.items as readonly ItemSummary[],
    },
    ctx,
  );
}

/** From the debrief's full scoring. */
export function summarizeAttempt(
  record: AttemptRecord,
  score: AttemptScore,
  ctx: Omit<Context, 'passMark'>,
): AttemptSummary {
  const tallies = (t: Record<string, { earned: number; available: number } | undefined>) => {
    const out: Record<string, { earned: number; available: number }> = {};
    for (const [k, v] of Object.entries(t))
      if (v) out[k] = { earned: v.earned, available: v.available };
    return out;
  };
  return summary(
    record,
    {
      ended: score.ended,
      passed: score.passed,
      score: score.score,
      ...(score.ending ? { endingRating: score.ending.rating, endingNode: score.ending.node } : {}),
      criticalCount: score.criticalErrors.length,
      byDimension: tallies(score.byDimension),
      byGuideline: tallies(score.byGuideline),
      measures: score.measures,
      items: score.items.filter((it): it is ScoredItem & ItemSummary => it.kind !== 'ending'),
    },
    { ...ctx, passMark: score.passMark },
  );
}
