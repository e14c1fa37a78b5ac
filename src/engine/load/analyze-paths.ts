import type { Outcome, Rating, Scenario, ScenarioNode } from '../schema/scenario.ts';
import { initialState, resolveStep, variableBounds, type PlayState } from '../attempt/advance.ts';
import { applyEffects, holds, type Metrics, type Vars } from '../attempt/conditions.ts';
import { representativeResponses } from '../attempt/responses.ts';
import { QUALITY_POINTS, type ScoredItem } from '../scoring/scored-item.ts';
import { testedByConditions } from './condition-walk.ts';
import { own } from '../own.ts';

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
  /**
   * Nodes where a path came back to a state still being explored: a loop. When the analysis is
   * incomplete and this is set, the loop is what made the state space unbounded.
   */
  loops: string[];
  /** The node a path came back to more than MAX_ROUNDS times with new variables each time. */
  unboundedAt?: string;
};

/**
 * A finished state's reach, frozen into one flat array of SPAN_FIELDS numbers per (ending,
 * points available) pair, in the map's order: the memo keeps one of these per explored state, and
 * a typed array instead of a map of maps of spans is what cut the collector's share of the check.
 */
type Explored = { spans: readonly number[]; paths: number; partial: boolean };
const SPAN_FIELDS = 6;

/** One state on the explicit stack: the search is iterative so a long loop cannot overflow it. */
type Frame = {
  key: number;
  st: PlayState;
  moves: Move[];
  next: number;
  reach: Reach;
  paths: number;
  partial: boolean;
  edges: number[];
  /** What the step into the child being explored scored, folded in when the child returns. */
  step?: Move;
};
type Step = { earned: number; weight: number; critical: boolean };
/**
 * Steps out of a state as the rules resolve them: what they score and where they lead. Board
 * answers with the same metrics, weight and criticality are one raw move (`count` of them,
 * scoring `earned`…`earnedMax`): they meet the same outcome from any state.
 */
type RawMove = Step & {
  earnedMax: number;
  count: number;
  next: string;
  effects: Outcome['effects'];
  metrics: Metrics;
};
type BoardGroup = Step & { earnedMax: number; count: number; metrics: Metrics };
/** One or more answers leading to the same place: `count` of them, scoring `earned`…`earnedMax`. */
type Move = Step & {
  earnedMax: number;
  count: number;
  next: string;
  /** Set when the move ends the attempt. */
  rating: Rating | undefined;
  child: { key: number; vars: Vars; path: readonly string[] } | undefined;
};

function stepOf(items: readonly ScoredItem[]): Step {
  let earned = 0;
  let weight = 0;
  let critical = false;
  for (const i of items) {
    earned += i.points * i.weight;
    weight += i.weight;
    critical ||= i.critical;
  }
  return { earned, weight, critical };
}

/** A path may pass one node this often before the loop through it counts as unbounded. */
export const MAX_ROUNDS = 64;

const UNEXPLORED: Explored = { spans: [], paths: 0, partial: true };

/**
 * Walks every path over representative responses (each choice; at interactions the best answer
 * and every single-item deviation), memoised on (node, variables, visited nodes that conditions
 * test), and reports per ending the lowest and highest reachable score. Exact for decisions; for
 * interactions it covers one mistake per board, which is where the scoring rules change their
 * verdict. The search keeps its own stack (a loop back to an earlier node with a variable that
 * grows without bound used to overflow the call stack, reliability review M3) and stops after
 * `maxStates` states, reporting `complete: false`.
 */
export function analyzePaths(s: Scenario, maxStates = 200_000): PathAnalysis {
  const { visited: tested, vars: testedVars } = testedByConditions(s);
  const varNames = Object.keys(s.variables).filter((v) => testedVars.has(v));
  // States are numbered when first met (one string lookup per step); everything else is keyed on
  // the number, which made the check of the largest modules about twice as fast.
  // One table per node, keyed on the variables and visits: smaller tables and shorter keys.
  const ids = new Map<number | string, Map<string, number>>();
  const idOf = (node: number | string, key: string) => {
    let table = ids.get(node);
    if (!table) ids.set(node, (table = new Map()));
    let id = table.get(key);
    if (id === undefined) {
      table.set(key, (id = memo.length));
      // Grown one slot per new state, so the arrays stay dense (writing far past the end of an
      // array turns it into a slow dictionary).
      memo.push(undefined);
      inProgress.push(false);
    }
    return id;
  };
  // By state number: arrays, not maps, for the two lookups made on every step.
  const memo: (Explored | undefined)[] = [];
  let explored = 0;
  const inProgress: boolean[] = [];
  // The explored state graph, to find states from which no ending is reachable (cycles included).
  const edges = new Map<number, number[]>();
  const endsDirectly = new Set<number>();
  const states = new Map<number, PlayState>();
  const loops = new Set<string>();
  // States with a way out the budget did not explore: they might still end.
  const truncated = new Set<number>();
  let complete = true;

  // Only what can change the future is kept: the variables and visited nodes a condition tests.
  // Effects read only the variable they change (`add`) or a constant or metric, so a variable
  // no condition tests never changes routing, and scores come from the items alone. Dropping the
  // rest shrinks the state space, and the full path and step list would make each state O(depth)
  // to copy.
  const slimVars = (vars: Vars): Vars => {
    const out: Record<string, number> = {};
    for (const v of varNames) out[v] = vars[v] ?? 0;
    return out;
  };
  // Keys name nodes by number and the tested visits by a bit each (when they fit in 30 bits):
  // short keys hash faster, and key lookups were a fifth of the analysis.
  const nodeNumber = new Map(Object.keys(s.nodes).map((n, i) => [n, i]));
  const testedBit = new Map([...tested].map((n, i) => [n, 1 << i]));
  const pathKey =
    tested.size <= 30
      ? (path: readonly string[]) => {
          let mask = 0;
          for (const n of path) mask |= testedBit.get(n) ?? 0;
          return mask;
        }
      : (path: readonly string[]) => path.join(',');
  const keyOf = (node: string, vars: Vars, path: readonly string[]) => {
    // One flat string (join, not +=): a concatenated key is flattened again on every lookup.
    const parts: (string | number)[] = [];
    for (const v of varNames) parts.push(vars[v] ?? 0);
    if (tested.size) parts.push(pathKey(path));
    return idOf(nodeNumber.get(node) ?? node, parts.join('|'));
  };
  const bounds = variableBounds(s);

  // A board's scoring depends only on the answer, not on the story state: score each
  // representative answer once per board, and pick the outcome per state.
  // Answers that share metrics, weight and criticality are grouped once per board, in the order
  // of their first answer, so the moves below come out in the same order as answer by answer.
  const boards = new Map<string, BoardGroup[]>();
  const rawMoves = (st: PlayState, node: ScenarioNode): RawMove[] => {
    if (node.kind === 'triage' || node.kind === 'dispersion' || node.kind === 'interview') {
      let scored = boards.get(st.node);
      if (!scored) {
        const groups = new Map<string, BoardGroup>();
        for (const entry of representativeResponses(s, st)) {
          const r = resolveStep(s, st, node, entry);
          if (!r.ok) continue;
          const step = stepOf(r.items);
          const key = `${JSON.stringify(r.metrics)}|${step.weight}|${step.critical}`;
          const g = groups.get(key);
          if (g) {
            g.earned = Math.min(g.earned, step.earned);
            g.earnedMax = Math.max(g.earnedMax, step.earned);
            g.count += 1;
          } else
            groups.set(key, {
              earned: step.earned,
              weight: step.weight,
              critical: step.critical,
              earnedMax: step.earned,
              count: 1,
              metrics: r.metrics,
            });
        }
        boards.set(st.node, (scored = [...groups.values()]));
      }
      const out: RawMove[] = [];
      for (const g of scored) {
        const scope = { vars: st.vars, metrics: g.metrics, visited: st.path };
        // As resolveStep: the first outcome whose condition holds.
        const o = node.outcomes.find((x) => !x.when || holds(x.when, scope));
        if (o)
          out.push({
            earned: g.earned,
            weight: g.weight,
            critical: g.critical,
            earnedMax: g.earnedMax,
            count: g.count,
            next: o.next,
            effects: o.effects,
            metrics: g.metrics,
          });
      }
      return out;
    }
    return representativeResponses(s, st).flatMap((entry) => {
      // resolveStep is advance without building the step record and the new path: the same rules.
      const r = resolveStep(s, st, node, entry);
      if (!r.ok) return [];
      const step = stepOf(r.items);
      // Object literals of one shape, no spreads: this runs for every answer of every state.
      return [
        {
          earned: step.earned,
          weight: step.weight,
          critical: step.critical,
          earnedMax: step.earned,
          count: 1,
          next: r.next,
          effects: r.effects,
          metrics: r.metrics,
        },
      ];
    });
  };
  // Answers that lead to the same state with the same weight and criticality differ only in
  // points: one move keeps their lowest and highest, since spans keep only minima and maxima.
  const movesFrom = (st: PlayState): Move[] => {
    const node = own(s.nodes, st.node);
    if (!node) return [];
    // A linear scan, not a map on a built string key: a state has a handful of moves.
    const out: Move[] = [];
    for (const m of rawMoves(st, node)) {
      const target = own(s.nodes, m.next);
      if (!target) continue;
      let child: Move['child'];
      if (target.kind !== 'ending') {
        const vars = applyEffects(st.vars, m.effects, m.metrics, bounds);
        const path =
          tested.has(m.next) && !st.path.includes(m.next) ? [...st.path, m.next].sort() : st.path;
        child = { key: keyOf(m.next, vars, path), vars, path };
      }
      const seen = out.find(
        (o) =>
          o.weight === m.weight &&
          o.critical === m.critical &&
          (child ? o.child?.key === child.key : !o.child && o.next === m.next),
      );
      if (seen) {
        seen.earned = Math.min(seen.earned, m.earned);
        seen.earnedMax = Math.max(seen.earnedMax, m.earnedMax);
        seen.count += m.count;
      } else
        out.push({
          earned: m.earned,
          earnedMax: m.earnedMax,
          weight: m.weight,
          critical: m.critical,
          count: m.count,
          next: m.next,
          rating: target.kind === 'ending' ? target.rating : undefined,
          child,
        });
    }
    return out;
  };

  const stack: Frame[] = [];
  // How often each node is on the current path: more than MAX_ROUNDS means a loop whose
  // variables change on every round, which no budget of states would ever finish.
  const rounds = new Map<string, number>();
  let unbounded: string | undefined;
  const open = (st: PlayState, key: number) => {
    const n = (rounds.get(st.node) ?? 0) + 1;
    rounds.set(st.node, n);
    if (n > MAX_ROUNDS) unbounded = st.node;
    inProgress[key] = true;
    states.set(key, st);
    const out: number[] = [];
    edges.set(key, out);
    stack.push({
      key,
      st,
      moves: movesFrom(st),
      next: 0,
      reach: new Map(),
      paths: 0,
      partial: false,
      edges: out,
    });
  };

  const first = initialState(s);
  const rootPath = first.path.filter((n) => tested.has(n));
  const root0: PlayState = { ...first, vars: slimVars(first.vars), path: rootPath, steps: [] };
  const rootKey = keyOf(root0.node, root0.vars, rootPath);
  let root: Reach = new Map();
  let rootPaths = 0;
  // Ending names by number, for the frozen spans.
  const endingNames: string[] = [];
  const endingIndex = new Map<string, number>();
  const freeze = (reach: Reach): number[] => {
    let n = 0;
    for (const byAvail of reach.values()) n += byAvail.size;
    const out = new Array<number>(n * SPAN_FIELDS).fill(0);
    let i = 0;
    for (const [ending, byAvail] of reach) {
      let e = endingIndex.get(ending);
      if (e === undefined) {
        endingIndex.set(ending, (e = endingNames.length));
        endingNames.push(ending);
      }
      for (const [avail, sp] of byAvail) {
        out[i++] = e;
        out[i++] = avail;
        out[i++] = sp.minClean;
        out[i++] = sp.maxClean;
        out[i++] = sp.minCritical;
        out[i++] = sp.maxCritical;
      }
    }
    return out;
  };
  /** Adds a child's reach to its parent's, shifted by what the step into the child scored. */
  const fold = (f: Frame, child: Explored) => {
    const { earned, earnedMax, weight, critical, count } = f.step!;
    f.paths += child.paths * count;
    f.partial ||= child.partial;
    const sp = child.spans;
    // One span lookup for each pair, widened by both ends at once: the same minima and maxima as
    // merging the two scores one by one, and half the map lookups.
    for (let i = 0; i < sp.length; i += SPAN_FIELDS) {
      const clean = sp[i + 3]! >= 0;
      const withCritical = sp[i + 5]! >= 0;
      if (!clean && !withCritical) continue;
      const span = spanAt(f.reach, endingNames[sp[i]!]!, sp[i + 1]! + weight);
      if (clean) widen(span, sp[i + 2]! + earned, sp[i + 3]! + earnedMax, critical);
      if (withCritical) widen(span, sp[i + 4]! + earned, sp[i + 5]! + earnedMax, true);
    }
  };
  open(root0, rootKey);
  while (stack.length && !unbounded) {
    const f = stack[stack.length - 1]!;
    if (f.next >= f.moves.length) {
      stack.pop();
      rounds.set(f.st.node, rounds.get(f.st.node)! - 1);
      inProgress[f.key] = false;
      const parent = stack[stack.length - 1];
      const result = { spans: freeze(f.reach), paths: f.paths, partial: f.partial };
      memo[f.key] = result;
      explored += 1;
      if (parent) fold(parent, result);
      else {
        root = f.reach;
        rootPaths = f.paths;
      }
      continue;
    }
    const m = f.moves[f.next++]!;
    if (m.rating) {
      const q = m.rating === 'good' ? 'best' : m.rating === 'mixed' ? 'acceptable' : 'poor';
      const span = spanAt(f.reach, m.next, m.weight + 1);
      widen(span, m.earned + QUALITY_POINTS[q], m.earnedMax + QUALITY_POINTS[q], m.critical);
      endsDirectly.add(f.key);
      f.paths += m.count;
      continue;
    }
    const { key: childKey, vars, path } = m.child!;
    f.edges.push(childKey);
    f.step = m;
    // Revisiting a state still being explored contributes nothing, and marks the result
    // partial, so a state is called stuck only when its exploration was complete.
    if (inProgress[childKey]) {
      loops.add(m.next);
      fold(f, UNEXPLORED);
      continue;
    }
    const hit = memo[childKey];
    if (hit) {
      fold(f, hit);
      continue;
    }
    if (states.size >= maxStates) {
      complete = false;
      truncated.add(f.key);
      fold(f, UNEXPLORED);
      continue;
    }
    open({ node: m.next, vars: slimVars(vars), path, steps: [], ended: false }, childKey);
  }

  if (unbounded) {
    complete = false;
    loops.add(unbounded);
    for (const f of stack) truncated.add(f.key);
  }
  const reverse = new Map<number, number[]>();
  for (const [k, next] of edges)
    for (const n of next) {
      const list = reverse.get(n);
      if (list) list.push(k);
      else reverse.set(n, [k]);
    }
  // Backwards from the states that end or were cut short: the rest are certain traps, so they
  // are reported even when the analysis as a whole is incomplete.
  const canEnd = new Set([...endsDirectly, ...truncated]);
  const queue = [...canEnd];
  while (queue.length)
    for (const prev of reverse.get(queue.pop()!) ?? [])
      if (!canEnd.has(prev)) {
        canEnd.add(prev);
        queue.push(prev);
      }
  const stuck = [...edges.keys()]
    .filter((k) => !canEnd.has(k))
    .map((k) => ({ node: states.get(k)!.node, vars: { ...states.get(k)!.vars } }));
  const endings: EndingReport[] = Object.entries(s.nodes).flatMap(([node, n]): EndingReport[] => {
    if (n.kind !== 'ending') return [];
    const byAvail = root.get(node);
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
  return {
    complete,
    stuck,
    paths: rootPaths,
    states: explored,
    endings,
    loops: [...loops].sort(),
    ...(unbounded ? { unboundedAt: unbounded } : {}),
  };
}

/** Widens the parent's own span in place (spans are never shared between states). */
/** The span of one (ending, points available) pair, made empty when first asked for. */
function spanAt(reach: Reach, ending: string, avail: number): Span {
  let byAvail = reach.get(ending);
  if (!byAvail) reach.set(ending, (byAvail = new Map()));
  let span = byAvail.get(avail);
  if (!span) {
    span = {
      minClean: Infinity,
      maxClean: -Infinity,
      minCritical: Infinity,
      maxCritical: -Infinity,
    };
    byAvail.set(avail, span);
  }
  return span;
}

/** Widens one side of a span by the scores `a` and `b`. */
function widen(span: Span, a: number, b: number, critical: boolean) {
  const lo = a < b ? a : b;
  const hi = a < b ? b : a;
  if (critical) {
    if (lo < span.minCritical) span.minCritical = lo;
    if (hi > span.maxCritical) span.maxCritical = hi;
  } else {
    if (lo < span.minClean) span.minClean = lo;
    if (hi > span.maxClean) span.maxClean = hi;
  }
}
