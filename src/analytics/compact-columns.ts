/**
 * Re-scoring the analytics columns from the stored compact form (DESIGN §8.5): attempts' logs
 * encoded once per scenario version (src/engine/scoring/compact-scorer.ts), then `scoreAll` writes
 * the score columns of every attempt (score, ended, passed, ending, critical errors, points per
 * dimension) straight into `AttemptColumns`: typed arrays in, typed arrays out, no object per
 * attempt. Encoding is the one-off import cost; re-scoring is what a new scoring build repeats.
 *
 * What re-scoring here does not rewrite: the item, per-guideline and welfare-measure tables. They
 * are derived from the same log at import and, for one scenario version, depend on the log alone.
 */
import type { LogEntry } from '../engine/attempt/decision-log';
import { DIMENSIONS } from '../engine/schema/dimensions';
import type { Dimension } from '../engine/schema/guideline';
import type { Scenario } from '../engine/schema/scenario';
import {
  compactScores,
  createCompactScorer,
  type CompactLogs,
  type CompactScorer,
  type CompactScores,
} from '../engine/scoring/compact-scorer';
import type { AttemptColumns } from './attempt-columns';

/** Attempts of one scenario version and pass mark: attempt i is column row `rows[i]`. */
export type CompactGroup = {
  scorer: CompactScorer;
  passMark: number;
  logs: CompactLogs;
  rows: Uint32Array;
};

export type CompactStore = { groups: CompactGroup[]; size: number };

export type CompactEntry = {
  row: number;
  scenario: Scenario;
  passMark: number;
  log: readonly LogEntry[];
};

/** Encodes attempts' logs into the compact form, grouped by scenario version and pass mark. */
export function encodeCompactStore(
  entries: Iterable<CompactEntry>,
  dimensionOf: (guidelineId: string) => Dimension | undefined,
): CompactStore {
  const scorers = new Map<Scenario, CompactScorer>();
  const byKey = new Map<Scenario, Map<number, { logs: (readonly LogEntry[])[]; rows: number[] }>>();
  let size = 0;
  for (const e of entries) {
    let marks = byKey.get(e.scenario);
    if (!marks) byKey.set(e.scenario, (marks = new Map()));
    let g = marks.get(e.passMark);
    if (!g) marks.set(e.passMark, (g = { logs: [], rows: [] }));
    g.logs.push(e.log);
    g.rows.push(e.row);
    size++;
  }
  const groups: CompactGroup[] = [];
  for (const [scenario, marks] of byKey) {
    let scorer = scorers.get(scenario);
    if (!scorer) scorers.set(scenario, (scorer = createCompactScorer(scenario, dimensionOf)));
    for (const [passMark, g] of marks)
      groups.push({
        scorer,
        passMark,
        logs: scorer.encodeAll(g.logs),
        rows: Uint32Array.from(g.rows),
      });
  }
  return { groups, size };
}

const DIMS = DIMENSIONS.length;
// One scratch, grown to the largest group and reused across re-scorings (no allocation per run).
let scratch: CompactScores | undefined;

/**
 * Re-scores every stored attempt into `c`'s score columns. Returns how many logs no longer fit
 * their scenario version (those rows read as unfinished, not passed, score 0).
 */
export function rescoreColumns(c: AttemptColumns, store: CompactStore): number {
  let misfits = 0;
  for (const g of store.groups) {
    const n = g.logs.count;
    if (!scratch || scratch.score.length < n) scratch = compactScores(n);
    const o = scratch;
    g.scorer.scoreAll(g.logs, g.passMark, o);
    const rows = g.rows;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      if (o.atEntry[i]! >= 0) misfits++;
      c.score[r] = o.score[i]!;
      c.ended[r] = o.ended[i]!;
      c.passed[r] = o.passed[i]!;
      c.passMark[r] = g.passMark;
      // The scorer's ending is 1 + the RATINGS index (0: none); the columns' is the index or -1.
      c.ending[r] = o.ending[i]! - 1;
      c.critical[r] = o.criticalErrors[i]!;
      const d = r * DIMS;
      const s = i * DIMS;
      for (let k = 0; k < DIMS; k++) {
        c.dimEarned[d + k] = o.dimensionEarned[s + k]!;
        c.dimAvailable[d + k] = o.dimensionAvailable[s + k]!;
      }
    }
  }
  return misfits;
}
