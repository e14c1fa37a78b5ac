import type { Condition, Effect, Outcome, Scenario, TriageTag } from '../schema/scenario.ts';
import { DIMENSIONS, type Dimension } from '../schema/dimensions.ts';
import { RATINGS, TRIAGE_TAGS } from '../schema/enums.ts';
import type { StepEntry } from '../attempt/decision-log.ts';
import { scoreDispersion } from '../rules/dispersion.ts';
import { scoreInterview } from '../rules/interview-record.ts';
import { countTriageItem, emptyTriageMetrics, triageItem } from '../rules/triage-items.ts';
import type { ScoredItem } from './scored-item.ts';
import { QUALITY_POINTS } from './scored-item.ts';
import { own } from '../own.ts';

/**
 * A scenario version compiled to integer tables for the compact scorer (`compact-scorer.ts`).
 * Every scenario gets an object of this one shape, built by one literal, so the scoring loop
 * sees one hidden class and one set of array types whatever the module: V8 optimizes it once.
 * Conditions are a small bytecode (no closures: a closure per condition made the loop's call
 * sites polymorphic and its optimized code was thrown away and rebuilt per module).
 */
export type ScoringTables = {
  start: number;
  /** Node kind (K_*), next node of a plain narrative, effect and outcome ranges, ending code. */
  kind: Uint8Array;
  nodeNext: Int32Array;
  nodeFxFrom: Int32Array;
  nodeFxTo: Int32Array;
  nodeOutFrom: Int32Array;
  nodeOutTo: Int32Array;
  endingCode: Uint8Array;
  /** Choices of a decision: `choiceBase[node] + index`, `choiceCount[node]` of them. */
  choiceBase: Int32Array;
  choiceCount: Int32Array;
  chPoints: Float64Array;
  chCritical: Uint8Array;
  /** Condition index, or -1. */
  chWhen: Int32Array;
  chNext: Int32Array;
  chFxFrom: Int32Array;
  chFxTo: Int32Array;
  /** Dimensions of choice c: `chDimList[chDimFrom[c] … chDimFrom[c + 1])`. */
  chDimFrom: Int32Array;
  chDimList: Int32Array;
  outWhen: Int32Array;
  outNext: Int32Array;
  outFxFrom: Int32Array;
  outFxTo: Int32Array;
  /** Effects: variable slot, OP_*, and the value (OP_ADD_METRIC: the metric's column). */
  opSlot: Int32Array;
  opKind: Uint8Array;
  opValue: Float64Array;
  /** Conditions: C_*, argument, child count, comparator mask (CMP_*) and six comparator values. */
  condKind: Uint8Array;
  condArg: Int32Array;
  condCount: Int32Array;
  condChildren: Int32Array;
  condMask: Uint8Array;
  condValue: Float64Array;
  init: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /** Metric columns per board response (at least 1, so `ZERO` reads 0 at any column). */
  metrics: number;
  zero: Float64Array;
  /** Interned board responses: points, items, criticals, dimension tallies and metrics each. */
  respEarned: Float64Array;
  respAvailable: Float64Array;
  respCritical: Float64Array;
  respDimE: Float64Array;
  respDimA: Float64Array;
  respMetrics: Float64Array;
  /** Per-scorer scratch: the variables and the visit stamps (scoring is not re-entrant). */
  vars: Float64Array;
  visitedAt: Uint32Array;
  stamp: number;
};

export const K_NARRATIVE = 0;
export const K_DECISION = 1;
export const K_BOARD = 2;
export const K_ENDING = 3;
export const OP_SET = 0;
export const OP_ADD = 1;
export const OP_ADD_METRIC = 2;
export const C_ALL = 0;
export const C_ANY = 1;
export const C_NOT = 2;
export const C_VISITED = 3;
export const C_VAR = 4;
export const C_METRIC = 5;
const COMPARATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;
const DIMS = DIMENSIONS.length;

/** The tables, and the encoder of one step (which interns board responses into the tables). */
export type CompiledScenario = {
  tables: ScoringTables;
  nodeIndex: (id: string) => number;
  /** The value code of a step at node index `i`, or -1 when the entry does not fit that node. */
  valueOf: (e: StepEntry, i: number) => number;
};

export function compileScenario(
  s: Scenario,
  dimensionOf: (guidelineId: string) => Dimension | undefined,
): CompiledScenario {
  const nodeIds = Object.keys(s.nodes);
  const nodeIndexes = new Map(nodeIds.map((id, i) => [id, i]));
  const N = nodeIds.length;
  const indexOf = (id: string) => nodeIndexes.get(id) ?? -1;

  const names = Object.keys(s.variables);
  const slot = new Map(names.map((n, i) => [n, i]));
  const bound = (n: string, pick: 'initial' | 'min' | 'max', dflt: number) => {
    const v = s.variables[n]!;
    if (typeof v === 'number') return pick === 'initial' ? v : dflt;
    return pick === 'initial' ? v.initial : (v[pick] ?? dflt);
  };

  // Metric names tested by conditions or read by effects: one column each per board response.
  const metricSlot = new Map<string, number>();
  const metricOf = (name: string) => {
    let i = metricSlot.get(name);
    if (i === undefined) metricSlot.set(name, (i = metricSlot.size));
    return i;
  };
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

  const cond = {
    kind: [] as number[],
    arg: [] as number[],
    count: [] as number[],
    children: [] as number[],
    mask: [] as number[],
    value: [] as number[],
  };
  const test = (c: Condition): number => {
    const at = cond.kind.length;
    cond.kind.push(0);
    cond.arg.push(-1);
    cond.count.push(0);
    cond.mask.push(0);
    cond.value.push(0, 0, 0, 0, 0, 0);
    if ('all' in c || 'any' in c) {
      const list = 'all' in c ? c.all : c.any;
      const kids = list.map(test);
      cond.kind[at] = 'all' in c ? C_ALL : C_ANY;
      cond.arg[at] = cond.children.length;
      cond.count[at] = kids.length;
      cond.children.push(...kids);
    } else if ('not' in c) {
      cond.kind[at] = C_NOT;
      cond.arg[at] = test(c.not);
    } else if ('visited' in c) {
      cond.kind[at] = C_VISITED;
      cond.arg[at] = indexOf(c.visited);
    } else {
      cond.kind[at] = 'var' in c ? C_VAR : C_METRIC;
      cond.arg[at] = 'var' in c ? (slot.get(c.var) ?? -1) : metricOf(c.metric);
      COMPARATORS.forEach((k, b) => {
        const x = c[k];
        if (x === undefined) return;
        cond.mask[at]! |= 1 << b;
        cond.value[6 * at + b] = x;
      });
    }
    return at;
  };

  // Effects: one op list for everything, each owner (choice, node, outcome) a range of it.
  const ops = { slot: [] as number[], kind: [] as number[], value: [] as number[] };
  const effects = (list: readonly Effect[] | undefined): [number, number] => {
    const from = ops.slot.length;
    for (const e of list ?? []) {
      const i = slot.get('set' in e ? e.set : e.add);
      if (i === undefined) continue;
      ops.slot.push(i);
      ops.kind.push('set' in e ? OP_SET : 'byMetric' in e ? OP_ADD_METRIC : OP_ADD);
      ops.value.push('set' in e ? e.to : 'byMetric' in e ? metricOf(e.byMetric) : e.by);
    }
    return [from, ops.slot.length];
  };
  const outs = { when: [] as number[], next: [] as number[], fx: [] as [number, number][] };
  const outcomes = (os: readonly Outcome[] | undefined): [number, number] => {
    const from = outs.next.length;
    for (const o of os ?? []) {
      outs.when.push(o.when ? test(o.when) : -1);
      outs.next.push(indexOf(o.next));
      outs.fx.push(effects(o.effects));
    }
    return [from, outs.next.length];
  };

  const kind = new Uint8Array(N);
  const nodeNext = new Int32Array(N).fill(-1);
  const nodeFx: [number, number][] = [];
  const nodeOut: [number, number][] = [];
  const endingCode = new Uint8Array(N);
  const choiceBase = new Int32Array(N);
  const choiceCount = new Int32Array(N);
  const choiceIds: Map<string, number>[] = [];
  const ch = {
    points: [] as number[],
    critical: [] as number[],
    when: [] as number[],
    next: [] as number[],
    fx: [] as [number, number][],
    dims: [] as number[][],
  };
  nodeIds.forEach((id, i) => {
    const n = s.nodes[id]!;
    choiceIds.push(new Map());
    nodeFx.push([0, 0]);
    nodeOut.push([0, 0]);
    if (n.kind === 'ending') {
      kind[i] = K_ENDING;
      endingCode[i] = 1 + RATINGS.indexOf(n.rating);
      nodeFx[i] = effects(n.effects);
    } else if (n.kind === 'narrative') {
      kind[i] = K_NARRATIVE;
      nodeFx[i] = effects(n.effects);
      if (n.next) nodeNext[i] = indexOf(n.next);
      else nodeOut[i] = outcomes(n.outcomes);
    } else if (n.kind === 'decision') {
      kind[i] = K_DECISION;
      choiceBase[i] = ch.next.length;
      choiceCount[i] = n.choices.length;
      n.choices.forEach((c, k) => {
        choiceIds[i]!.set(c.id, k);
        ch.points.push(QUALITY_POINTS[c.quality]);
        ch.critical.push(c.quality === 'harmful' && c.critical !== false ? 1 : 0);
        ch.when.push(c.when ? test(c.when) : -1);
        ch.next.push(indexOf(c.next));
        ch.fx.push(effects(c.effects));
        ch.dims.push(dimsOf(c.guidelines));
      });
    } else {
      kind[i] = K_BOARD;
      nodeOut[i] = outcomes(n.outcomes);
    }
  });
  const chDimFrom = new Int32Array(ch.dims.length + 1);
  ch.dims.forEach((d, k) => (chDimFrom[k + 1] = chDimFrom[k]! + d.length));
  const M = Math.max(1, metricSlot.size);
  const first = (r: [number, number][]) => Int32Array.from(r, (x) => x[0]);
  const second = (r: [number, number][]) => Int32Array.from(r, (x) => x[1]);

  const tables: ScoringTables = {
    start: indexOf(s.start),
    kind,
    nodeNext,
    nodeFxFrom: first(nodeFx),
    nodeFxTo: second(nodeFx),
    nodeOutFrom: first(nodeOut),
    nodeOutTo: second(nodeOut),
    endingCode,
    choiceBase,
    choiceCount,
    chPoints: Float64Array.from(ch.points),
    chCritical: Uint8Array.from(ch.critical),
    chWhen: Int32Array.from(ch.when),
    chNext: Int32Array.from(ch.next),
    chFxFrom: first(ch.fx),
    chFxTo: second(ch.fx),
    chDimFrom,
    chDimList: Int32Array.from(ch.dims.flat()),
    outWhen: Int32Array.from(outs.when),
    outNext: Int32Array.from(outs.next),
    outFxFrom: first(outs.fx),
    outFxTo: second(outs.fx),
    opSlot: Int32Array.from(ops.slot),
    opKind: Uint8Array.from(ops.kind),
    opValue: Float64Array.from(ops.value),
    condKind: Uint8Array.from(cond.kind),
    condArg: Int32Array.from(cond.arg),
    condCount: Int32Array.from(cond.count),
    condChildren: Int32Array.from(cond.children),
    condMask: Uint8Array.from(cond.mask),
    condValue: Float64Array.from(cond.value),
    init: Float64Array.from(names, (n) => bound(n, 'initial', 0)),
    min: Float64Array.from(names, (n) => bound(n, 'min', -Infinity)),
    max: Float64Array.from(names, (n) => bound(n, 'max', Infinity)),
    metrics: M,
    zero: new Float64Array(M),
    respEarned: new Float64Array(64),
    respAvailable: new Float64Array(64),
    respCritical: new Float64Array(64),
    respDimE: new Float64Array(64 * DIMS),
    respDimA: new Float64Array(64 * DIMS),
    respMetrics: new Float64Array(64 * M),
    vars: new Float64Array(names.length),
    visitedAt: new Uint32Array(N),
    stamp: 0,
  };

  // Board responses, interned when first encoded: key → index, and the scored response by index.
  const responseIndex: Map<string, number>[] = nodeIds.map(() => new Map());
  let responses = 0;
  const grow = (a: Float64Array, n: number) => {
    if (a.length >= n) return a;
    const b = new Float64Array(Math.max(n, a.length * 2));
    b.set(a);
    return b;
  };
  const intern = (
    node: number,
    key: string,
    scoreIt: () => { items: readonly ScoredItem[]; metrics: Readonly<Record<string, number>> },
  ) => {
    const known = responseIndex[node]!.get(key);
    if (known !== undefined) return known;
    const r = responses++;
    const t = tables;
    t.respEarned = grow(t.respEarned, responses);
    t.respAvailable = grow(t.respAvailable, responses);
    t.respCritical = grow(t.respCritical, responses);
    t.respDimE = grow(t.respDimE, responses * DIMS);
    t.respDimA = grow(t.respDimA, responses * DIMS);
    t.respMetrics = grow(t.respMetrics, responses * M);
    const { items, metrics } = scoreIt();
    for (const it of items) {
      t.respEarned[r]! += it.points;
      t.respAvailable[r]! += 1;
      if (it.critical) t.respCritical[r]! += 1;
      for (const d of dimsOf(it.guidelines)) {
        t.respDimE[r * DIMS + d]! += it.points;
        t.respDimA[r * DIMS + d]! += 1;
      }
    }
    for (const [name, k] of metricSlot) t.respMetrics[r * M + k] = own(metrics, name) ?? 0;
    responseIndex[node]!.set(key, r);
    return r;
  };
  const triageTables = new Map<number, Record<TriageTag, ScoredItem>[]>();

  const valueOf = (e: StepEntry, i: number): number => {
    const n = own(s.nodes, e.node)!;
    if (n.kind === 'decision')
      return e.kind === 'choose' ? (choiceIds[i]!.get(e.choice) ?? -1) : -1;
    if (n.kind === 'narrative') return e.kind === 'continue' ? 0 : -1;
    if (n.kind === 'triage' && e.kind === 'triage') {
      const tags: TriageTag[] = [];
      for (const c of n.casualties) {
        const tag = own(e.tags, c);
        if (!tag || !TRIAGE_TAGS.includes(tag)) return -1;
        tags.push(tag);
      }
      return intern(i, tags.join(' '), () => {
        let table = triageTables.get(i);
        if (!table)
          triageTables.set(
            i,
            (table = n.casualties.map(
              (c) =>
                Object.fromEntries(
                  TRIAGE_TAGS.map((t) => [t, triageItem(e.node, n, c, s.casualties![c]!, t)]),
                ) as Record<TriageTag, ScoredItem>,
            )),
          );
        const metrics = emptyTriageMetrics();
        const items = tags.map((t, k) => {
          const item = table[k]![t];
          countTriageItem(metrics, item);
          return item;
        });
        return { items, metrics };
      });
    }
    if (n.kind === 'dispersion' && e.kind === 'dispersion') {
      const hs: string[] = [];
      for (const id of n.survivors) {
        const h = own(e.placements, id) ?? '';
        if (!n.hospitals.includes(h)) return -1;
        hs.push(h);
      }
      return intern(i, hs.join(' '), () =>
        scoreDispersion(e.node, n, s.survivors ?? {}, s.hospitals ?? {}, e.placements),
      );
    }
    if (n.kind === 'interview' && e.kind === 'interview') {
      const qs = e.questions;
      if (qs.length < (n.minQuestions ?? 1) || (n.maxQuestions && qs.length > n.maxQuestions))
        return -1;
      for (const q of qs) if (!n.questions.includes(q)) return -1;
      return intern(i, qs.join(' '), () =>
        scoreInterview(e.node, n, s.facts ?? {}, s.questions ?? {}, qs),
      );
    }
    return -1;
  };

  return { tables, nodeIndex: indexOf, valueOf };
}
