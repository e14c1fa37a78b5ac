import type { Dimension } from '../schema/guideline.ts';
import type { Rating, Scenario } from '../schema/scenario.ts';
import { endingItem, type PlayState } from '../attempt/advance.ts';
import type { LogEntry } from '../attempt/decision-log.ts';
import { replay } from '../attempt/replay.ts';
import type { ScoredItem } from './scored-item.ts';
import { own } from '../own.ts';

export const DEFAULT_PASS_MARK = 0.8;

/** Pass-mark precedence (DESIGN §4): the LMS's mastery score, then the assignment's, then the scenario's, then 80%. */
export function resolvePassMark(p: {
  lms?: number | undefined;
  assignment?: number | undefined;
  scenario?: number | undefined;
}): number {
  return p.lms ?? p.assignment ?? p.scenario ?? DEFAULT_PASS_MARK;
}

export type Tally = { earned: number; available: number; score: number };
export type WelfareMeasures = {
  timesRecounted?: number;
  hoursToCare?: number;
  identityExposures?: number;
  familiesVerified?: number;
};

export type AttemptScore = {
  ended: boolean;
  ending?: { node: string; rating: Rating };
  /** Points earned / points available over the items met, plus the ending; 0…1. */
  score: number;
  passMark: number;
  passed: boolean;
  items: ScoredItem[];
  criticalErrors: ScoredItem[];
  byDimension: Partial<Record<Dimension, Tally>>;
  byGuideline: Record<string, Tally>;
  measures: WelfareMeasures;
  state: PlayState;
};

export type ScoreOptions = {
  passMark: number;
  /** Dimension of each guideline id, from the catalogue. */
  dimensionOf: (guidelineId: string) => Dimension | undefined;
};

const tally = (earned: number, available: number): Tally => ({
  earned,
  available,
  score: available ? earned / available : 1,
});

/** Scores a state reached by replay. Split out so the machine and the log path share it. */
export function scoreState(s: Scenario, state: PlayState, opts: ScoreOptions): AttemptScore {
  const items = state.steps.flatMap((st) => st.items);
  const endingNode = own(s.nodes, state.node);
  const ending =
    state.ended && endingNode?.kind === 'ending'
      ? { node: state.node, rating: endingNode.rating }
      : undefined;
  if (ending) items.push(endingItem(ending.node, ending.rating));
  let earned = 0;
  let available = 0;
  const dims = new Map<Dimension, [number, number]>();
  const guides = new Map<string, [number, number]>();
  for (const it of items) {
    earned += it.points * it.weight;
    available += it.weight;
    const seen = new Set<Dimension>();
    for (const g of it.guidelines) {
      const gt = guides.get(g) ?? [0, 0];
      gt[0] += it.points * it.weight;
      gt[1] += it.weight;
      guides.set(g, gt);
      const d = opts.dimensionOf(g);
      if (d && !seen.has(d)) {
        seen.add(d);
        const dt = dims.get(d) ?? [0, 0];
        dt[0] += it.points * it.weight;
        dt[1] += it.weight;
        dims.set(d, dt);
      }
    }
  }
  const criticalErrors = items.filter((i) => i.critical);
  const score = available ? earned / available : 0;
  const v = state.vars;
  const measures: WelfareMeasures = {};
  if ('timesRecounted' in v) measures.timesRecounted = v.timesRecounted;
  if ('hoursSinceRescue' in v) measures.hoursToCare = v.hoursSinceRescue;
  if ('identityExposures' in v) measures.identityExposures = v.identityExposures;
  if ('familiesVerified' in v) measures.familiesVerified = v.familiesVerified;
  return {
    ended: state.ended,
    ...(ending ? { ending } : {}),
    score,
    passMark: opts.passMark,
    // Critical errors fail whatever the score (DESIGN §4); an unfinished attempt has not passed.
    passed: state.ended && score >= opts.passMark - 1e-9 && criticalErrors.length === 0,
    items,
    criticalErrors,
    byDimension: Object.fromEntries([...dims].map(([d, [e, a]]) => [d, tally(e, a)])),
    byGuideline: Object.fromEntries([...guides].map(([g, [e, a]]) => [g, tally(e, a)])),
    measures,
    state,
  };
}

export type ScoreResult =
  { ok: true; value: AttemptScore } | { ok: false; reason: string; atEntry: number };

/**
 * Scores an attempt from its decision log alone: whatever score a record or file claims is ignored.
 * @example scoreAttempt(scenario, record.log, { passMark: 0.8, dimensionOf }).value.passed
 */
export function scoreAttempt(
  s: Scenario,
  log: readonly LogEntry[],
  opts: ScoreOptions,
): ScoreResult {
  const r = replay(s, log);
  if (!r.ok) return { ok: false, reason: r.error.kind, atEntry: r.atEntry };
  return { ok: true, value: scoreState(s, r.state, opts) };
}
