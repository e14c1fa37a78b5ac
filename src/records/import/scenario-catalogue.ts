/**
 * The scenarios an import can score against, each version prepared once (reliability review M5:
 * the structure hash was recomputed for every attempt, 50–65 % of the re-score time). Sync, so the
 * pure import core and the worker share it; the worker builds it from the bundled scenario files,
 * Node scripts and tests from disk.
 */
import { structureHash } from '../../engine/attempt/structure-hash';
import type { Dimension } from '../../engine/schema/guideline';
import type { Scenario } from '../../engine/schema/scenario';
import { createBulkScorer } from '../../engine/scoring/bulk-scorer';

type BulkScorer = ReturnType<typeof createBulkScorer>;
import { resolvePassMark } from '../../engine/scoring/score-attempt';

export type PreparedScenario = {
  scenario: Scenario;
  /** Structure hash, computed once per version. */
  hash: string;
  /** The module's own pass mark: what a result file from outside is scored with. */
  passMark: number;
  /** The bulk scorer, compiled on first use (aggregate re-scoring, not the import). */
  bulk: () => BulkScorer;
};

export type ScenarioCatalogue = {
  get: (id: string, version: number) => PreparedScenario | undefined;
  /** Versions this build can score for a scenario id, ascending; empty when the id is unknown. */
  versions: (id: string) => readonly number[];
  dimensionOf: (guidelineId: string) => Dimension | undefined;
  /** The newest version of each scenario, in library order (demo cohorts play these). */
  latest: () => PreparedScenario[];
};

export function createScenarioCatalogue(
  scenarios: Iterable<Scenario>,
  dimensionOf: (guidelineId: string) => Dimension | undefined,
): ScenarioCatalogue {
  const byKey = new Map<string, PreparedScenario>();
  const versions = new Map<string, number[]>();
  for (const scenario of scenarios) {
    const key = `${scenario.id}@${scenario.version}`;
    if (byKey.has(key)) continue;
    let bulk: ReturnType<PreparedScenario['bulk']> | undefined;
    byKey.set(key, {
      scenario,
      hash: structureHash(scenario),
      passMark: resolvePassMark({ scenario: scenario.passMark }),
      bulk: () => (bulk ??= createBulkScorer(scenario, dimensionOf)),
    });
    const list = versions.get(scenario.id) ?? [];
    list.push(scenario.version);
    list.sort((a, b) => a - b);
    versions.set(scenario.id, list);
  }
  return {
    get: (id, version) => byKey.get(`${id}@${version}`),
    versions: (id) => versions.get(id) ?? [],
    dimensionOf,
    latest: () =>
      [...versions]
        .map(([id, vs]) => byKey.get(`${id}@${vs.at(-1)}`)!)
        .sort(
          (a, b) =>
            (a.scenario.order ?? 0) - (b.scenario.order ?? 0) ||
            a.scenario.id.localeCompare(b.scenario.id),
        ),
  };
}
