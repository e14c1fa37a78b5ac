/**
 * What the dashboard's aggregation needs beyond the columns, built once per load (not per filter
 * change): rows in learner order (so distinct learners are counted with a "last seen" stamp instead
 * of sets), dense ids for each learner-module pair, decision point, response and guideline, and
 * which attempt came first in its pair. Keeps re-aggregation to typed-array scans (DESIGN §8.5).
 */
import { QUALITIES } from '../engine/schema/enums';
import type { AttemptColumns } from './attempt-columns';

export type ReviewIndex = {
  /** Row indices sorted by learner, module, start time. */
  order: Uint32Array;
  /** Dense learner-module pair id per row, increasing along `order`. */
  pair: Uint32Array;
  pairs: number;
  /** 1 when the row is the earliest attempt of its learner-module pair. */
  first: Uint8Array;
  /** Dense learner id per row (increasing along `order`), and how many learners. */
  learnerOf: Uint32Array;
  learners: number;
  /** Precomputed group keys: dense module, cohort and day ids per row, and what each id is. */
  moduleOf: Uint32Array;
  /** String index of each dense module id. */
  moduleIds: number[];
  cohortOf: Uint32Array;
  cohortIds: number[];
  dayOf: Uint32Array;
  /** Day number (epoch ms / 86,400,000, floored) of each dense day id. */
  dayIds: number[];
  /** Per item row: dense decision point (module + item) and response ids. */
  itemOf: Uint32Array;
  respOf: Uint32Array;
  /** Per decision point: module and item (string indices). */
  itemScenario: number[];
  itemId: number[];
  /** Per response: its decision point, response string, quality index, critical flag. */
  respItem: number[];
  respValue: number[];
  respQuality: number[];
  respCritical: number[];
  /** Per guideline entry: dense guideline id; `guidelineIds` are string indices. */
  guidelineOf: Uint32Array;
  guidelineIds: number[];
};

export const BEST_QUALITY = QUALITIES.indexOf('best');
const DAY = 86_400_000;

const cache = new WeakMap<AttemptColumns, ReviewIndex>();

export function reviewIndex(c: AttemptColumns): ReviewIndex {
  let x = cache.get(c);
  if (!x) cache.set(c, (x = buildIndex(c)));
  return x;
}

function buildIndex(c: AttemptColumns): ReviewIndex {
  const n = c.size;
  const order = new Uint32Array(n);
  for (let r = 0; r < n; r++) order[r] = r;
  order.sort(
    (a, b) =>
      c.learner[a]! - c.learner[b]! ||
      c.scenario[a]! - c.scenario[b]! ||
      c.startedAt[a]! - c.startedAt[b]! ||
      a - b,
  );
  const pair = new Uint32Array(n);
  const first = new Uint8Array(n);
  const learnerOf = new Uint32Array(n);
  let pairs = 0;
  let learners = 0;
  for (let i = 0; i < n; i++) {
    const r = order[i]!;
    const p = i > 0 ? order[i - 1]! : -1;
    if (p < 0 || c.learner[p] !== c.learner[r]) learners++;
    learnerOf[r] = learners - 1;
    const fresh = p < 0 || c.learner[p] !== c.learner[r] || c.scenario[p] !== c.scenario[r];
    if (fresh) pairs++;
    pair[r] = pairs - 1;
    first[r] = fresh ? 1 : 0;
  }
  const dense = (value: (r: number) => number) => {
    const of = new Uint32Array(n);
    const ids: number[] = [];
    const seen = new Map<number, number>();
    for (let r = 0; r < n; r++) {
      const v = value(r);
      let d = seen.get(v);
      if (d === undefined) seen.set(v, (d = ids.push(v) - 1));
      of[r] = d;
    }
    return { of, ids };
  };
  const modules = dense((r) => c.scenario[r]!);
  const cohorts = dense((r) => c.cohort[r]!);
  const days = dense((r) => Math.floor(c.startedAt[r]! / DAY));
  const I = c.items;
  const itemOf = new Uint32Array(I.size);
  const respOf = new Uint32Array(I.size);
  const items = new Map<number, number>();
  const resps = new Map<number, number>();
  // Numeric keys (string index × table size + string index): no string built per item.
  const S = c.strings.length;
  const x: ReviewIndex = {
    order,
    pair,
    pairs,
    first,
    learnerOf,
    learners,
    moduleOf: modules.of,
    moduleIds: modules.ids,
    cohortOf: cohorts.of,
    cohortIds: cohorts.ids,
    dayOf: days.of,
    dayIds: days.ids,
    itemOf,
    respOf,
    itemScenario: [],
    itemId: [],
    respItem: [],
    respValue: [],
    respQuality: [],
    respCritical: [],
    guidelineOf: new Uint32Array(c.guidelines.size),
    guidelineIds: [],
  };
  for (let k = 0; k < I.size; k++) {
    const sc = c.scenario[I.attempt[k]!]!;
    const ik = sc * S + I.item[k]!;
    let it = items.get(ik);
    if (it === undefined) {
      items.set(ik, (it = x.itemScenario.length));
      x.itemScenario.push(sc);
      x.itemId.push(I.item[k]!);
    }
    itemOf[k] = it;
    const rk = it * S + I.response[k]!;
    let rs = resps.get(rk);
    if (rs === undefined) {
      resps.set(rk, (rs = x.respItem.length));
      x.respItem.push(it);
      x.respValue.push(I.response[k]!);
      x.respQuality.push(I.quality[k]!);
      x.respCritical.push(I.critical[k]!);
    }
    respOf[k] = rs;
  }
  const guides = new Map<number, number>();
  for (let g = 0; g < c.guidelines.size; g++) {
    const id = c.guidelines.id[g]!;
    let d = guides.get(id);
    if (d === undefined) {
      guides.set(id, (d = x.guidelineIds.length));
      x.guidelineIds.push(id);
    }
    x.guidelineOf[g] = d;
  }
  return x;
}
