import type { Condition, Effect, Outcome, Rating, Scenario } from '../schema/scenario.ts';
import { DIMENSIONS, type Dimension } from '../schema/dimensions.ts';
import type { LogEntry, StepEntry } from '../attempt/decision-log.ts';
import { effectiveLog } from '../attempt/decision-log.ts';
import { scoreDispersion } from '../rules/dispersion.ts';
import { scoreInterview } from '../rules/interview-record.ts';
import { countTriageItem, emptyTriageMetrics, triageItem } from '../rules/triage-items.ts';
import { TRIAGE_TAGS } from '../schema/enums.ts';
import type { TriageTag } from '../schema/scenario.ts';
import { QUALITY_POINTS, type ScoredItem } from './scored-item.ts';
import type { WelfareMeasures } from './score-attempt.ts';
import { own } from '../own.ts';

export type BulkScore =
  | { ok: false; atEntry: number }
  | {
      ok: true;
      ended: boolean;
      ending?: Rating;
      score: number;
      passed: boolean;
      criticalErrors: number;
      /** Earned and available points per dimension, indexed like DIMENSIONS. */
      dimensionEarned: number[];
      dimensionAvailable: number[];
    };

/** What `detail` adds: what an attempt summary needs beyond the score (equal to scoreAttempt's). */
export type BulkDetail = {
  endingNode?: string;
  /**
   * The items met, in order, without the ending. Shared between attempts (precomputed per choice,
   * per casualty and tag, per board response): read them, never mutate them.
   */
  items: readonly ScoredItem[];
  byGuideline: Record<string, { earned: number; available: number }>;
  measures: WelfareMeasures;
};
export type BulkScoreWithDetail =
  { ok: false; atEntry: number } | (Extract<BulkScore, { ok: true }> & BulkDetail);

type Vars = Float64Array;
type Metrics = Readonly<Record<string, number>>;
type Test = (vars: Vars, metrics: Metrics, visited: readonly string[]) => boolean;
type Apply = (vars: Vars, metrics: Metrics) => void;
type CompiledOutcome = { when?: Test; next: string; apply: Apply };
type CompiledChoice = {
  id: string;
  next: string;
  points: number;
  critical: boolean;
  dims: number[];
  when?: Test;
  apply: Apply;
  /** The choice's scored item, by the best choice the trainee could see ('' when it is itself best). */
  item: (expected: string) => ScoredItem;
};
type CompiledNode =
  | { kind: 'ending'; rating: Rating; apply: Apply }
  | { kind: 'narrative'; apply: Apply; next?: string; outcomes?: CompiledOutcome[] }
  | {
      kind: 'decision';
      choices: Map<string, CompiledChoice>;
      /** Choices rated best, in file order: the first one available is the `expected` of a miss. */
      best: CompiledChoice[];
      /** Whether any choice has a `when`: else the best available choice is fixed. */
      conditional: boolean;
    }
  | { kind: 'board'; outcomes: CompiledOutcome[] };
/** A board response scored once: its items, their dimensions, and the metrics outcomes test. */
type ScoredBoard = { items: readonly ScoredItem[]; dims: readonly number[][]; metrics: Metrics };

/** The first outcome whose condition holds (a loop, not `find`: no closure per step). */
function firstOutcome(
  os: readonly CompiledOutcome[],
  vars: Vars,
  metrics: Metrics,
  visited: readonly string[],
): CompiledOutcome | undefined {
  for (let i = 0; i < os.length; i++) {
    const o = os[i]!;
    if (!o.when || o.when(vars, metrics, visited)) return o;
  }
  return undefined;
}

/** Board responses kept per node; past this many distinct ones a board is scored each time. */
const BOARD_MEMO_LIMIT = 4096;

/**
 * Scoring for many attempts at once (aggregate dashboards, the import worker, the 100,000-attempt
 * benchmark). The scenario is compiled once: variables become slots in a typed array, conditions
 * and effects become closures, each choice carries its points, dimensions and scored item, each
 * casualty its item per tag, and each board response is scored once and remembered. It computes
 * exactly what `scoreAttempt` computes — a test holds them equal over random paths — without
 * replaying through `advance` or building per-step records. With `detail` it also returns the
 * items, per-guideline tallies and welfare measures an attempt summary needs.
 */
export function createBulkScorer(
  s: Scenario,
  dimensionOf: (guidelineId: string) => Dimension | undefined,
): {
  (log: readonly LogEntry[], passMark: number): BulkScore;
  (log: readonly LogEntry[], passMark: number, detail: true): BulkScoreWithDetail;
} {
  const names = Object.keys(s.variables);
  const slot = new Map(names.map((n, i) => [n, i]));
  const init = new Float64Array(
    names.map((n) => {
      const v = s.variables[n]!;
      return typeof v === 'number' ? v : v.initial;
    }),
  );
  const min = names.map((n) => {
    const v = s.variables[n]!;
    return typeof v === 'number' ? -Infinity : (v.min ?? -Infinity);
  });
  const max = names.map((n) => {
    const v = s.variables[n]!;
    return typeof v === 'number' ? Infinity : (v.max ?? Infinity);
  });
  const dimIndex = new Map(DIMENSIONS.map((d, i) => [d, i]));
  const dimsOf = (guidelines: readonly string[]) => {
    const out: number[] = [];
    for (const g of guidelines) {
      const d = dimensionOf(g);
      const i = d === undefined ? undefined : dimIndex.get(d);
      if (i !== undefined && !out.includes(i)) out.push(i);
    }
    return out;
  };
  let usesVisited = false;

  const compare =
    (c: { eq?: number; ne?: number; gt?: number; gte?: number; lt?: number; lte?: number }) =>
    (x: number) =>
      (c.eq === undefined || x === c.eq) &&
      (c.ne === undefined || x !== c.ne) &&
      (c.gt === undefined || x > c.gt) &&
      (c.gte === undefined || x >= c.gte) &&
      (c.lt === undefined || x < c.lt) &&
      (c.lte === undefined || x <= c.lte);
  const test = (c: Condition): Test => {
    if ('all' in c) {
      const ts = c.all.map(test);
      return (v, m, p) => ts.every((t) => t(v, m, p));
    }
    if ('any' in c) {
      const ts = c.any.map(test);
      return (v, m, p) => ts.some((t) => t(v, m, p));
    }
    if ('not' in c) {
      const t = test(c.not);
      return (v, m, p) => !t(v, m, p);
    }
    if ('visited' in c) {
      usesVisited = true;
      const id = c.visited;
      return (_v, _m, p) => p.includes(id);
    }
    const cmp = compare(c);
    if ('var' in c) {
      const i = slot.get(c.var);
      return (v) => cmp(i === undefined ? 0 : v[i]!);
    }
    const name = c.metric;
    return (_v, m) => cmp(Object.hasOwn(m, name) ? m[name]! : 0);
  };
  const apply = (effects: readonly Effect[] | undefined): Apply => {
    if (!effects?.length) return () => {};
    const ops = effects.map((e) => {
      const i = slot.get('set' in e ? e.set : e.add) ?? -1;
      return {
        i,
        set: 'set' in e ? e.to : undefined,
        by: 'by' in e ? e.by : 0,
        metric: 'byMetric' in e ? e.byMetric : undefined,
      };
    });
    return (v, m) => {
      for (const o of ops) {
        if (o.i < 0) continue;
        const raw =
          o.set !== undefined
            ? o.set
            : v[o.i]! +
              (o.metric !== undefined ? (Object.hasOwn(m, o.metric) ? m[o.metric]! : 0) : o.by);
        v[o.i] = Math.min(max[o.i]!, Math.max(min[o.i]!, raw));
      }
    };
  };
  const outcomes = (os: readonly Outcome[]): CompiledOutcome[] =>
    os.map((o) => ({
      ...(o.when ? { when: test(o.when) } : {}),
      next: o.next,
      apply: apply(o.effects),
    }));

  const nodes = new Map<string, CompiledNode>();
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.kind === 'ending')
      nodes.set(id, { kind: 'ending', rating: n.rating, apply: apply(n.effects) });
    else if (n.kind === 'narrative')
      nodes.set(id, {
        kind: 'narrative',
        apply: apply(n.effects),
        ...(n.next ? { next: n.next } : {}),
        ...(n.outcomes ? { outcomes: outcomes(n.outcomes) } : {}),
      });
    else if (n.kind === 'decision') {
      const choices = n.choices.map((c): CompiledChoice => {
        // The item as advance() builds it; one object per `expected`, made on first use.
        const byExpected = new Map<string, ScoredItem>();
        const item = (expected: string) => {
          let it = byExpected.get(expected);
          if (!it) {
            it = {
              id,
              node: id,
              kind: 'choice',
              response: c.id,
              quality: c.quality,
              points: QUALITY_POINTS[c.quality],
              weight: 1,
              critical: c.quality === 'harmful' && c.critical !== false,
              guidelines: c.guidelines,
              ...(expected ? { expected } : {}),
            };
            byExpected.set(expected, it);
          }
          return it;
        };
        return {
          id: c.id,
          next: c.next,
          points: QUALITY_POINTS[c.quality],
          critical: c.quality === 'harmful' && c.critical !== false,
          dims: dimsOf(c.guidelines),
          ...(c.when ? { when: test(c.when) } : {}),
          apply: apply(c.effects),
          item,
        };
      });
      nodes.set(id, {
        kind: 'decision',
        choices: new Map(choices.map((c) => [c.id, c])),
        best: choices.filter((_, i) => n.choices[i]!.quality === 'best'),
        conditional: choices.some((c) => c.when),
      });
    } else nodes.set(id, { kind: 'board', outcomes: outcomes(n.outcomes) });
  }
  const itemDims = new Map<string, number[]>();
  const dimsOfItem = (it: ScoredItem) => {
    const key = it.guidelines.join(' ');
    let ds = itemDims.get(key);
    if (!ds) itemDims.set(key, (ds = dimsOf(it.guidelines)));
    return ds;
  };
  // Each casualty's item depends only on its own tag: precompute all four per casualty.
  const triageTables = new Map<string, { item: Record<TriageTag, ScoredItem> }[]>();
  for (const [id, n] of Object.entries(s.nodes))
    if (n.kind === 'triage')
      triageTables.set(
        id,
        n.casualties.map((c) => ({
          item: Object.fromEntries(
            TRIAGE_TAGS.map((t) => [t, triageItem(id, n, c, s.casualties![c]!, t)]),
          ) as Record<TriageTag, ScoredItem>,
        })),
      );
  // Board responses remembered in a trie per node, one level per survivor or question, so a
  // lookup allocates nothing (no key string is built).
  type Trie = { next: Map<string, Trie>; board?: ScoredBoard };
  const tries = new Map<string, { root: Trie; boards: number }>();
  const trieOf = (node: string) => {
    let t = tries.get(node);
    if (!t) tries.set(node, (t = { root: { next: new Map() }, boards: 0 }));
    return t;
  };
  const descend = (t: Trie | undefined, key: string): Trie | undefined => {
    if (!t) return undefined;
    let child = t.next.get(key);
    if (!child) t.next.set(key, (child = { next: new Map() }));
    return child;
  };
  const keep = (
    memo: { boards: number },
    leaf: Trie | undefined,
    r: { items: ScoredItem[]; metrics: Metrics },
  ): ScoredBoard => {
    const board = { items: r.items, dims: r.items.map(dimsOfItem), metrics: r.metrics };
    if (leaf && memo.boards < BOARD_MEMO_LIMIT) {
      leaf.board = board;
      memo.boards++;
    }
    return board;
  };
  const NO_METRICS: Metrics = {};

  const boardItems = (e: StepEntry): ScoredBoard | undefined => {
    const n = own(s.nodes, e.node);
    if (n?.kind === 'triage' && e.kind === 'triage') {
      const memo = trieOf(e.node);
      let t: Trie | undefined = memo.root;
      for (let k = 0; k < n.casualties.length; k++) {
        const c = n.casualties[k]!;
        const tag = Object.hasOwn(e.tags, c) ? own(e.tags, c) : undefined;
        if (!tag) return undefined;
        t = memo.boards < BOARD_MEMO_LIMIT || t?.next.has(tag) ? descend(t, tag) : undefined;
      }
      if (t?.board) return t.board;
      const table = triageTables.get(e.node)!;
      const metrics = emptyTriageMetrics();
      const items = n.casualties.map((c, k) => {
        const item = table[k]!.item[own(e.tags, c)!];
        countTriageItem(metrics, item);
        return item;
      });
      return keep(memo, t, { items, metrics });
    }
    if (n?.kind === 'dispersion' && e.kind === 'dispersion') {
      const memo = trieOf(e.node);
      let t: Trie | undefined = memo.root;
      for (let k = 0; k < n.survivors.length; k++) {
        const id = n.survivors[k]!;
        const h = Object.hasOwn(e.placements, id) ? own(e.placements, id)! : '';
        if (!n.hospitals.includes(h)) return undefined;
        t = memo.boards < BOARD_MEMO_LIMIT || t?.next.has(h) ? descend(t, h) : undefined;
      }
      return (
        t?.board ??
        keep(
          memo,
          t,
          scoreDispersion(e.node, n, s.survivors ?? {}, s.hospitals ?? {}, e.placements),
        )
      );
    }
    if (n?.kind === 'interview' && e.kind === 'interview') {
      const max = n.maxQuestions;
      const qs = e.questions;
      if (qs.length < (n.minQuestions ?? 1) || (max && qs.length > max)) return undefined;
      const memo = trieOf(e.node);
      let t: Trie | undefined = memo.root;
      for (let k = 0; k < qs.length; k++) {
        if (!n.questions.includes(qs[k]!)) return undefined;
        t = memo.boards < BOARD_MEMO_LIMIT || t?.next.has(qs[k]!) ? descend(t, qs[k]!) : undefined;
      }
      // The end of a question list is its own level: "a, b" and "a, b, c" are different plans.
      t = t && (memo.boards < BOARD_MEMO_LIMIT || t.next.has('')) ? descend(t, '') : undefined;
      return (
        t?.board ?? keep(memo, t, scoreInterview(e.node, n, s.facts ?? {}, s.questions ?? {}, qs))
      );
    }
    return undefined;
  };

  // One buffer per scorer: scoring is synchronous and not re-entrant, so attempts can share it.
  const vars = new Float64Array(init.length);
  const visited: string[] = [];
  const measureSlots = (
    [
      ['timesRecounted', 'timesRecounted'],
      ['hoursToCare', 'hoursSinceRescue'],
      ['identityExposures', 'identityExposures'],
      ['familiesVerified', 'familiesVerified'],
    ] as const
  ).flatMap(([measure, name]) => (slot.has(name) ? [[measure, slot.get(name)!] as const] : []));

  function score(log: readonly LogEntry[], passMark: number, detail?: true): BulkScoreWithDetail {
    vars.set(init);
    visited.length = 0;
    if (usesVisited) visited.push(s.start);
    const items: ScoredItem[] | undefined = detail ? [] : undefined;
    const dimE = [0, 0, 0, 0, 0];
    const dimA = [0, 0, 0, 0, 0];
    let earned = 0;
    let available = 0;
    let critical = 0;
    let current = s.start;
    let node = nodes.get(current);
    let hasBack = false;
    for (let i = 0; i < log.length; i++) if (log[i]!.kind === 'back') hasBack = true;
    const steps = hasBack ? effectiveLog(log) : (log as StepEntry[]);
    for (let i = 0; i < steps.length; i++) {
      const e = steps[i]!;
      if (!node || node.kind === 'ending' || e.node !== current) return { ok: false, atEntry: i };
      let next: string | undefined;
      if (node.kind === 'decision') {
        const c = e.kind === 'choose' ? node.choices.get(e.choice) : undefined;
        if (!c || (c.when && !c.when(vars, NO_METRICS, visited))) return { ok: false, atEntry: i };
        earned += c.points;
        available += 1;
        if (c.critical) critical += 1;
        const cd = c.dims;
        for (let k = 0; k < cd.length; k++) {
          dimE[cd[k]!]! += c.points;
          dimA[cd[k]!]! += 1;
        }
        if (items) {
          // The better choice is the first best one the trainee could see (as in advance()).
          let best: CompiledChoice | undefined;
          for (const b of node.best)
            if (!node.conditional || !b.when || b.when(vars, NO_METRICS, visited)) {
              best = b;
              break;
            }
          items.push(c.item(best && best.id !== c.id ? best.id : ''));
        }
        c.apply(vars, NO_METRICS);
        next = c.next;
      } else if (node.kind === 'narrative') {
        if (e.kind !== 'continue') return { ok: false, atEntry: i };
        node.apply(vars, NO_METRICS);
        if (node.next) next = node.next;
        else {
          // Apply the outcome that matched, not the first one that shares its target.
          const o = node.outcomes && firstOutcome(node.outcomes, vars, NO_METRICS, visited);
          o?.apply(vars, NO_METRICS);
          next = o?.next;
        }
      } else {
        const scored = boardItems(e);
        if (!scored) return { ok: false, atEntry: i };
        for (let k = 0; k < scored.items.length; k++) {
          const it = scored.items[k]!;
          earned += it.points;
          available += 1;
          if (it.critical) critical += 1;
          const ds = scored.dims[k]!;
          for (let j = 0; j < ds.length; j++) {
            dimE[ds[j]!]! += it.points;
            dimA[ds[j]!]! += 1;
          }
          items?.push(it);
        }
        const o = firstOutcome(node.outcomes, vars, scored.metrics, visited);
        if (!o) return { ok: false, atEntry: i };
        o.apply(vars, scored.metrics);
        next = o.next;
      }
      if (next === undefined) return { ok: false, atEntry: i };
      current = next;
      if (usesVisited) visited.push(current);
      node = nodes.get(current);
      // An ending's own effects (the welfare measures an ending records).
      if (node?.kind === 'ending') node.apply(vars, NO_METRICS);
    }
    const ending = node?.kind === 'ending' ? node.rating : undefined;
    if (ending) {
      earned += ending === 'good' ? 1 : ending === 'mixed' ? 0.5 : 0;
      available += 1;
    }
    const score = available ? earned / available : 0;
    const result = {
      ok: true as const,
      ended: ending !== undefined,
      // Always present (undefined when unfinished): one object shape for every result.
      ending,
      score,
      passed: ending !== undefined && score >= passMark - 1e-9 && critical === 0,
      criticalErrors: critical,
      dimensionEarned: dimE,
      dimensionAvailable: dimA,
    };
    if (!items) return result as BulkScoreWithDetail;
    const byGuideline: Record<string, { earned: number; available: number }> = {};
    for (const it of items)
      for (const g of it.guidelines) {
        const t = Object.hasOwn(byGuideline, g)
          ? byGuideline[g]!
          : (byGuideline[g] = { earned: 0, available: 0 });
        t.earned += it.points * it.weight;
        t.available += it.weight;
      }
    const measures: WelfareMeasures = {};
    for (const [m, i] of measureSlots) measures[m] = vars[i]!;
    return Object.assign(result, {
      endingNode: ending ? current : undefined,
      items,
      byGuideline,
      measures,
    });
  }
  return score as ReturnType<typeof createBulkScorer>;
}
