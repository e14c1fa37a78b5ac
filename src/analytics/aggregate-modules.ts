/**
 * Per-module figures shared by the cohort view and the organization dashboard (issues 10, 12):
 * completion and pass counts (of distinct trainees), recomputed score per welfare dimension, the
 * decision points most often missed with the spread of choices, and where critical errors happen.
 */
import { DIMENSIONS, type Dimension } from '../engine/schema/dimensions';
import { QUALITIES } from '../engine/schema/enums';
import type { Quality } from '../engine/schema/scenario';
import type { ItemSummary } from '../records/attempt-summary';
import { ITEM_KINDS, MEASURES, type AttemptColumns, type MeasureName } from './attempt-columns';

const BEST = QUALITIES.indexOf('best');
const DIMS = DIMENSIONS.length;

/** One collator for all sorting: `localeCompare` builds a new one per call, which dominated re-aggregation. */
const byText = new Intl.Collator('en', { numeric: true }).compare;

export type ChoiceSpread = {
  /** What the trainees gave: a choice id, triage tag, hospital id or question id. */
  response: string;
  count: number;
  quality: Quality;
  critical: boolean;
  /** The guidelines the scenario cites for this response (their text is in the catalogue). */
  guidelines: string[];
  /** What the rules wanted, for board items (the best choice of a decision is in the scenario). */
  expected?: string;
};

export type MissedItem = {
  item: string;
  node: string;
  kind: ItemSummary['kind'];
  /** Attempts that met the item, and those whose response was not the best. */
  met: number;
  missed: number;
  spread: ChoiceSpread[];
};

export type CriticalSpot = {
  item: string;
  node: string;
  response: string;
  count: number;
  guidelines: string[];
};

export type ModuleRow = {
  scenarioId: string;
  /** Distinct trainees in the selection (the denominator of the rates). */
  trainees: number;
  started: number;
  completed: number;
  passed: number;
  attempts: number;
  finishedAttempts: number;
  /** Mean recomputed score over finished attempts. */
  meanScore?: number;
  /** Points pooled over finished attempts, per dimension met. */
  byDimension: Partial<Record<Dimension, { earned: number; available: number; score: number }>>;
  measures: Partial<Record<MeasureName, number>>;
  criticalErrors: number;
  criticalSpots: CriticalSpot[];
  /** Items with at least one miss, most missed first. */
  mostMissed: MissedItem[];
};

export type ModuleOptions = {
  /** Modules to report even when no one attempted them, in this order (the assignment's). */
  modules?: readonly string[];
  /** How many missed items to keep per module. */
  topMissed?: number;
};

type ItemAcc = {
  node: number;
  kind: number;
  met: number;
  missed: number;
  responses: Map<
    number,
    { count: number; quality: number; critical: number; guidelines: number; expected: number }
  >;
};
type ModuleAcc = {
  trainees: Map<number, 0 | 1 | 2>;
  attempts: number;
  finished: number;
  scoreSum: number;
  dimE: Float64Array;
  dimA: Float64Array;
  measureSum: Float64Array;
  measureN: Uint32Array;
  critical: number;
  items: Map<number, ItemAcc>;
};

const newAcc = (): ModuleAcc => ({
  trainees: new Map(),
  attempts: 0,
  finished: 0,
  scoreSum: 0,
  dimE: new Float64Array(DIMS),
  dimA: new Float64Array(DIMS),
  measureSum: new Float64Array(MEASURES.length),
  measureN: new Uint32Array(MEASURES.length),
  critical: 0,
  items: new Map(),
});

/** One row per module among `rows` (plus `modules`), in `modules` order then by id. */
export function aggregateModules(
  c: AttemptColumns,
  rows: Uint32Array,
  { modules = [], topMissed = 10 }: ModuleOptions = {},
): ModuleRow[] {
  const S = c.strings;
  const I = c.items;
  const learners = new Set<number>();
  const accs = new Map<number, ModuleAcc>();
  modules = [...new Set(modules)];
  for (const m of modules) {
    const i = S.indexOf(m);
    accs.set(i < 0 ? -accs.size - 1 : i, newAcc());
  }
  for (const r of rows) {
    const sc = c.scenario[r]!;
    let acc = accs.get(sc);
    if (!acc) accs.set(sc, (acc = newAcc()));
    const learner = c.learner[r]!;
    learners.add(learner);
    const ended = c.ended[r] === 1;
    // 0 started, 1 completed, 2 passed: a trainee counts at the best level any attempt reached.
    const level = c.passed[r] ? 2 : ended ? 1 : 0;
    const before = acc.trainees.get(learner);
    if (before === undefined || level > before) acc.trainees.set(learner, level as 0 | 1 | 2);
    acc.attempts += 1;
    acc.critical += c.critical[r]!;
    if (ended) {
      acc.finished += 1;
      acc.scoreSum += c.score[r]!;
      for (let d = 0; d < DIMS; d++) {
        acc.dimE[d]! += c.dimEarned[r * DIMS + d]!;
        acc.dimA[d]! += c.dimAvailable[r * DIMS + d]!;
      }
      for (let m = 0; m < MEASURES.length; m++) {
        const v = c.measures[r * MEASURES.length + m]!;
        if (Number.isNaN(v)) continue;
        acc.measureSum[m]! += v;
        acc.measureN[m]! += 1;
      }
    }
    for (let k = c.itemStart[r]!, end = c.itemStart[r + 1]!; k < end; k++) {
      const id = I.item[k]!;
      let it = acc.items.get(id);
      if (!it) {
        it = { node: I.node[k]!, kind: I.kind[k]!, met: 0, missed: 0, responses: new Map() };
        acc.items.set(id, it);
      }
      it.met += 1;
      const q = I.quality[k]!;
      if (q !== BEST) it.missed += 1;
      const resp = I.response[k]!;
      const sp = it.responses.get(resp);
      if (sp) sp.count += 1;
      else
        it.responses.set(resp, {
          count: 1,
          quality: q,
          critical: I.critical[k]!,
          guidelines: I.guidelines[k]!,
          expected: I.expected[k]!,
        });
    }
  }
  const guidelines = (g: number) => (g ? S[g]!.split(' ') : []);
  const rowsOut: ModuleRow[] = [];
  for (const [sc, acc] of accs) {
    const levels = [...acc.trainees.values()];
    const byDimension: ModuleRow['byDimension'] = {};
    DIMENSIONS.forEach((d, i) => {
      const available = acc.dimA[i]!;
      if (available > 0)
        byDimension[d] = { earned: acc.dimE[i]!, available, score: acc.dimE[i]! / available };
    });
    const measures: ModuleRow['measures'] = {};
    MEASURES.forEach((m, i) => {
      if (acc.measureN[i]) measures[m] = acc.measureSum[i]! / acc.measureN[i]!;
    });
    const spots: CriticalSpot[] = [];
    const missed: MissedItem[] = [];
    for (const [id, it] of acc.items) {
      for (const [resp, sp] of it.responses)
        if (sp.critical)
          spots.push({
            item: S[id]!,
            node: S[it.node]!,
            response: S[resp]!,
            count: sp.count,
            guidelines: guidelines(sp.guidelines),
          });
      if (!it.missed) continue;
      missed.push({
        item: S[id]!,
        node: S[it.node]!,
        kind: ITEM_KINDS[it.kind]!,
        met: it.met,
        missed: it.missed,
        spread: [...it.responses]
          .map(([resp, sp]) => ({
            response: S[resp]!,
            count: sp.count,
            quality: QUALITIES[sp.quality]!,
            critical: sp.critical === 1,
            guidelines: guidelines(sp.guidelines),
            ...(sp.expected ? { expected: S[sp.expected]! } : {}),
          }))
          .sort((a, b) => b.count - a.count || byText(a.response, b.response)),
      });
    }
    const row: ModuleRow = {
      scenarioId: sc < 0 ? modules[-sc - 1]! : S[sc]!,
      trainees: learners.size,
      started: levels.length,
      completed: levels.filter((l) => l >= 1).length,
      passed: levels.filter((l) => l === 2).length,
      attempts: acc.attempts,
      finishedAttempts: acc.finished,
      byDimension,
      measures,
      criticalErrors: acc.critical,
      criticalSpots: spots.sort((a, b) => b.count - a.count || byText(a.item, b.item)),
      mostMissed: missed
        .sort(
          (a, b) =>
            b.missed - a.missed || b.missed / b.met - a.missed / a.met || byText(a.item, b.item),
        )
        .slice(0, topMissed),
    };
    if (acc.finished) row.meanScore = acc.scoreSum / acc.finished;
    rowsOut.push(row);
  }
  // The assignment's modules keep its order; others follow by id.
  const listed = rowsOut.slice(0, modules.length);
  const rest = rowsOut.slice(modules.length).sort((a, b) => byText(a.scenarioId, b.scenarioId));
  return [...listed, ...rest];
}
