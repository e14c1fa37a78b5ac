import { DIMENSIONS, type Dimension } from '../schema/dimensions.ts';
import type { Scenario } from '../schema/scenario.ts';
import type { LogEntry, StepEntry } from '../attempt/decision-log.ts';
import { effectiveLog } from '../attempt/decision-log.ts';
import {
  C_ALL,
  C_ANY,
  C_NOT,
  C_VAR,
  C_VISITED,
  compileScenario,
  K_BOARD,
  K_DECISION,
  K_ENDING,
  K_NARRATIVE,
  OP_ADD,
  OP_SET,
  type ScoringTables,
} from './compact-tables.ts';

/**
 * The compact stored form of attempt logs, and the scorer that reads it (DESIGN §8.5: re-scoring
 * 100,000 attempts from the stored compact form in under 500 ms).
 *
 * One scenario version, many attempts. Each attempt's effective log (its `back` entries applied)
 * is two int32 per step: the node's index in the scenario, and the choice's index in that node
 * (decisions), 0 (narratives) or the board response's interned index (triage, dispersion,
 * interview). A code of -1 marks what does not fit (an unknown node, choice or response, or an
 * entry of the wrong kind): scoring refuses the attempt at that step, as `scoreAttempt` does.
 *
 * Everything a replay needs is precomputed per scenario version: nodes and choices become integer
 * tables, variables slots in a Float64Array, effects a small op list, and every distinct board
 * response is scored once when it is first encoded (its points, criticals, dimension tallies and
 * the metrics its outcomes test). Scoring then walks integers, allocates nothing per step or per
 * attempt, and writes into typed-array columns. It computes what `scoreAttempt` computes; a test
 * holds them equal over random paths and demo attempts.
 *
 * The JSON decision log stays the source of truth (DESIGN §5): this form is derived from it, per
 * build, and is only as valid as the scenario version it was encoded against.
 */

/** Many attempts of one scenario version: attempt i is `steps[2·offsets[i] … 2·offsets[i+1])`. */
export type CompactLogs = {
  readonly count: number;
  readonly steps: Int32Array;
  /** Length count + 1, in steps (not int32s). */
  readonly offsets: Uint32Array;
};

/** Scores of many attempts, one row per attempt (dimension columns: 5 per row, like DIMENSIONS). */
export type CompactScores = {
  /** -1 when the log fits, else the (effective) step at which it stops fitting. */
  atEntry: Int32Array;
  score: Float64Array;
  ended: Uint8Array;
  passed: Uint8Array;
  /** 0 when unfinished, else 1 + the index of the ending's rating in RATINGS. */
  ending: Uint8Array;
  criticalErrors: Uint32Array;
  dimensionEarned: Float64Array;
  dimensionAvailable: Float64Array;
};

export const compactScores = (n: number): CompactScores => ({
  atEntry: new Int32Array(n),
  score: new Float64Array(n),
  ended: new Uint8Array(n),
  passed: new Uint8Array(n),
  ending: new Uint8Array(n),
  criticalErrors: new Uint32Array(n),
  dimensionEarned: new Float64Array(n * DIMENSIONS.length),
  dimensionAvailable: new Float64Array(n * DIMENSIONS.length),
});

export type CompactScorer = {
  /** One attempt's effective log as step codes (node, value pairs). */
  encode: (log: readonly LogEntry[]) => Int32Array;
  /** Many attempts' logs in one buffer. */
  encodeAll: (logs: Iterable<readonly LogEntry[]>) => CompactLogs;
  /** Scores attempts [from, to) of `logs` into rows [at, at + to − from) of `out`. */
  scoreAll: (
    logs: CompactLogs,
    passMark: number,
    out: CompactScores,
    from?: number,
    to?: number,
    at?: number,
  ) => void;
};

const DIMS = DIMENSIONS.length;

/** Whether condition `c` holds (module-level and closure-free, like everything the loop calls). */
function holds(t: ScoringTables, c: number, m: Float64Array, mb: number): boolean {
  const k = t.condKind[c]!;
  const arg = t.condArg[c]!;
  if (k === C_ALL || k === C_ANY) {
    const all = k === C_ALL;
    for (let j = arg; j < arg + t.condCount[c]!; j++)
      if (holds(t, t.condChildren[j]!, m, mb) !== all) return !all;
    return all;
  }
  if (k === C_NOT) return !holds(t, arg, m, mb);
  if (k === C_VISITED) return arg >= 0 && t.visitedAt[arg] === t.stamp;
  // An unknown variable reads 0, as in advance().
  const x = k === C_VAR ? (arg < 0 ? 0 : t.vars[arg]!) : m[mb + arg]!;
  const mask = t.condMask[c]!;
  const v = 6 * c;
  const cv = t.condValue;
  return (
    (!(mask & 1) || x === cv[v]) &&
    (!(mask & 2) || x !== cv[v + 1]) &&
    (!(mask & 4) || x > cv[v + 2]!) &&
    (!(mask & 8) || x >= cv[v + 3]!) &&
    (!(mask & 16) || x < cv[v + 4]!) &&
    (!(mask & 32) || x <= cv[v + 5]!)
  );
}

/** Applies effects [from, to), clamped to each variable's bounds. */
function run(t: ScoringTables, from: number, to: number, m: Float64Array, mb: number): void {
  const v = t.vars;
  for (let k = from; k < to; k++) {
    const i = t.opSlot[k]!;
    const op = t.opKind[k]!;
    const x = t.opValue[k]!;
    const raw = op === OP_SET ? x : v[i]! + (op === OP_ADD ? x : m[mb + x]!);
    v[i] = Math.min(t.max[i]!, Math.max(t.min[i]!, raw));
  }
}

/** The first outcome of [from, to) whose condition holds, or -1. */
function firstOutcome(
  t: ScoringTables,
  from: number,
  to: number,
  m: Float64Array,
  mb: number,
): number {
  for (let o = from; o < to; o++) {
    const w = t.outWhen[o]!;
    if (w < 0 || holds(t, w, m, mb)) return o;
  }
  return -1;
}

/**
 * Walks one attempt's steps [first, end) from the start node; returns the failing step (relative
 * to `first`) or -1, and leaves the node reached in `pos.node` and the sums in `pos`.
 */
function walk(
  t: ScoringTables,
  steps: Int32Array,
  first: number,
  end: number,
  out: CompactScores,
  d0: number,
  pos: { node: number; earned: number; available: number; critical: number },
): number {
  const zero = t.zero;
  let cur = t.start;
  if (cur >= 0) t.visitedAt[cur] = t.stamp;
  pos.node = cur;
  for (let k = first; k < end; k++) {
    const n = steps[2 * k]!;
    const v = steps[2 * k + 1]!;
    const nk = cur < 0 ? K_ENDING : t.kind[cur]!;
    if (nk === K_ENDING || n !== cur || v < 0) return k - first;
    let next = -1;
    if (nk === K_DECISION) {
      if (v >= t.choiceCount[cur]!) return k - first;
      const c = t.choiceBase[cur]! + v;
      const w = t.chWhen[c]!;
      if (w >= 0 && !holds(t, w, zero, 0)) return k - first;
      const p = t.chPoints[c]!;
      pos.earned += p;
      pos.available += 1;
      pos.critical += t.chCritical[c]!;
      for (let j = t.chDimFrom[c]!; j < t.chDimFrom[c + 1]!; j++) {
        out.dimensionEarned[d0 + t.chDimList[j]!]! += p;
        out.dimensionAvailable[d0 + t.chDimList[j]!]! += 1;
      }
      run(t, t.chFxFrom[c]!, t.chFxTo[c]!, zero, 0);
      next = t.chNext[c]!;
    } else if (nk === K_NARRATIVE) {
      run(t, t.nodeFxFrom[cur]!, t.nodeFxTo[cur]!, zero, 0);
      if (t.nodeOutFrom[cur] === t.nodeOutTo[cur]) next = t.nodeNext[cur]!;
      else {
        // Apply the outcome that matched, not the first one that shares its target.
        const o = firstOutcome(t, t.nodeOutFrom[cur]!, t.nodeOutTo[cur]!, zero, 0);
        if (o >= 0) {
          run(t, t.outFxFrom[o]!, t.outFxTo[o]!, zero, 0);
          next = t.outNext[o]!;
        }
      }
    } else if (nk === K_BOARD) {
      pos.earned += t.respEarned[v]!;
      pos.available += t.respAvailable[v]!;
      pos.critical += t.respCritical[v]!;
      for (let d = 0; d < DIMS; d++) {
        out.dimensionEarned[d0 + d]! += t.respDimE[v * DIMS + d]!;
        out.dimensionAvailable[d0 + d]! += t.respDimA[v * DIMS + d]!;
      }
      const mb = v * t.metrics;
      const o = firstOutcome(t, t.nodeOutFrom[cur]!, t.nodeOutTo[cur]!, t.respMetrics, mb);
      if (o >= 0) {
        run(t, t.outFxFrom[o]!, t.outFxTo[o]!, t.respMetrics, mb);
        next = t.outNext[o]!;
      }
    }
    if (next < 0) return k - first;
    cur = next;
    pos.node = cur;
    t.visitedAt[cur] = t.stamp;
    // An ending's own effects (the welfare measures an ending records).
    if (t.kind[cur] === K_ENDING) run(t, t.nodeFxFrom[cur]!, t.nodeFxTo[cur]!, zero, 0);
  }
  return -1;
}

function scoreRange(
  t: ScoringTables,
  logs: CompactLogs,
  passMark: number,
  out: CompactScores,
  from: number,
  to: number,
  at: number,
): void {
  const pos = { node: -1, earned: 0, available: 0, critical: 0 };
  for (let a = from; a < to; a++) {
    const row = at + a - from;
    const d0 = row * DIMS;
    t.vars.set(t.init);
    // A new attempt: every earlier visit is now stale (after 4 billion attempts: clear, restart).
    if (++t.stamp === 0xffffffff) {
      t.visitedAt.fill(0);
      t.stamp = 1;
    }
    for (let d = 0; d < DIMS; d++) out.dimensionEarned[d0 + d] = out.dimensionAvailable[d0 + d] = 0;
    pos.earned = pos.available = pos.critical = 0;
    const failedAt = walk(t, logs.steps, logs.offsets[a]!, logs.offsets[a + 1]!, out, d0, pos);
    out.atEntry[row] = failedAt;
    const ending = failedAt < 0 && pos.node >= 0 ? t.endingCode[pos.node]! : 0;
    let { earned, available } = pos;
    if (ending) {
      // good 1, mixed 0.5, poor 0 (RATINGS order).
      earned += ending === 1 ? 1 : ending === 2 ? 0.5 : 0;
      available += 1;
    }
    const score = available ? earned / available : 0;
    out.score[row] = score;
    out.ending[row] = ending;
    out.ended[row] = ending ? 1 : 0;
    out.criticalErrors[row] = pos.critical;
    out.passed[row] = ending && score >= passMark - 1e-9 && pos.critical === 0 ? 1 : 0;
  }
}

/**
 * The compact scorer of one scenario version: compiles it once, encodes logs into the compact
 * form (interning board responses as they come) and scores that form.
 */
export function createCompactScorer(
  s: Scenario,
  dimensionOf: (guidelineId: string) => Dimension | undefined,
): CompactScorer {
  const { tables, nodeIndex, valueOf } = compileScenario(s, dimensionOf);
  const encodeInto = (log: readonly LogEntry[], out: Int32Array, at: number) => {
    let hasBack = false;
    for (let i = 0; i < log.length; i++) if (log[i]!.kind === 'back') hasBack = true;
    const steps = hasBack ? effectiveLog(log) : (log as readonly StepEntry[]);
    for (let k = 0; k < steps.length; k++) {
      const e = steps[k]!;
      const i = nodeIndex(e.node);
      out[at + 2 * k] = i;
      out[at + 2 * k + 1] = i < 0 ? -1 : valueOf(e, i);
    }
  };
  // The effective length without building the effective log (a `back` undoes one step).
  const stepCount = (log: readonly LogEntry[]) => {
    let n = 0;
    for (const e of log) n = e.kind === 'back' ? Math.max(0, n - 1) : n + 1;
    return n;
  };
  return {
    encode(log) {
      const out = new Int32Array(2 * stepCount(log));
      encodeInto(log, out, 0);
      return out;
    },
    encodeAll(logs) {
      const list = [...logs];
      const offsets = new Uint32Array(list.length + 1);
      list.forEach((l, i) => (offsets[i + 1] = offsets[i]! + stepCount(l)));
      const steps = new Int32Array(2 * offsets[list.length]!);
      list.forEach((l, i) => encodeInto(l, steps, 2 * offsets[i]!));
      return { count: list.length, steps, offsets };
    },
    scoreAll: (logs, passMark, out, from = 0, to = logs.count, at = 0) =>
      scoreRange(tables, logs, passMark, out, from, to, at),
  };
}
