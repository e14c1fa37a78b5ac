/**
 * The cohort view's whole aggregate (issue 10): trainees, modules, flags and where the figures
 * came from. Pure: columns, rows and options in, plain data out, so it runs the same on the main
 * thread and in the aggregation worker.
 */
import type { ResultSource } from '../records/attempt-summary';
import { SOURCES, type AttemptColumns } from './attempt-columns';
import { selectRows, type AttemptFilter } from './attempt-filter';
import { aggregateModules, type ModuleRow } from './aggregate-modules';
import { aggregateTrainees, type TraineeRow } from './aggregate-trainees';

/** An attempt whose figures need a second look; never silently "corrected". */
export type AttemptFlag =
  | {
      kind: 'claimed-differs';
      attemptId: string;
      learnerId: string;
      scenarioId: string;
      claimed: number;
      score: number;
    }
  | { kind: 'scenario-changed'; attemptId: string; learnerId: string; scenarioId: string };

export type CohortAggregate = {
  attempts: number;
  trainees: TraineeRow[];
  modules: ModuleRow[];
  flags: AttemptFlag[];
  /** Attempts per source (DESIGN §8.1: every figure says where it came from). */
  sources: Partial<Record<ResultSource, number>>;
};

export type CohortOptions = {
  filter?: AttemptFilter;
  modules?: readonly string[];
  dueAt?: number;
  now: number;
  topMissed?: number;
};

export function aggregateCohort(c: AttemptColumns, o: CohortOptions): CohortAggregate {
  const rows = selectRows(c, o.filter);
  const S = c.strings;
  const flags: AttemptFlag[] = [];
  const sources: CohortAggregate['sources'] = {};
  for (const r of rows) {
    const src = SOURCES[c.source[r]!]!;
    sources[src] = (sources[src] ?? 0) + 1;
    const base = {
      attemptId: S[c.attemptId[r]!]!,
      learnerId: S[c.learner[r]!]!,
      scenarioId: S[c.scenario[r]!]!,
    };
    if (!Number.isNaN(c.claimed[r]!))
      flags.push({ kind: 'claimed-differs', ...base, claimed: c.claimed[r]!, score: c.score[r]! });
    if (!c.hashMatches[r]) flags.push({ kind: 'scenario-changed', ...base });
  }
  return {
    attempts: rows.length,
    trainees: aggregateTrainees(c, rows, {
      now: o.now,
      ...(o.modules ? { modules: o.modules } : {}),
      ...(o.dueAt !== undefined ? { dueAt: o.dueAt } : {}),
    }),
    modules: aggregateModules(c, rows, {
      ...(o.modules ? { modules: o.modules } : {}),
      ...(o.topMissed !== undefined ? { topMissed: o.topMissed } : {}),
    }),
    flags,
    sources,
  };
}
