/**
 * CSV exports of the cohort tables (issue 10), columns documented in docs/cohort-csv.md. UTF-8
 * with a byte-order mark and CRLF line ends, so Excel in Spanish opens accents and "ñ" correctly;
 * comma-separated with "." decimals (as Mexico writes numbers). Column names are stable ids, not
 * translated, so a spreadsheet built on one export keeps working with the next.
 */
import { DIMENSIONS } from '../../../engine/schema/dimensions';
import type { ModuleRow } from '../../../analytics/aggregate-modules';
import type { TraineeRow } from '../../../analytics/aggregate-trainees';

import { toCsv } from '../../../analytics/csv';

export { BOM, toCsv } from '../../../analytics/csv';
/** 0…1 as a whole percentage, the way the tables show it. */
export const percent = (x: number | undefined): number | undefined =>
  x === undefined ? undefined : Math.round(x * 100);
const iso = (t: number) => (Number.isFinite(t) ? new Date(t).toISOString() : undefined);

export const TRAINEE_COLUMNS = [
  'pseudonym',
  'learner_id',
  'role',
  'status',
  'modules_done',
  'modules_expected',
  'modules_passed',
  'score_pct',
  'critical_errors',
  'attempts',
  'last_activity',
  'late',
  'score_flags',
] as const;

export function traineesCsv(rows: readonly TraineeRow[]): string {
  return toCsv(
    TRAINEE_COLUMNS,
    rows.map((r) => [
      r.pseudonym,
      r.learnerId,
      r.role,
      r.status,
      r.modulesDone,
      r.modulesExpected,
      r.modulesPassed,
      percent(r.score),
      r.criticalErrors,
      r.attempts,
      iso(r.lastActivity),
      r.lateness,
      r.attemptList.filter((a) => a.claimedDiffers).length,
    ]),
  );
}

export const MODULE_COLUMNS = [
  'module_id',
  'module_title',
  'trainees',
  'started',
  'completed',
  'passed',
  'attempts',
  'mean_score_pct',
  ...DIMENSIONS.map((d) => `${d}_pct`),
  'critical_errors',
  'most_missed',
  'most_missed_rate_pct',
] as const;

export function modulesCsv(rows: readonly ModuleRow[], titleOf: (id: string) => string): string {
  return toCsv(
    MODULE_COLUMNS,
    rows.map((m) => {
      const top = m.mostMissed[0];
      return [
        m.scenarioId,
        titleOf(m.scenarioId),
        m.trainees,
        m.started,
        m.completed,
        m.passed,
        m.attempts,
        percent(m.meanScore),
        ...DIMENSIONS.map((d) => percent(m.byDimension[d]?.score)),
        m.criticalErrors,
        top?.item,
        top ? percent(top.missed / top.met) : undefined,
      ];
    }),
  );
}
