/**
 * Where a trainee stands in a module (review UX #3): decisions taken so far, and how many are
 * still ahead, read from the module's graph rather than written per module. "Ahead" is the
 * longest route from the current node to an ending, so the total never grows as the trainee
 * goes on (each step takes at least one decision off the longest route); when every route
 * ahead has the same length the count is exact.
 */
import type { PlayState } from '../attempt/advance.ts';
import type { NodeKind, Scenario, ScenarioNode } from '../schema/scenario.ts';
import { own } from '../own.ts';

/** Decision points: the nodes where the trainee chooses something (choices and boards). */
export const isDecisionPoint = (kind: NodeKind): boolean =>
  kind !== 'narrative' && kind !== 'ending';

export type Ahead = { min: number; max: number };

export type Progress = {
  /** Decision points already taken on the path that counts (a practice `back` removes one). */
  done: number;
  /** done + the decision points on the longest route still ahead, this node included. */
  total: number;
  /** Every route ahead has the same number of decision points. */
  exact: boolean;
  /** The step being played or next to play, 1-based and never above `total`. */
  current: number;
};

const successors = (n: ScenarioNode): string[] =>
  n.kind === 'decision'
    ? n.choices.map((c) => c.next)
    : n.kind === 'ending'
      ? []
      : n.kind === 'narrative' && n.next
        ? [n.next]
        : (n.outcomes ?? []).map((o) => o.next);

const aheadCache = new WeakMap<Scenario, Map<string, Ahead>>();

/**
 * Decision points from `node` (included) to an ending: the fewest and the most over all routes.
 * An edge back to a node being walked (a loop) is not followed: loops are revisits, and
 * counting them would make "about m" endless.
 */
export function decisionsAhead(s: Scenario, node: string): Ahead {
  let memo = aheadCache.get(s);
  if (!memo) aheadCache.set(s, (memo = new Map()));
  const walking = new Set<string>();
  const visit = (id: string): Ahead | undefined => {
    const known = memo.get(id);
    if (known) return known;
    const n = own(s.nodes, id);
    if (!n || walking.has(id)) return undefined;
    walking.add(id);
    const self = isDecisionPoint(n.kind) ? 1 : 0;
    let min = Infinity;
    let max = 0;
    for (const next of new Set(successors(n))) {
      const a = visit(next);
      if (!a) continue;
      min = Math.min(min, a.min);
      max = Math.max(max, a.max);
    }
    walking.delete(id);
    const result = { min: self + (min === Infinity ? 0 : min), max: self + max };
    memo.set(id, result);
    return result;
  };
  return visit(node) ?? { min: 0, max: 0 };
}

/** The trainee's place in the module: "step `current` of (about) `total`". */
export function progressOf(s: Scenario, state: Pick<PlayState, 'node' | 'steps'>): Progress {
  const done = state.steps.filter((st) => {
    const n = own(s.nodes, st.node);
    return n !== undefined && isDecisionPoint(n.kind);
  }).length;
  const ahead = decisionsAhead(s, state.node);
  const total = Math.max(done + ahead.max, 1);
  return { done, total, exact: ahead.min === ahead.max, current: Math.min(done + 1, total) };
}
