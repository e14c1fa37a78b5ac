/**
 * Per-trainee figures for the instructor's cohort view (issue 10): modules done, pass or not,
 * score, critical errors, attempts, last activity, late or not. Instructors see pseudonyms; the
 * organization dashboard never calls this (DESIGN §5 privacy).
 */
import { ROLES } from '../engine/schema/enums';
import type { Role } from '../engine/schema/scenario';
import type { AttemptColumns } from './attempt-columns';

/** One collator for all sorting: `localeCompare` builds a new one per call, which dominated re-aggregation. */
const byText = new Intl.Collator('en', { numeric: true }).compare;

export type TraineeStatus = 'passed' | 'not-passed' | 'in-progress';
/** Against the assignment's due date; undefined when there is none. */
export type Lateness = 'on-time' | 'late' | 'open';

export type AttemptRef = {
  row: number;
  attemptId: string;
  scenarioId: string;
  startedAt: number;
  ended: boolean;
  score: number;
  passed: boolean;
  criticalCount: number;
  /** The file claimed a score other than the one recomputed from its log. */
  claimedDiffers: boolean;
};

export type TraineeModule = {
  scenarioId: string;
  attempts: number;
  /** Best recomputed score over finished attempts; undefined until one is finished. */
  bestScore?: number;
  passed: boolean;
  /** When the first finished attempt ended (epoch ms). */
  completedAt?: number;
};

export type TraineeRow = {
  learnerId: string;
  /** The pseudonym of the trainee's latest attempt (one learner id may have been renamed). */
  pseudonym: string;
  role: Role;
  attempts: number;
  modulesExpected: number;
  modulesDone: number;
  modulesPassed: number;
  status: TraineeStatus;
  /** Mean of the best finished score per module done; undefined when none is done. */
  score?: number;
  criticalErrors: number;
  lastActivity: number;
  lateness?: Lateness;
  modules: TraineeModule[];
  attemptList: AttemptRef[];
};

export type TraineeOptions = {
  /** The assignment's modules: every trainee is expected to do these. Else each trainee's own. */
  modules?: readonly string[];
  /** The assignment's due date (epoch ms). */
  dueAt?: number;
  /** The clock, passed in so results are reproducible. */
  now: number;
};

/** One row per distinct learner id among `rows`, ordered by pseudonym. */
export function aggregateTrainees(
  c: AttemptColumns,
  rows: Uint32Array,
  { modules, dueAt, now }: TraineeOptions,
): TraineeRow[] {
  const S = c.strings;
  const byLearner = new Map<number, number[]>();
  for (const r of rows) {
    const l = c.learner[r]!;
    const list = byLearner.get(l);
    if (list) list.push(r);
    else byLearner.set(l, [r]);
  }
  const out: TraineeRow[] = [];
  for (const [learner, list] of byLearner) {
    const perModule = new Map<string, TraineeModule>();
    for (const m of modules ?? []) perModule.set(m, { scenarioId: m, attempts: 0, passed: false });
    let critical = 0;
    let last = -Infinity;
    let latest = list[0]!;
    for (const r of list) {
      const id = S[c.scenario[r]!]!;
      let m = perModule.get(id);
      if (!m) {
        m = { scenarioId: id, attempts: 0, passed: false };
        if (!modules) perModule.set(id, m);
      }
      m.attempts += 1;
      critical += c.critical[r]!;
      const activity = c.ended[r] ? c.endedAt[r]! : c.startedAt[r]!;
      if (activity > last) last = activity;
      if (c.startedAt[r]! >= c.startedAt[latest]!) latest = r;
      if (!c.ended[r]) continue;
      const score = c.score[r]!;
      if (m.bestScore === undefined || score > m.bestScore) m.bestScore = score;
      if (c.passed[r]) m.passed = true;
      const end = c.endedAt[r]!;
      if (m.completedAt === undefined || end < m.completedAt) m.completedAt = end;
    }
    const mods = [...perModule.values()];
    const done = mods.filter((m) => m.bestScore !== undefined);
    const passed = mods.filter((m) => m.passed).length;
    const status: TraineeStatus =
      passed === mods.length
        ? 'passed'
        : done.length === mods.length
          ? 'not-passed'
          : 'in-progress';
    const row: TraineeRow = {
      learnerId: S[learner]!,
      pseudonym: S[c.pseudonym[latest]!]!,
      role: ROLES[c.role[latest]!]!,
      attempts: list.length,
      modulesExpected: mods.length,
      modulesDone: done.length,
      modulesPassed: passed,
      status,
      criticalErrors: critical,
      lastActivity: last,
      modules: mods,
      attemptList: list.map((r) => ({
        row: r,
        attemptId: S[c.attemptId[r]!]!,
        scenarioId: S[c.scenario[r]!]!,
        startedAt: c.startedAt[r]!,
        ended: c.ended[r] === 1,
        score: c.score[r]!,
        passed: c.passed[r] === 1,
        criticalCount: c.critical[r]!,
        claimedDiffers: !Number.isNaN(c.claimed[r]!),
      })),
    };
    if (done.length) row.score = done.reduce((a, m) => a + m.bestScore!, 0) / done.length;
    if (dueAt !== undefined) row.lateness = lateness(mods, dueAt, now);
    out.push(row);
  }
  return out.sort((a, b) => byText(a.pseudonym, b.pseudonym) || byText(a.learnerId, b.learnerId));
}

/** Late when a module was finished after the due date, or is still unfinished once it has passed. */
function lateness(mods: readonly TraineeModule[], dueAt: number, now: number): Lateness {
  let open = false;
  for (const m of mods) {
    if (m.completedAt === undefined) {
      if (now > dueAt) return 'late';
      open = true;
    } else if (m.completedAt > dueAt) return 'late';
  }
  return open ? 'open' : 'on-time';
}
