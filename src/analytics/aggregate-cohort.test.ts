import { describe, expect, it } from 'vitest';
import { buildAttemptColumns } from './attempt-columns';
import { selectRows } from './attempt-filter';
import { aggregateCohort } from './aggregate-cohort';
import { DUE, handCohort } from './hand-cohort.fixture';

const columns = buildAttemptColumns(handCohort);
const AFTER_DUE = Date.parse('2026-12-12T00:00:00.000Z');
const BEFORE_DUE = Date.parse('2026-12-05T00:00:00.000Z');
const assigned = { modules: ['m1', 'm2'], dueAt: DUE, now: AFTER_DUE };

describe('cohort aggregation, on a cohort worked out by hand', () => {
  it('per trainee: modules done, status, best score per module averaged, critical errors, attempts, last activity', () => {
    const { trainees } = aggregateCohort(columns, assigned);
    expect(trainees.map((t) => t.pseudonym)).toEqual(['Ana', 'Beto', 'Caro']);
    const [ana, beto, caro] = trainees;
    expect(ana).toMatchObject({
      learnerId: 'L-A',
      attempts: 3,
      modulesExpected: 2,
      modulesDone: 2,
      modulesPassed: 2,
      status: 'passed',
      criticalErrors: 1,
      lastActivity: Date.parse('2026-12-11T09:40:00.000Z'),
      lateness: 'late',
    });
    // Best of m1 (0.6, 0.9) and m2 (0.85).
    expect(ana!.score).toBeCloseTo(0.875, 10);
    expect(beto).toMatchObject({
      attempts: 2,
      modulesDone: 1,
      modulesPassed: 0,
      status: 'in-progress',
      role: 'military',
    });
    expect(beto!.score).toBeCloseTo(0.7, 10);
    // An unfinished attempt's last activity is when it started.
    expect(beto!.lastActivity).toBe(Date.parse('2026-12-03T10:00:00.000Z'));
    expect(caro).toMatchObject({
      modulesExpected: 2,
      modulesDone: 1,
      status: 'in-progress',
      score: 1,
    });
    expect(caro!.attemptList).toEqual([
      expect.objectContaining({
        attemptId: 'c1',
        scenarioId: 'm1',
        passed: true,
        claimedDiffers: true,
      }),
    ]);
  });

  it('lateness: finished after the due date is late; unfinished is open before it and late after it', () => {
    const after = aggregateCohort(columns, assigned).trainees.map((t) => t.lateness);
    expect(after).toEqual(['late', 'late', 'late']);
    const before = aggregateCohort(columns, { ...assigned, now: BEFORE_DUE }).trainees;
    expect(before.map((t) => t.lateness)).toEqual(['late', 'open', 'open']);
    const onlyM1 = aggregateCohort(columns, {
      modules: ['m1'],
      dueAt: DUE,
      now: AFTER_DUE,
    }).trainees;
    expect(onlyM1.map((t) => t.lateness)).toEqual(['on-time', 'on-time', 'on-time']);
    expect(aggregateCohort(columns, { now: AFTER_DUE }).trainees[0]!.lateness).toBeUndefined();
  });

  it('a loose cohort expects of each trainee only the modules they started', () => {
    const [ana, beto, caro] = aggregateCohort(columns, { now: AFTER_DUE }).trainees;
    expect([ana!.modulesExpected, beto!.modulesExpected, caro!.modulesExpected]).toEqual([2, 2, 1]);
    expect(caro!.status).toBe('passed');
  });

  it('per module: trainees started, completed and passed; mean score and pooled dimension score of finished attempts', () => {
    const [m1, m2] = aggregateCohort(columns, assigned).modules;
    expect(m1).toMatchObject({
      scenarioId: 'm1',
      trainees: 3,
      started: 3,
      completed: 3,
      passed: 2,
      attempts: 4,
      finishedAttempts: 4,
      criticalErrors: 1,
    });
    expect(m1!.meanScore).toBeCloseTo((0.6 + 0.9 + 0.7 + 1) / 4, 10);
    expect(m1!.byDimension).toEqual({ safety: { earned: 8, available: 12, score: 8 / 12 } });
    expect(m1!.measures).toEqual({ timesRecounted: 2 });
    expect(m2).toMatchObject({
      trainees: 3,
      started: 2,
      completed: 1,
      passed: 1,
      attempts: 2,
      finishedAttempts: 1,
      meanScore: 0.85,
    });
  });

  it('the decision most often missed, with what was chosen, how often and the guidelines behind each', () => {
    const [m1] = aggregateCohort(columns, assigned).modules;
    expect(m1!.mostMissed).toEqual([
      {
        item: 'd1',
        node: 'd1',
        kind: 'choice',
        met: 4,
        missed: 2,
        spread: [
          { response: 'b', count: 2, quality: 'best', critical: false, guidelines: ['G-OK'] },
          { response: 'a', count: 1, quality: 'acceptable', critical: false, guidelines: ['G-OK'] },
          { response: 'x', count: 1, quality: 'harmful', critical: true, guidelines: ['G-HARM'] },
        ],
      },
    ]);
    expect(m1!.criticalSpots).toEqual([
      { item: 'd1', node: 'd1', response: 'x', count: 1, guidelines: ['G-HARM'] },
    ]);
  });

  it('an assigned module no one opened is still reported, with zeros', () => {
    const { modules } = aggregateCohort(columns, { modules: ['m3', 'm1'], now: AFTER_DUE });
    expect(modules.map((m) => m.scenarioId)).toEqual(['m3', 'm1', 'm2']);
    expect(modules[0]).toMatchObject({
      trainees: 3,
      started: 0,
      completed: 0,
      attempts: 0,
      mostMissed: [],
    });
    expect(modules[0]!.meanScore).toBeUndefined();
  });

  it('flags a claimed score that differs from the recomputed one, and a record of another scenario structure', () => {
    const { flags, sources } = aggregateCohort(columns, assigned);
    expect(flags).toEqual([
      {
        kind: 'claimed-differs',
        attemptId: 'c1',
        learnerId: 'L-C',
        scenarioId: 'm1',
        claimed: 0.5,
        score: 1,
      },
      { kind: 'scenario-changed', attemptId: 'c1', learnerId: 'L-C', scenarioId: 'm1' },
    ]);
    expect(sources).toEqual({ 'result-file': 6 });
  });
});

describe('filters', () => {
  const ids = (f: Parameters<typeof selectRows>[1]) =>
    [...selectRows(columns, f)].map((r) => handCohort[r]!.attemptId);

  it('by module, role, mode, language, cohort and date, each alone', () => {
    expect(ids({ modules: ['m2'] })).toEqual(['a3', 'b2']);
    expect(ids({ roles: ['military'] })).toEqual(['b1', 'b2']);
    expect(ids({ modes: ['practice'] })).toEqual(['b1', 'b2']);
    expect(ids({ languages: ['en'] })).toEqual(['a2', 'b1']);
    expect(ids({ cohorts: ['Grupo 1'] })).toHaveLength(6);
    expect(ids({ cohorts: ['Grupo 2'] })).toEqual([]);
    expect(
      ids({ from: Date.parse('2026-12-02T00:00:00Z'), to: Date.parse('2026-12-04T00:00:00Z') }),
    ).toEqual(['a2', 'b2']);
    expect(ids({ modules: ['no-such-module'] })).toEqual([]);
  });

  it('a removed trainee leaves every figure', () => {
    const agg = aggregateCohort(columns, { ...assigned, filter: { excludeLearners: ['L-B'] } });
    expect(agg.trainees.map((t) => t.pseudonym)).toEqual(['Ana', 'Caro']);
    expect(agg.modules[0]).toMatchObject({ trainees: 2, started: 2, attempts: 3 });
    expect(agg.modules[0]!.mostMissed[0]!.spread.map((s) => s.response)).toEqual(['b', 'x']);
  });
});
