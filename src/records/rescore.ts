import type { Scenario } from '../engine/schema/scenario';
import { structureHash } from '../engine/attempt/structure-hash';
import { resolvePassMark, scoreAttempt, type AttemptScore } from '../engine/scoring/score-attempt';
import type { Dimension } from '../engine/schema/guideline';
import type { AttemptRecord } from './attempt-record';

/** One structure hash per scenario object, not per attempt (reliability review M5). */
const hashes = new WeakMap<Scenario, string>();
const hashOf = (s: Scenario) => {
  let h = hashes.get(s);
  if (h === undefined) hashes.set(s, (h = structureHash(s)));
  return h;
};

/** Finds the scenario an attempt was played against: the current file, or its history copy. */
export type ScenarioSource = {
  atVersion: (id: string, version: number) => Promise<Scenario | undefined>;
  has: (id: string) => boolean;
};

export type RescoreResult =
  | { ok: true; score: AttemptScore; scenario: Scenario; hashMatches: boolean }
  | {
      ok: false;
      reason: 'unknown-scenario' | 'unknown-version' | 'log-does-not-fit';
      detail?: string;
    };

/**
 * Recomputes an attempt's score from its log alone (DESIGN §4–§5). A record from outside this
 * device (`trusted: false`) does not choose its own pass mark: the module's applies.
 */
export async function rescore(
  record: AttemptRecord,
  source: ScenarioSource,
  dimensionOf: (g: string) => Dimension | undefined,
  { trusted = true }: { trusted?: boolean } = {},
): Promise<RescoreResult> {
  const scenario = await source.atVersion(record.scenario.id, record.scenario.version);
  if (!scenario) {
    return source.has(record.scenario.id)
      ? { ok: false, reason: 'unknown-version', detail: String(record.scenario.version) }
      : { ok: false, reason: 'unknown-scenario', detail: record.scenario.id };
  }
  const passMark = trusted ? record.passMark : resolvePassMark({ scenario: scenario.passMark });
  const r = scoreAttempt(scenario, record.log, { passMark, dimensionOf });
  if (!r.ok)
    return {
      ok: false,
      reason: 'log-does-not-fit',
      detail: `${r.reason} at entry ${r.atEntry + 1}`,
    };
  return {
    ok: true,
    score: r.value,
    scenario,
    hashMatches: hashOf(scenario) === record.scenario.hash,
  };
}
