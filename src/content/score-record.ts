import { dimensionLookup, hasScenario, loadScenarioAt, loadScenarioText } from './scenario-source';
import type { AttemptRecord } from '../records/attempt-record';
import { rescore, type RescoreResult } from '../records/rescore';

export type ScenarioTexts = { es: Record<string, unknown>; en: Record<string, unknown> };

/** An attempt with its score recomputed from the log, and the module's text in both languages. */
export type ScoredAttempt = { record: AttemptRecord; result: RescoreResult; texts?: ScenarioTexts };

const source = { atVersion: loadScenarioAt, has: hasScenario };

/**
 * Re-scores an attempt from its log (never from a stored number) and loads its text. A record from
 * outside this device (`imported`) is scored with the module's pass mark, not the one it carries.
 */
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
