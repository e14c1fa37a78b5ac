import { describe, expect, it } from 'vitest';
import { buildAttemptColumns } from '../../../analytics/attempt-columns';
import { aggregateCohort } from '../../../analytics/aggregate-cohort';
import { handCohort } from '../../../analytics/hand-cohort.fixture';
import { BOM, modulesCsv, toCsv, traineesCsv } from './cohort-csv';

const agg = aggregateCohort(buildAttemptColumns(handCohort), { modules: ['m1', 'm2'], now: 0 });
const lines = (csv: string) => csv.slice(BOM.length).trimEnd().split('\r\n');

describe('cohort CSV', () => {
  it('starts with a byte-order mark, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['Peña, "la Güera"', 3],
        [' x', undefined],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}a,b\r\n"Peña, ""la Güera""",3\r\n" x",\r\n`);
  });

  it('one row per trainee with the figures of the table', () => {
    const [header, ana, beto, caro] = lines(traineesCsv(agg.trainees));
    expect(header).toBe(
      'pseudonym,learner_id,role,status,modules_done,modules_expected,modules_passed,score_pct,critical_errors,attempts,last_activity,late,score_flags',
    );
    expect(ana).toBe('Ana,L-A,paramedic,passed,2,2,2,88,1,3,2026-12-11T09:40:00.000Z,,0');
    expect(beto).toBe('Beto,L-B,military,in-progress,1,2,0,70,0,2,2026-12-03T10:00:00.000Z,,0');
    expect(caro).toBe('Caro,L-C,paramedic,in-progress,1,2,1,100,0,1,2026-12-04T10:20:00.000Z,,1');
  });

  it('one row per module with rates, dimensions and the most missed decision', () => {
    const [header, m1, m2] = lines(modulesCsv(agg.modules, (id) => `Módulo ${id}`));
    expect(header).toBe(
      'module_id,module_title,trainees,started,completed,passed,attempts,mean_score_pct,safety_pct,dignity_pct,non-revictimization_pct,confidentiality_pct,rights_pct,critical_errors,most_missed,most_missed_rate_pct',
    );
    expect(m1).toBe('m1,Módulo m1,3,3,3,2,4,80,67,,,,,1,d1,50');
    expect(m2).toBe('m2,Módulo m2,3,2,1,1,2,85,,,,,,0,,');
  });
});
