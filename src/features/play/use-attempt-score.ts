import { dimensionLookup, loadScenarioAt, loadScenarioText } from '../../content/scenario-source';
import type { AttemptRecord } from '../../records/attempt-record';
import { sharedAttemptStore } from '../../records/attempt-store';
import { rescore, type RescoreResult } from '../../records/rescore';
import { hasScenario } from '../../content/scenario-source';
import type { ScenarioTexts } from './scenario-text';

export type ScoredAttempt = { record: AttemptRecord; result: RescoreResult; texts?: ScenarioTexts };

const source = { atVersion: loadScenarioAt, has: hasScenario };

/** Re-scores an attempt from its log (never from a stored number) and loads its text. */
export async function scoreRecord(
  record: AttemptRecord,
  { imported = false } = {},
): Promise<ScoredAttempt> {
  const result = await rescore(record, source, await dimensionLookup(), { trusted: !imported });
  if (!result.ok) return { record, result };
  const [es, en] = await Promise.all([
    loadScenarioText(record.scenario.id, 'es'),
    loadScenarioText(record.scenario.id, 'en'),
  ]);
  return { record, result, ...(es && en ? { texts: { es, en } } : {}) };
}

export async function loadScoredAttempt(attemptId: string): Promise<ScoredAttempt | undefined> {
  const store = await sharedAttemptStore();
  const record = await store.get(attemptId);
  if (!record) return undefined;
  const scored = await scoreRecord(record);
  // Remember this device's own result for the library's progress badges; imports never get here.
  if (scored.result.ok && scored.result.score.ended) {
    const claimed = { score: scored.result.score.score, passed: scored.result.score.passed };
    if (record.claimed?.score !== claimed.score || record.claimed.passed !== claimed.passed)
      await store.save({ ...record, claimed });
  }
  return scored;
}
