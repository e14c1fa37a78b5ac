import { dimensionLookup, hasScenario, loadScenarioAt } from '../../content/scenario-source';
import type { AttemptRecord } from '../../records/attempt-record';
import { rescore } from '../../records/rescore';
import type { TrendPoint } from '../../views/debrief/debrief';
import { listAttempts } from './attempts-data';

const source = { atVersion: loadScenarioAt, has: hasScenario };

/**
 * The same trainee's finished attempts of the module on this device, oldest first, each
 * re-scored from its log (never from a stored number), for the debrief's trend.
 */
export async function loadTrend(current: AttemptRecord): Promise<TrendPoint[]> {
  const { attempts } = await listAttempts();
  const mine = attempts
    .filter(
      (a) =>
        a.scenario.id === current.scenario.id &&
        a.learner.id === current.learner.id &&
        (a.endedAt || a.attemptId === current.attemptId),
    )
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const dims = await dimensionLookup();
  const points = await Promise.all(
    mine.map(async (a): Promise<TrendPoint | undefined> => {
      const r = await rescore(a, source, dims);
      if (!r.ok || !r.score.ended) return undefined;
      return {
        attemptId: a.attemptId,
        startedAt: a.startedAt,
        mode: a.mode,
        score: r.score.score,
        passed: r.score.passed,
        current: a.attemptId === current.attemptId,
      };
    }),
  );
  return points.filter((p): p is TrendPoint => p !== undefined);
}
