/**
 * The compact columnar form of many attempts (DESIGN §8.7), shared by the cohort view and the
 * organization dashboard: one typed array per field, strings interned, each attempt's scored items
 * in a second table addressed by offsets (CSR). Sized for 100,000 attempts: no object per attempt
 * survives the build, it crosses to a worker as transferable buffers, and filters run as index scans.
 */
import { DIMENSIONS } from '../engine/schema/dimensions';
import { QUALITIES, RATINGS, ROLES } from '../engine/schema/enums';
import type { AttemptSummary, ItemSummary, ResultSource } from '../records/attempt-summary';
import type { LanguageTag } from '../records/attempt-record';
import { createStringTable, intern } from './string-table';

export const SOURCES = [
  'device',
  'result-file',
  'lrs-link',
  'lms',
] as const satisfies readonly ResultSource[];
export const MODES = ['practice', 'assessed'] as const;
export const ITEM_KINDS = [
  'choice',
  'casualty',
  'placement',
  'question',
  'coverage',
] as const satisfies readonly ItemSummary['kind'][];
export const LANGUAGE_BITS: Record<LanguageTag, number> = { 'es-MX': 1, en: 2 };
export const MEASURES = [
  'timesRecounted',
  'hoursToCare',
  'identityExposures',
  'familiesVerified',
] as const;
export type MeasureName = (typeof MEASURES)[number];
const DIMS = DIMENSIONS.length;

export type ItemColumns = {
  size: number;
  /** Row of the attempt the item belongs to. */
  attempt: Uint32Array;
  item: Uint32Array;
  node: Uint32Array;
  kind: Uint8Array;
  response: Uint32Array;
  expected: Uint32Array;
  /** Index in QUALITIES. */
  quality: Uint8Array;
  critical: Uint8Array;
  /** The item's guideline ids joined by a space, interned (0 = none). */
  guidelines: Uint32Array;
};

export type AttemptColumns = {
  size: number;
  strings: string[];
  attemptId: Uint32Array;
  learner: Uint32Array;
  pseudonym: Uint32Array;
  /** Index in ROLES. */
  role: Uint8Array;
  /** Index in MODES. */
  mode: Uint8Array;
  scenario: Uint32Array;
  scenarioVersion: Uint32Array;
  cohort: Uint32Array;
  assignment: Uint32Array;
  /** Bit set of LANGUAGE_BITS: the languages the attempt was played in. */
  languages: Uint8Array;
  /** Index in SOURCES. */
  source: Uint8Array;
  /** Epoch milliseconds; endedAt is NaN while unfinished. */
  startedAt: Float64Array;
  endedAt: Float64Array;
  ended: Uint8Array;
  passed: Uint8Array;
  score: Float64Array;
  passMark: Float64Array;
  critical: Uint32Array;
  /** Index in RATINGS, -1 when the attempt has no ending. */
  ending: Int8Array;
  /** The score the file claimed when it differs from the recomputed one; NaN otherwise. */
  claimed: Float64Array;
  hashMatches: Uint8Array;
  /** Earned and available points per dimension: row * DIMENSIONS.length + dimension index. */
  dimEarned: Float64Array;
  dimAvailable: Float64Array;
  /** Welfare measures: row * MEASURES.length + measure index; NaN when the module has no such measure. */
  measures: Float64Array;
  /** Items of row r are items[itemStart[r] … itemStart[r + 1]). */
  itemStart: Uint32Array;
  items: ItemColumns;
  /** Points per guideline (the dashboard's adherence per guideline): rows of r are guidelineStart[r] … guidelineStart[r + 1]). */
  guidelineStart: Uint32Array;
  guidelines: GuidelineColumns;
};

export type GuidelineColumns = {
  size: number;
  /** Interned guideline id. */
  id: Uint32Array;
  earned: Float64Array;
  available: Float64Array;
};

const index = <T extends string>(list: readonly T[], v: T) => {
  const i = list.indexOf(v);
  if (i < 0) throw new Error(`unknown value "${v}"`);
  return i;
};
const time = (iso: string | undefined) => (iso ? Date.parse(iso) : NaN);

/** Builds the columns from summaries (from the import pipeline or this device's records). */
export function buildAttemptColumns(summaries: readonly AttemptSummary[]): AttemptColumns {
  const n = summaries.length;
  const table = createStringTable();
  const s = (v: string | undefined) => intern(table, v);
  const itemCount = summaries.reduce((a, x) => a + x.items.length, 0);
  let guidelineCount = 0;
  for (const x of summaries) for (const _ in x.byGuideline) guidelineCount++;
  const guidelines: GuidelineColumns = {
    size: guidelineCount,
    id: new Uint32Array(guidelineCount),
    earned: new Float64Array(guidelineCount),
    available: new Float64Array(guidelineCount),
  };
  const items: ItemColumns = {
    size: itemCount,
    attempt: new Uint32Array(itemCount),
    item: new Uint32Array(itemCount),
    node: new Uint32Array(itemCount),
    kind: new Uint8Array(itemCount),
    response: new Uint32Array(itemCount),
    expected: new Uint32Array(itemCount),
    quality: new Uint8Array(itemCount),
    critical: new Uint8Array(itemCount),
    guidelines: new Uint32Array(itemCount),
  };
  const c: AttemptColumns = {
    size: n,
    strings: table.values,
    attemptId: new Uint32Array(n),
    learner: new Uint32Array(n),
    pseudonym: new Uint32Array(n),
    role: new Uint8Array(n),
    mode: new Uint8Array(n),
    scenario: new Uint32Array(n),
    scenarioVersion: new Uint32Array(n),
    cohort: new Uint32Array(n),
    assignment: new Uint32Array(n),
    languages: new Uint8Array(n),
    source: new Uint8Array(n),
    startedAt: new Float64Array(n),
    endedAt: new Float64Array(n),
    ended: new Uint8Array(n),
    passed: new Uint8Array(n),
    score: new Float64Array(n),
    passMark: new Float64Array(n),
    critical: new Uint32Array(n),
    ending: new Int8Array(n),
    claimed: new Float64Array(n),
    hashMatches: new Uint8Array(n),
    dimEarned: new Float64Array(n * DIMS),
    dimAvailable: new Float64Array(n * DIMS),
    measures: new Float64Array(n * MEASURES.length),
    itemStart: new Uint32Array(n + 1),
    items,
    guidelineStart: new Uint32Array(n + 1),
    guidelines,
  };
  // Items of one choice share the scenario's guideline array: join each array once.
  const joined = new Map<readonly string[], number>();
  const guidelineSet = (g: readonly string[]) => {
    let i = joined.get(g);
    if (i === undefined) joined.set(g, (i = s(g.join(' '))));
    return i;
  };
  let k = 0;
  let g = 0;
  const guidelineIndex = new Map<string, number>();
  summaries.forEach((a, r) => {
    c.guidelineStart[r] = g;
    for (const id in a.byGuideline) {
      const p = a.byGuideline[id]!;
      // A small map of guideline ids (a few hundred) beats the whole string table's.
      let gi = guidelineIndex.get(id);
      if (gi === undefined) guidelineIndex.set(id, (gi = s(id)));
      guidelines.id[g] = gi;
      guidelines.earned[g] = p.earned;
      guidelines.available[g] = p.available;
      g++;
    }
    c.attemptId[r] = s(a.attemptId);
    c.learner[r] = s(a.learnerId);
    c.pseudonym[r] = s(a.pseudonym);
    c.role[r] = index(ROLES, a.role);
    c.mode[r] = index(MODES, a.mode);
    c.scenario[r] = s(a.scenarioId);
    c.scenarioVersion[r] = a.scenarioVersion;
    c.cohort[r] = s(a.cohort);
    c.assignment[r] = s(a.assignmentId);
    c.languages[r] = a.languages.reduce((bits, l) => bits | LANGUAGE_BITS[l], 0);
    c.source[r] = index(SOURCES, a.source);
    c.startedAt[r] = time(a.startedAt);
    c.endedAt[r] = a.ended ? time(a.endedAt ?? a.startedAt) : NaN;
    c.ended[r] = a.ended ? 1 : 0;
    c.passed[r] = a.passed ? 1 : 0;
    c.score[r] = a.score;
    c.passMark[r] = a.passMark;
    c.critical[r] = a.criticalCount;
    c.ending[r] = a.endingRating ? RATINGS.indexOf(a.endingRating) : -1;
    c.claimed[r] = a.claimedScore ?? NaN;
    c.hashMatches[r] = a.hashMatches ? 1 : 0;
    DIMENSIONS.forEach((d, i) => {
      c.dimEarned[r * DIMS + i] = a.byDimension[d]?.earned ?? 0;
      c.dimAvailable[r * DIMS + i] = a.byDimension[d]?.available ?? 0;
    });
    MEASURES.forEach((m, i) => (c.measures[r * MEASURES.length + i] = a.measures[m] ?? NaN));
    c.itemStart[r] = k;
    for (const it of a.items) {
      items.attempt[k] = r;
      items.item[k] = s(it.id);
      items.node[k] = s(it.node);
      items.kind[k] = index(ITEM_KINDS, it.kind);
      items.response[k] = s(it.response);
      items.expected[k] = s(it.expected);
      items.quality[k] = index(QUALITIES, it.quality);
      items.critical[k] = it.critical ? 1 : 0;
      items.guidelines[k] = guidelineSet(it.guidelines);
      k++;
    }
  });
  c.itemStart[n] = k;
  c.guidelineStart[n] = g;
  return c;
}

/** The buffers to transfer (not copy) when the columns cross to or from a worker. */
export function columnBuffers(c: AttemptColumns): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const v of [...Object.values(c), ...Object.values(c.items), ...Object.values(c.guidelines)])
    if (ArrayBuffer.isView(v)) out.push(v.buffer as ArrayBuffer);
  return out;
}
