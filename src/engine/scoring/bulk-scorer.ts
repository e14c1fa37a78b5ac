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

type Vars = Float64Array;
type Metrics = Readonly<Record<string, number>>;
type Test = (vars: Vars, metrics: Metrics, visited: readonly string[]) => boolean;
type Apply = (vars: Vars, metrics: Metrics) => void;
type CompiledOutcome = { when?: Test; next: string; apply: Apply };
type CompiledChoice = {
  next: string;
  points: number;
  critical: boolean;
  dims: number[];
  when?: Test;
  apply: Apply;
};
type CompiledNode =
  | { kind: 'ending'; rating: Rating }
  | { kind: 'narrative'; apply: Apply; next?: string; outcomes?: CompiledOutcome[] }
  | { kind: 'decision'; choices: Map<string, CompiledChoice> }
  | { kind: 'board'; outcomes: CompiledOutcome[] };

/**
 * Scoring for many attempts at once (aggregate dashboards, issue 3's 100,000-attempt benchmark).
 * The scenario is compiled once: variables become slots in a typed array, conditions and effects
 * become closures, each choice carries its points and dimensions. It computes exactly what
 * `scoreAttempt` computes for score, pass, critical errors and dimensions — a test holds them equal —
 * without building the per-step records the debrief needs.
 */
export function createBulkScorer(
  s: Scenario,
  dimensionOf: (guidelineId: string) => Dimension | undefined,
) {
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
      const id = c.visited;
      return (_v, _m, p) => p.includes(id);
    }
    const cmp = compare(c);
    if ('var' in c) {
      const i = slot.get(c.var);
      return (v) => cmp(i === undefined ? 0 : v[i]!);
    }
    const name = c.metric;
    return (_v, m) => cmp(m[name] ?? 0);
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
            : v[o.i]! + (o.metric !== undefined ? (m[o.metric] ?? 0) : o.by);
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
    if (n.kind === 'ending') nodes.set(id, { kind: 'ending', rating: n.rating });
    else if (n.kind === 'narrative')
      nodes.set(id, {
        kind: 'narrative',
        apply: apply(n.effects),
        ...(n.next ? { next: n.next } : {}),
        ...(n.outcomes ? { outcomes: outcomes(n.outcomes) } : {}),
      });
    else if (n.kind === 'decision')
      nodes.set(id, {
        kind: 'decision',
        choices: new Map(
          n.choices.map((c) => [
            c.id,
            {
              next: c.next,
              points: QUALITY_POINTS[c.quality],
              critical: c.quality === 'harmful' && c.critical !== false,
              dims: dimsOf(c.guidelines),
              ...(c.when ? { when: test(c.when) } : {}),
              apply: apply(c.effects),
            },
          ]),
        ),
      });
    else nodes.set(id, { kind: 'board', outcomes: outcomes(n.outcomes) });
  }
  const itemDims = new Map<string, number[]>();
  // Each casualty's item depends only on its own tag: precompute all four per casualty.
  const triageTables = new Map<string, Map<string, Record<TriageTag, ScoredItem>>>();
  for (const [id, n] of Object.entries(s.nodes))
    if (n.kind === 'triage')
      triageTables.set(
        id,
        new Map(
          n.casualties.map((c) => [
            c,
            Object.fromEntries(
              TRIAGE_TAGS.map((t) => [t, triageItem(id, n, c, s.casualties![c]!, t)]),
            ) as Record<TriageTag, ScoredItem>,
          ]),
        ),
      );
  const NO_METRICS: Metrics = {};

  const boardItems = (e: StepEntry): { items: ScoredItem[]; metrics: Metrics } | undefined => {
    const n = own(s.nodes, e.node);
    if (n?.kind === 'triage' && e.kind === 'triage') {
      const table = triageTables.get(e.node)!;
      const metrics = emptyTriageMetrics();
      const items: ScoredItem[] = [];
      for (const c of n.casualties) {
        const tag = own(e.tags, c);
        if (!tag) return undefined;
        const item = table.get(c)![tag];
        countTriageItem(metrics, item);
        items.push(item);
      }
      return { items, metrics };
    }
    if (n?.kind === 'dispersion' && e.kind === 'dispersion') {
      if (n.survivors.some((id) => !n.hospitals.includes(own(e.placements, id) ?? '')))
        return undefined;
      return scoreDispersion(e.node, n, s.survivors ?? {}, s.hospitals ?? {}, e.placements);
    }
    if (n?.kind === 'interview' && e.kind === 'interview') {
      const max = n.maxQuestions;
      if (
        e.questions.some((q) => !n.questions.includes(q)) ||
        e.questions.length < (n.minQuestions ?? 1) ||
        (max && e.questions.length > max)
      )
        return undefined;
      return scoreInterview(e.node, n, s.facts ?? {}, s.questions ?? {}, e.questions);
    }
    return undefined;
  };

  return (log: readonly LogEntry[], passMark: number): BulkScore => {
    const vars = init.slice();
    const visited: string[] = [s.start];
    const dimE = [0, 0, 0, 0, 0];
    const dimA = [0, 0, 0, 0, 0];
    let earned = 0;
    let available = 0;
    let critical = 0;
    let current = s.start;
    let node = nodes.get(current);
    const steps = log.some((e) => e.kind === 'back') ? effectiveLog(log) : (log as StepEntry[]);
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
        for (const d of c.dims) {
          dimE[d]! += c.points;
          dimA[d]! += 1;
        }
        c.apply(vars, NO_METRICS);
        next = c.next;
      } else if (node.kind === 'narrative') {
        if (e.kind !== 'continue') return { ok: false, atEntry: i };
        node.apply(vars, NO_METRICS);
        if (node.next) next = node.next;
        else {
          // Apply the outcome that matched, not the first one that shares its target.
          const o = node.outcomes?.find((x) => !x.when || x.when(vars, NO_METRICS, visited));
          o?.apply(vars, NO_METRICS);
          next = o?.next;
        }
      } else {
        const scored = boardItems(e);
        if (!scored) return { ok: false, atEntry: i };
        for (const it of scored.items) {
          earned += it.points;
          available += 1;
          if (it.critical) critical += 1;
          const key = it.guidelines.join(' ');
          let ds = itemDims.get(key);
          if (!ds) itemDims.set(key, (ds = dimsOf(it.guidelines)));
          for (const d of ds) {
            dimE[d]! += it.points;
            dimA[d]! += 1;
          }
        }
        const o = node.outcomes.find((x) => !x.when || x.when(vars, scored.metrics, visited));
        if (!o) return { ok: false, atEntry: i };
        o.apply(vars, scored.metrics);
        next = o.next;
      }
      if (next === undefined) return { ok: false, atEntry: i };
      current = next;
      visited.push(current);
      node = nodes.get(current);
    }
    const ending = node?.kind === 'ending' ? node.rating : undefined;
    if (ending) {
      earned += ending === 'good' ? 1 : ending === 'mixed' ? 0.5 : 0;
      available += 1;
    }
    const score = available ? earned / available : 0;
    return {
      ok: true,
      ended: ending !== undefined,
      ...(ending ? { ending } : {}),
      score,
      passed: ending !== undefined && score >= passMark - 1e-9 && critical === 0,
      criticalErrors: critical,
      dimensionEarned: dimE,
      dimensionAvailable: dimA,
    };
  };
}
