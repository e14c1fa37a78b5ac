/**
 * The organization dashboard's aggregate (issue 12): every table the view shows and exports, with
 * small groups already suppressed (suppress.ts, view-guard.ts), so nothing below the threshold ever
 * leaves this module — not to the screen, not to a CSV. No learner id or pseudonym is in the output.
 * Pure: columns and options in, plain data out; runs in the aggregation worker above 2,000 attempts.
 *
 * One pass over the selected rows in learner order counts distinct learners with "last seen"
 * stamps, per group (module, cohort, role, language, mode, period, first attempt or later).
 */
import { DIMENSIONS } from '../engine/schema/dimensions';
import { QUALITIES, ROLES } from '../engine/schema/enums';
import { MEASURES, MODES, SOURCES, type AttemptColumns } from './attempt-columns';
import { periodKey, periodStart, type Period } from './periods';
import { filterMask, type ReviewFilter } from './review-filter';
import { BEST_QUALITY, reviewIndex } from './review-index';
import { resolveK, suppressCells } from './suppress';
import { checkView, type ViewVerdict } from './view-guard';

export type ColumnKind = 'label' | 'count' | 'percent' | 'number';
export type ReviewColumn = { id: string; kind: ColumnKind };
/** A cell: a string label, a number, null when suppressed, undefined when it does not apply. */
export type ReviewCell = string | number | null | undefined;
export type ReviewRow = { key: string; hidden: boolean; cells: ReviewCell[] };
export type TableId =
  | 'overview'
  | 'by-module'
  | 'by-cohort'
  | 'by-role'
  | 'by-language'
  | 'by-mode'
  | 'trend'
  | 'attempt-order'
  | 'scores'
  | 'dimensions'
  | 'guidelines'
  | 'critical'
  | 'missed'
  | 'spread'
  | 'measures'
  | 'sources';
export type ReviewTable = {
  id: TableId;
  columns: ReviewColumn[];
  rows: ReviewRow[];
  /** Learners the table's rows are a part of, when the view shows that total with it. */
  total?: number;
  /** The column a chart draws (a percentage), by index; absent for tables without a chart. */
  chart?: number;
};

export type ReviewOptions = {
  filter?: ReviewFilter;
  period?: Period;
  k?: number;
  /** How many decision points to list as most missed. */
  topMissed?: number;
};

export type ReviewAggregate = {
  k: number;
  period: Period;
  verdict: ViewVerdict;
  /** Learners and attempts in the view (undefined when the view is withheld). */
  learners?: number;
  attempts?: number;
  /** Sources feeding the view (DESIGN §8.1), shown with every figure. */
  sources: string[];
  tables: ReviewTable[];
  /** Values the filters offer (from the whole loaded data, not the view). */
  choices: {
    modules: string[];
    cohorts: string[];
    roles: string[];
    languages: string[];
    modes: string[];
    /** First and last period start in the data. */
    first?: number;
    last?: number;
  };
};

const byText = new Intl.Collator('en', { numeric: true }).compare;
const DIMS = DIMENSIONS.length;
const MN = MEASURES.length;

/** Per-group tallies along learner order (see the header). */
class Groups {
  readonly learners: number[] = [];
  readonly attempts: number[] = [];
  readonly finished: number[] = [];
  readonly scoreSum: number[] = [];
  readonly pairs: number[] = [];
  readonly pairsDone: number[] = [];
  readonly pairsPassed: number[] = [];
  readonly doneL: number[] = [];
  readonly notDoneL: number[] = [];
  readonly passL: number[] = [];
  readonly notPassL: number[] = [];
  readonly critL: number[] = [];
  private curLearner: number[] = [];
  private curPair: number[] = [];
  private curLevel: number[] = [];
  private flags: number[] = [];
  readonly keys: string[] = [];
  private ids = new Map<string, number>();

  id(key: string): number {
    let g = this.ids.get(key);
    if (g === undefined) {
      g = this.keys.length;
      this.ids.set(key, g);
      this.keys.push(key);
      for (const a of [
        this.learners,
        this.attempts,
        this.finished,
        this.scoreSum,
        this.pairs,
        this.pairsDone,
        this.pairsPassed,
        this.doneL,
        this.notDoneL,
        this.passL,
        this.notPassL,
        this.critL,
        this.flags,
      ])
        a.push(0);
      this.curLearner.push(-1);
      this.curPair.push(-1);
      this.curLevel.push(0);
    }
    return g;
  }

  visit(
    g: number,
    learner: number,
    pair: number,
    level: number,
    ended: boolean,
    score: number,
    crit: boolean,
  ) {
    if (this.curLearner[g] !== learner) {
      this.flushPair(g);
      this.flushLearner(g);
      this.curLearner[g] = learner;
      this.learners[g]!++;
    } else if (this.curPair[g] !== pair) this.flushPair(g);
    if (this.curPair[g] !== pair) {
      this.curPair[g] = pair;
      this.curLevel[g] = level;
    } else if (level > this.curLevel[g]!) this.curLevel[g] = level;
    this.attempts[g]!++;
    if (ended) {
      this.finished[g]!++;
      this.scoreSum[g]! += score;
    }
    if (crit) this.flags[g]! |= 16;
  }

  private flushPair(g: number) {
    if (this.curPair[g]! < 0) return;
    const level = this.curLevel[g]!;
    this.pairs[g]!++;
    if (level >= 1) {
      this.pairsDone[g]!++;
      this.flags[g]! |= 1;
    } else this.flags[g]! |= 2;
    if (level === 2) {
      this.pairsPassed[g]!++;
      this.flags[g]! |= 4;
    } else this.flags[g]! |= 8;
    this.curPair[g] = -1;
  }

  private flushLearner(g: number) {
    if (this.curLearner[g]! < 0) return;
    const f = this.flags[g]!;
    if (f & 1) this.doneL[g]!++;
    if (f & 2) this.notDoneL[g]!++;
    if (f & 4) this.passL[g]!++;
    if (f & 8) this.notPassL[g]!++;
    if (f & 16) this.critL[g]!++;
    this.flags[g] = 0;
  }

  finish() {
    for (let g = 0; g < this.keys.length; g++) {
      this.flushPair(g);
      this.flushLearner(g);
    }
  }
}

/** Learners counted once per key along learner order (typed arrays: this runs per item). */
class Distinct {
  readonly counts: Uint32Array;
  private last: Int32Array;
  constructor(size: number) {
    this.counts = new Uint32Array(size);
    this.last = new Int32Array(size).fill(-1);
  }
  add(key: number, learner: number) {
    if (this.last[key] !== learner) {
      this.last[key] = learner;
      this.counts[key]!++;
    }
  }
  get(key: number) {
    return this.counts[key] ?? 0;
  }
}

/** A group id per dense key (module, cohort, day…), made on first sight: no string built per row. */
function groupsBy(G: Groups, prefix: string, size: number, name: (i: number) => string) {
  const ids = new Int32Array(size).fill(-1);
  return (i: number) => {
    let g = ids[i]!;
    if (g < 0) ids[i] = g = G.id(`${prefix}\n${name(i)}`);
    return g;
  };
}

const GROUP_COLUMNS: ReviewColumn[] = [
  { id: 'group', kind: 'label' },
  { id: 'learners', kind: 'count' },
  { id: 'attempts', kind: 'count' },
  { id: 'completion_pct', kind: 'percent' },
  { id: 'pass_pct', kind: 'percent' },
  { id: 'mean_score_pct', kind: 'percent' },
  { id: 'critical_learners_pct', kind: 'percent' },
];
/** A rate hides when either side of it (learners with, learners without) is a small group. */
const subHidden = (yes: number, no: number, k: number) =>
  (yes > 0 && yes < k) || (no > 0 && no < k);
const ratio = (a: number, b: number) => (b > 0 ? a / b : undefined);

const SCORE_BINS = [0.2, 0.4, 0.6, 0.8, Infinity];
const BIN_KEYS = ['0-19', '20-39', '40-59', '60-79', '80-100'];

export function aggregateReview(c: AttemptColumns, o: ReviewOptions = {}): ReviewAggregate {
  const k = resolveK(o.k);
  const period = o.period ?? 'month';
  const filter = o.filter ?? {};
  const S = c.strings;
  const choices = filterChoices(c);
  const verdict = checkView(c, filter, k);
  const base = { k, period, verdict, choices };
  if (!verdict.ok) return { ...base, sources: [], tables: [] };

  const x = reviewIndex(c);
  const keep = filterMask(c, filter);
  const G = new Groups();
  const all = G.id('all');
  // Group ids through the index's dense keys: a typed-array read per row, no map or string.
  const moduleG = groupsBy(G, 'module', x.moduleIds.length, (d) => S[x.moduleIds[d]!]!);
  const cohortG = groupsBy(G, 'cohort', x.cohortIds.length, (d) => S[x.cohortIds[d]!]!);
  const roleG = groupsBy(G, 'role', ROLES.length, (i) => ROLES[i]!);
  const modeG = groupsBy(G, 'mode', MODES.length, (i) => MODES[i]!);
  const orderG = groupsBy(G, 'order', 2, (i) => (i ? 'first' : 'later'));
  const langEs = G.id('language\nes-MX');
  const langEn = G.id('language\nen');
  const DAY = 86_400_000;
  // Trend groups by day: one periodStart per distinct day, not per row.
  const trendG = groupsBy(G, 'trend', x.dayIds.length, (d) =>
    periodKey(periodStart(x.dayIds[d]! * DAY, period), period),
  );
  const bins = new Distinct(SCORE_BINS.length);
  const binPairs = new Array<number>(SCORE_BINS.length).fill(0);
  const finishedLearners = new Distinct(1);
  const dimE = new Float64Array(DIMS);
  const dimA = new Float64Array(DIMS);
  const dimL = new Distinct(DIMS);
  const nG = x.guidelineIds.length;
  const gE = new Float64Array(nG);
  const gA = new Float64Array(nG);
  const gMet = new Uint32Array(nG);
  const gBroken = new Uint32Array(nG);
  const gL = new Distinct(nG);
  const nI = x.itemScenario.length;
  const itMet = new Uint32Array(nI);
  const itMissed = new Uint32Array(nI);
  const itL = new Distinct(nI);
  const nR = x.respItem.length;
  const rsCount = new Uint32Array(nR);
  const rsL = new Distinct(nR);
  const mSum = new Map<number, Float64Array>();
  const mN = new Map<number, Uint32Array>();
  // Learners with measures, per dense module id (not per string: the table has 100,000s).
  const mL = new Distinct(x.moduleIds.length);
  const mDense = new Map(x.moduleIds.map((sid, d) => [sid, d]));
  const srcL = new Distinct(SOURCES.length);
  // Hot loops below read these millions of times: locals, not property chains.
  const gStart = c.guidelineStart;
  const gId = x.guidelineOf;
  const gAvail = c.guidelines.available;
  const gEarn = c.guidelines.earned;
  const iStart = c.itemStart;
  const iOf = x.itemOf;
  const rOf = x.respOf;
  const iQuality = c.items.quality;
  let attempts = 0;
  let curPair = -1;
  let best = -1;
  let pairLearner = -1;
  const flushBin = () => {
    if (curPair >= 0 && best >= 0) {
      const b = SCORE_BINS.findIndex((edge) => best < edge);
      binPairs[b]!++;
      bins.add(b, pairLearner);
    }
    curPair = -1;
    best = -1;
  };

  const order = x.order;
  const learnerOf = x.learnerOf;
  for (let i = 0; i < c.size; i++) {
    const r = order[i]!;
    if (!keep[r]) continue;
    attempts++;
    // Dense learner ids: the same "last seen" stamps as string indices, in smaller arrays.
    const l = learnerOf[r]!;
    const p = x.pair[r]!;
    const ended = c.ended[r] === 1;
    const level = c.passed[r] ? 2 : ended ? 1 : 0;
    const score = c.score[r]!;
    const crit = c.critical[r]! > 0;
    G.visit(all, l, p, level, ended, score, crit);
    G.visit(moduleG(x.moduleOf[r]!), l, p, level, ended, score, crit);
    G.visit(cohortG(x.cohortOf[r]!), l, p, level, ended, score, crit);
    G.visit(roleG(c.role[r]!), l, p, level, ended, score, crit);
    if (c.languages[r]! & 1) G.visit(langEs, l, p, level, ended, score, crit);
    if (c.languages[r]! & 2) G.visit(langEn, l, p, level, ended, score, crit);
    G.visit(modeG(c.mode[r]!), l, p, level, ended, score, crit);
    G.visit(trendG(x.dayOf[r]!), l, p, level, ended, score, crit);
    G.visit(orderG(x.first[r]!), l, p, level, ended, score, crit);
    srcL.add(c.source[r]!, l);

    if (p !== curPair) {
      flushBin();
      curPair = p;
      pairLearner = l;
    }
    if (ended) {
      if (score > best) best = score;
      finishedLearners.add(0, l);
      for (let d = 0; d < DIMS; d++) {
        const a = c.dimAvailable[r * DIMS + d]!;
        if (a <= 0) continue;
        dimA[d]! += a;
        dimE[d]! += c.dimEarned[r * DIMS + d]!;
        dimL.add(d, l);
      }
      for (let g = gStart[r]!, end = gStart[r + 1]!; g < end; g++) {
        const a = gAvail[g]!;
        if (a <= 0) continue;
        const id = gId[g]!;
        const e = gEarn[g]!;
        gE[id]! += e;
        gA[id]! += a;
        gMet[id]!++;
        if (e < a - 1e-9) gBroken[id]!++;
        gL.add(id, l);
      }
      const sc = c.scenario[r]!;
      let any = false;
      for (let m = 0; m < MN; m++) {
        const v = c.measures[r * MN + m]!;
        if (Number.isNaN(v)) continue;
        let sum = mSum.get(sc);
        let n = mN.get(sc);
        if (!sum || !n) {
          mSum.set(sc, (sum = new Float64Array(MN)));
          mN.set(sc, (n = new Uint32Array(MN)));
        }
        sum[m]! += v;
        n[m]!++;
        any = true;
      }
      if (any) mL.add(x.moduleOf[r]!, l);
    }
    for (let j = iStart[r]!, end = iStart[r + 1]!; j < end; j++) {
      const it = iOf[j]!;
      const rs = rOf[j]!;
      itMet[it]!++;
      if (iQuality[j] !== BEST_QUALITY) itMissed[it]!++;
      itL.add(it, l);
      rsCount[rs]!++;
      rsL.add(rs, l);
    }
  }
  flushBin();
  G.finish();

  const N = G.learners[all]!;
  const groupRow = (g: number, key: string, label: string, hidden: boolean): ReviewRow => {
    if (hidden) return { key, hidden, cells: [label, null, null, null, null, null, null] };
    return {
      key,
      hidden,
      cells: [
        label,
        G.learners[g],
        G.attempts[g],
        subHidden(G.doneL[g]!, G.notDoneL[g]!, k) ? null : ratio(G.pairsDone[g]!, G.pairs[g]!),
        subHidden(G.passL[g]!, G.notPassL[g]!, k) ? null : ratio(G.pairsPassed[g]!, G.pairs[g]!),
        ratio(G.scoreSum[g]!, G.finished[g]!),
        subHidden(G.critL[g]!, G.learners[g]! - G.critL[g]!, k)
          ? null
          : ratio(G.critL[g]!, G.learners[g]!),
      ],
    };
  };
  const groupTable = (id: TableId, prefix: string, sort?: (a: string, b: string) => number) => {
    const gs = G.keys
      .map((key, g) => ({ key, g }))
      .filter((e) => e.key.startsWith(`${prefix}\n`) && G.learners[e.g]! > 0)
      .map((e) => ({ ...e, label: e.key.slice(prefix.length + 1) }))
      .sort((a, b) => (sort ?? byText)(a.label, b.label));
    const hidden = suppressCells(
      gs.map((e) => G.learners[e.g]!),
      k,
      N,
    );
    return {
      id,
      columns: GROUP_COLUMNS,
      total: N,
      chart: 4,
      rows: gs.map((e, i) => groupRow(e.g, e.label, e.label, hidden[i]!)),
    } satisfies ReviewTable;
  };

  const tables: ReviewTable[] = [];
  tables.push({
    id: 'overview',
    columns: GROUP_COLUMNS,
    rows: [groupRow(all, 'all', 'all', false)],
  });
  tables.push(groupTable('by-module', 'module'));
  tables.push(groupTable('by-cohort', 'cohort'));
  tables.push(
    groupTable('by-role', 'role', (a, b) => ROLES.indexOf(a as never) - ROLES.indexOf(b as never)),
  );
  tables.push(groupTable('by-language', 'language'));
  tables.push(groupTable('by-mode', 'mode'));
  tables.push(groupTable('trend', 'trend'));
  tables.push(groupTable('attempt-order', 'order'));

  // Score distribution: each learner's best finished score per module, in bands of 20 points.
  const FL = finishedLearners.get(0);
  const totalPairs = binPairs.reduce((a, b) => a + b, 0);
  const binHidden = suppressCells(
    BIN_KEYS.map((_, b) => bins.get(b)),
    k,
    FL,
  );
  tables.push({
    id: 'scores',
    total: FL,
    chart: 3,
    columns: [
      { id: 'score_band', kind: 'label' },
      { id: 'learners', kind: 'count' },
      { id: 'results', kind: 'count' },
      { id: 'share_pct', kind: 'percent' },
    ],
    rows: BIN_KEYS.map((key, b) =>
      binHidden[b]
        ? { key, hidden: true, cells: [key, null, null, null] }
        : {
            key,
            hidden: false,
            cells: [key, bins.get(b), binPairs[b], ratio(binPairs[b]!, totalPairs)],
          },
    ),
  });

  // Adherence per welfare dimension, weakest first.
  const dims = DIMENSIONS.map((d, i) => ({
    d,
    i,
    learners: dimL.get(i),
    score: ratio(dimE[i]!, dimA[i]!),
  }))
    .filter((e) => e.score !== undefined)
    .sort((a, b) => a.score! - b.score!);
  const dimHidden = suppressCells(
    dims.map((e) => e.learners),
    k,
    N,
    { parts: false },
  );
  tables.push({
    id: 'dimensions',
    chart: 2,
    columns: [
      { id: 'dimension', kind: 'label' },
      { id: 'learners', kind: 'count' },
      { id: 'adherence_pct', kind: 'percent' },
    ],
    rows: dims.map((e, i) =>
      dimHidden[i]
        ? { key: e.d, hidden: true, cells: [e.d, null, null] }
        : { key: e.d, hidden: false, cells: [e.d, e.learners, e.score] },
    ),
  });

  // Guidelines, most often broken first.
  const guides = x.guidelineIds
    .map((sid, id) => ({ id: S[sid]!, d: id, learners: gL.get(id), met: gMet[id] ?? 0 }))
    .filter((e) => e.met > 0)
    .map((e) => ({
      ...e,
      broken: (gBroken[e.d] ?? 0) / e.met,
      adherence: ratio(gE[e.d]!, gA[e.d]!),
    }))
    .sort((a, b) => b.broken - a.broken || byText(a.id, b.id));
  const gHidden = suppressCells(
    guides.map((e) => e.learners),
    k,
    N,
    { parts: false },
  );
  tables.push({
    id: 'guidelines',
    chart: 2,
    columns: [
      { id: 'guideline', kind: 'label' },
      { id: 'learners', kind: 'count' },
      { id: 'broken_pct', kind: 'percent' },
      { id: 'adherence_pct', kind: 'percent' },
    ],
    rows: guides.map((e, i) =>
      gHidden[i]
        ? { key: e.id, hidden: true, cells: [e.id, null, null, null] }
        : { key: e.id, hidden: false, cells: [e.id, e.learners, e.broken, e.adherence] },
    ),
  });

  // Critical errors: where they happen (module, decision point, response).
  const crits = x.respItem
    .map((it, rs) => ({ it, rs }))
    .filter((e) => x.respCritical[e.rs] && (rsCount[e.rs] ?? 0) > 0)
    .map((e) => ({ ...e, learners: rsL.get(e.rs), times: rsCount[e.rs]! }))
    .sort((a, b) => b.learners - a.learners || b.times - a.times);
  const cHidden = suppressCells(
    crits.map((e) => e.learners),
    k,
    N,
    { parts: false },
  );
  const itemLabels = (it: number) => [S[x.itemScenario[it]!]!, S[x.itemId[it]!]!];
  tables.push({
    id: 'critical',
    chart: 3,
    columns: [
      { id: 'module', kind: 'label' },
      { id: 'decision_point', kind: 'label' },
      { id: 'response', kind: 'label' },
      { id: 'learners_pct', kind: 'percent' },
      { id: 'learners', kind: 'count' },
      { id: 'times', kind: 'count' },
    ],
    rows: crits.map((e, i) => {
      const labels = [...itemLabels(e.it), S[x.respValue[e.rs]!]!];
      const key = labels.join('/');
      return cHidden[i]
        ? { key, hidden: true, cells: [...labels, null, null, null] }
        : { key, hidden: false, cells: [...labels, e.learners / N, e.learners, e.times] };
    }),
  });

  // Decision points most often missed (not the best response), and the spread of responses.
  const top = o.topMissed ?? 10;
  const missed = x.itemScenario
    .map((_, it) => ({ it, met: itMet[it] ?? 0, missed: itMissed[it] ?? 0, learners: itL.get(it) }))
    .filter((e) => e.missed > 0)
    .sort((a, b) => b.missed / b.met - a.missed / a.met || b.missed - a.missed);
  const mHidden = suppressCells(
    missed.map((e) => e.learners),
    k,
    N,
    { parts: false },
  );
  const shownMissed = missed.filter((_, i) => !mHidden[i]).slice(0, top);
  tables.push({
    id: 'missed',
    chart: 3,
    columns: [
      { id: 'module', kind: 'label' },
      { id: 'decision_point', kind: 'label' },
      { id: 'learners', kind: 'count' },
      { id: 'missed_pct', kind: 'percent' },
    ],
    rows: shownMissed.map((e) => {
      const labels = itemLabels(e.it);
      return {
        key: labels.join('/'),
        hidden: false,
        cells: [...labels, e.learners, e.missed / e.met],
      };
    }),
  });
  const spreadRows: ReviewRow[] = [];
  const respByItem = new Map<number, number[]>();
  x.respItem.forEach((it, rs) => {
    if (!rsCount[rs]) return;
    let list = respByItem.get(it);
    if (!list) respByItem.set(it, (list = []));
    list.push(rs);
  });
  for (const e of shownMissed) {
    const list = (respByItem.get(e.it) ?? []).sort((a, b) => rsCount[b]! - rsCount[a]!);
    const hidden = suppressCells(
      list.map((rs) => rsL.get(rs)),
      k,
      e.learners,
    );
    list.forEach((rs, i) => {
      const labels = [...itemLabels(e.it), S[x.respValue[rs]!]!, QUALITIES[x.respQuality[rs]!]!];
      spreadRows.push(
        hidden[i]
          ? { key: labels.slice(0, 3).join('/'), hidden: true, cells: [...labels, null, null] }
          : {
              key: labels.slice(0, 3).join('/'),
              hidden: false,
              cells: [...labels, rsL.get(rs), rsCount[rs]! / e.met],
            },
      );
    });
  }
  tables.push({
    id: 'spread',
    columns: [
      { id: 'module', kind: 'label' },
      { id: 'decision_point', kind: 'label' },
      { id: 'response', kind: 'label' },
      { id: 'quality', kind: 'label' },
      { id: 'learners', kind: 'count' },
      { id: 'share_pct', kind: 'percent' },
    ],
    rows: spreadRows,
  });

  // Welfare measures per module (they differ by module: averaging across modules would mislead).
  const mods = [...mSum.keys()].sort((a, b) => byText(S[a]!, S[b]!));
  const wHidden = suppressCells(
    mods.map((sc) => mL.get(mDense.get(sc)!)),
    k,
    N,
    { parts: false },
  );
  tables.push({
    id: 'measures',
    chart: 2,
    columns: [
      { id: 'module', kind: 'label' },
      { id: 'learners', kind: 'count' },
      ...MEASURES.map((m) => ({ id: m, kind: 'number' as const })),
    ],
    rows: mods.map((sc, i) => {
      const sum = mSum.get(sc)!;
      const n = mN.get(sc)!;
      const label = S[sc]!;
      return wHidden[i]
        ? { key: label, hidden: true, cells: [label, null, ...MEASURES.map(() => null)] }
        : {
            key: label,
            hidden: false,
            cells: [
              label,
              mL.get(mDense.get(sc)!),
              ...MEASURES.map((_, m) => (n[m] ? sum[m]! / n[m]! : undefined)),
            ],
          };
    }),
  });

  const srcs = SOURCES.map((s, i) => ({ s, learners: srcL.get(i) })).filter((e) => e.learners > 0);
  const sHidden = suppressCells(
    srcs.map((e) => e.learners),
    k,
    N,
  );
  tables.push({
    id: 'sources',
    total: N,
    columns: [
      { id: 'source', kind: 'label' },
      { id: 'learners', kind: 'count' },
    ],
    rows: srcs.map((e, i) =>
      sHidden[i]
        ? { key: e.s, hidden: true, cells: [e.s, null] }
        : { key: e.s, hidden: false, cells: [e.s, e.learners] },
    ),
  });

  return { ...base, learners: N, attempts, sources: srcs.map((e) => e.s), tables };
}

/** The values each filter offers, from all loaded attempts. */
// What the filters offer depends on the loaded columns only, not on the filter: computed once.
const choicesCache = new WeakMap<AttemptColumns, ReviewAggregate['choices']>();
function filterChoices(c: AttemptColumns): ReviewAggregate['choices'] {
  let out = choicesCache.get(c);
  if (!out) choicesCache.set(c, (out = scanChoices(c)));
  return out;
}

function scanChoices(c: AttemptColumns): ReviewAggregate['choices'] {
  const modules = new Set<string>();
  const cohorts = new Set<string>();
  const roles = new Set<number>();
  const modes = new Set<number>();
  let langs = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let r = 0; r < c.size; r++) {
    modules.add(c.strings[c.scenario[r]!]!);
    if (c.cohort[r]) cohorts.add(c.strings[c.cohort[r]!]!);
    roles.add(c.role[r]!);
    modes.add(c.mode[r]!);
    langs |= c.languages[r]!;
    const t = c.startedAt[r]!;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return {
    modules: [...modules].sort(byText),
    cohorts: [...cohorts].sort(byText),
    roles: ROLES.filter((_, i) => roles.has(i)),
    languages: (['es-MX', 'en'] as const).filter((_, i) => langs & (1 << i)),
    modes: MODES.filter((_, i) => modes.has(i)),
    ...(Number.isFinite(first) ? { first, last } : {}),
  };
}
