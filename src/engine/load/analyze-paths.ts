import type { Rating, Scenario } from '../schema/scenario';
import { advance, initialState, type PlayState } from '../attempt/advance';
import { representativeResponses } from '../attempt/responses';
import { canonicalJson } from '../attempt/structure-hash';
import { QUALITY_POINTS } from '../scoring/scored-item';

/** Earned points seen for one (ending, points available) pair, split by whether a critical error occurred. */
type Span = { minClean: number; maxClean: number; minCritical: number; maxCritical: number };
type Reach = Map<string, Map<number, Span>>;

export type EndingReport = {
  node: string;
  rating: Rating;
  reachable: boolean;
  lowest?: number;
  highest?: number;
  /** Highest score on a path with no critical error (what could pass). */
  highestClean?: number;
};

export type PathAnalysis = {
  complete: boolean;
  /** States a trainee can reach from which no ending can be reached (e.g. a loop whose exit is never available). */
  stuck: { node: string; vars: Record<string, number> }[];
  paths: number;
  states: number;
  endings: EndingReport[];
};

const EMPTY: Span = {
  minClean: Infinity,
  maxClean: -Infinity,
  minCritical: Infinity,
  maxCritical: -Infinity,
};

/**
 * Walks every path over representative responses (each choice; at interactions the best answer
 * and every single-item deviation), memoised on (node, variables), and reports per ending the
 * lowest and highest reachable score. Exact for decisions; for interactions it covers one
 * mistake per board, which is where the scoring rules change their verdict.
 */
export function analyzePaths(s: Scenario, maxStates = 200_000): PathAnalysis {
  const usesVisited = JSON.stringify(s.nodes).includes('"visited"');
  type Explored = { reach: Reach; paths: number; partial: boolean };
  const memo = new Map<string, Explored>();
  const inProgress = new Set<string>();
  // The explored state graph, to find states from which no ending is reachable (cycles included).
  const edges = new Map<string, string[]>();
  const endsDirectly = new Set<string>();
  const states = new Map<string, PlayState>();
  let complete = true;

  const keyOf = (st: PlayState) =>
    `${st.node}|${canonicalJson(st.vars)}${usesVisited ? `|${[...new Set(st.path)].sort().join(',')}` : ''}`;

  const explore = (st: PlayState, key = keyOf(st)): Explored => {
    // Cycle guard: revisiting a state still being explored contributes nothing, and marks the
    // result partial, so a state is called stuck only when its exploration was complete.
    if (inProgress.has(key)) return { reach: new Map(), paths: 0, partial: true };
    const hit = memo.get(key);
    if (hit) return hit;
    const out: Reach = new Map();
    let paths = 0;
    let partial = false;
    if (memo.size >= maxStates) {
      complete = false;
      return { reach: out, paths, partial: true };
    }
    inProgress.add(key);
    states.set(key, st);
    const out_edges: string[] = [];
    edges.set(key, out_edges);
    for (const entry of representativeResponses(s, st)) {
      const r = advance(s, st, entry);
      if (!r.ok) continue;
      const earned = r.step.items.reduce((a, i) => a + i.points * i.weight, 0);
      const weight = r.step.items.reduce((a, i) => a + i.weight, 0);
      const critical = r.step.items.some((i) => i.critical);
      if (r.state.ended) {
        const end = s.nodes[r.state.node];
        if (end?.kind !== 'ending') continue;
        const q = end.rating === 'good' ? 'best' : end.rating === 'mixed' ? 'acceptable' : 'poor';
        merge(out, r.state.node, weight + 1, earned + QUALITY_POINTS[q], critical);
        endsDirectly.add(key);
        paths += 1;
        continue;
      }
      const childKey = keyOf(r.state);
      out_edges.push(childKey);
      const child = explore(r.state, childKey);
      paths += child.paths;
      partial ||= child.partial;
      for (const [ending, byAvail] of child.reach)
        for (const [avail, span] of byAvail) {
          if (span.maxClean >= 0) {
            merge(out, ending, avail + weight, span.minClean + earned, critical);
            merge(out, ending, avail + weight, span.maxClean + earned, critical);
          }
          if (span.maxCritical >= 0) {
            merge(out, ending, avail + weight, span.minCritical + earned, true);
            merge(out, ending, avail + weight, span.maxCritical + earned, true);
          }
        }
    }
    inProgress.delete(key);
    const result = { reach: out, paths, partial };
    memo.set(key, result);
    return result;
  };

  const root = explore(initialState(s));
  // Backwards from the states that end: whatever is never reached this way cannot end.
  const reverse = new Map<string, string[]>();
  for (const [k, next] of edges)
    for (const n of next) {
      const list = reverse.get(n);
      if (list) list.push(k);
      else reverse.set(n, [k]);
    }
  const canEnd = new Set(endsDirectly);
  const queue = [...endsDirectly];
  while (queue.length)
    for (const prev of reverse.get(queue.pop()!) ?? [])
      if (!canEnd.has(prev)) {
        canEnd.add(prev);
        queue.push(prev);
      }
  const stuck = complete
    ? [...edges.keys()]
        .filter((k) => !canEnd.has(k))
        .map((k) => ({ node: states.get(k)!.node, vars: { ...states.get(k)!.vars } }))
    : [];
  const endings: EndingReport[] = Object.entries(s.nodes).flatMap(([node, n]): EndingReport[] => {
    if (n.kind !== 'ending') return [];
    const byAvail = root.reach.get(node);
    if (!byAvail) return [{ node, rating: n.rating, reachable: false }];
    let lowest = Infinity;
    let highest = -Infinity;
    let highestClean = -Infinity;
    for (const [avail, sp] of byAvail) {
      lowest = Math.min(lowest, sp.minClean / avail, sp.minCritical / avail);
      highest = Math.max(highest, sp.maxClean / avail, sp.maxCritical / avail);
      highestClean = Math.max(highestClean, sp.maxClean / avail);
    }
    return [
      {
        node,
        rating: n.rating,
        reachable: true,
        lowest,
        highest,
        ...(highestClean >= 0 ? { highestClean } : {}),
      },
    ];
  });
  return { complete, stuck, paths: root.paths, states: memo.size, endings };
}

function merge(reach: Reach, ending: string, avail: number, earned: number, critical: boolean) {
  let byAvail = reach.get(ending);
  if (!byAvail) reach.set(ending, (byAvail = new Map()));
  const span = { ...(byAvail.get(avail) ?? EMPTY) };
  if (critical) {
    span.minCritical = Math.min(span.minCritical, earned);
    span.maxCritical = Math.max(span.maxCritical, earned);
  } else {
    span.minClean = Math.min(span.minClean, earned);
    span.maxClean = Math.max(span.maxClean, earned);
  }
  byAvail.set(avail, span);
}
