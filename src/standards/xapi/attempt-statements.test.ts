import validateStatement from 'xapi-validation';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../../../tests/fixtures/catalogue';
import { playedRecord } from '../../../tests/fixtures/played-records';
import { twoDecisions } from '../../../tests/fixtures/tiny-scenarios';
import type { Scenario } from '../../engine/schema/scenario';
import type { AttemptRecord } from '../../records/attempt-record';
import { attemptStatements } from './attempt-statements';
import { CMI5_CATEGORY, CMI5_MOVEON, ext, VERBS } from './profile';
import { rebuildRecords } from './rebuild-records';
import { sessionStatement } from './session-statements';
import type { Statement } from './statement';
import type { StatementOptions } from './statement-context';

const modules = loadAll().scenarios.flatMap((m) =>
  m.scenario ? [{ scenario: m.scenario, texts: m.locales as StatementOptions['texts'] }] : [],
);
const optsFor = (
  m: (typeof modules)[number],
  cmi5?: StatementOptions['cmi5'],
): StatementOptions => ({
  scenario: m.scenario,
  texts: m.texts,
  dimensionOf: guidelineDimension,
  language: 'es-MX',
  ...(cmi5 ? { cmi5 } : {}),
});
const cmi5Launch: NonNullable<StatementOptions['cmi5']> = {
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'u-981' } },
  registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
  activityId: 'https://lms.example.org/au/7781',
  sessionId: 'c1b6e7c0-1f0e-4a1d-9a55-2b4f0c9e8d11',
  contextTemplate: {
    contextActivities: {
      grouping: [{ objectType: 'Activity', id: 'https://lms.example.org/pub/1' }],
    },
    extensions: {
      'https://w3id.org/xapi/cmi5/context/extensions/sessionid':
        'c1b6e7c0-1f0e-4a1d-9a55-2b4f0c9e8d11',
    },
  },
  masteryScore: 0.8,
};

function recordsOf(s: Scenario): AttemptRecord[] {
  return [
    playedRecord(s, 'best'),
    playedRecord(s, { seed: 11 }),
    playedRecord(s, { seed: 12, backs: true }, { mode: 'practice' }),
    playedRecord(s, { seed: 13 }, { stopAfter: 3 }),
  ];
}

function statementsOf(r: AttemptRecord, o: StatementOptions): Statement[] {
  const built = attemptStatements(r, o);
  if (!built.ok) throw new Error(`${built.error.kind} at ${built.atEntry}`);
  return built.statements;
}

const problems = (st: Statement) =>
  validateStatement(JSON.parse(JSON.stringify(st))).map(
    (w) => `${[w.path].flat().join('.')}: ${w.constructor.name}`,
  );

describe('xAPI statements of every module', () => {
  it.each(modules.map((m) => [m.scenario.id, m] as const))(
    '%s: every statement passes xapi-validation, alone and under a cmi5 launch',
    (_id, m) => {
      let count = 0;
      for (const r of recordsOf(m.scenario))
        for (const o of [optsFor(m), optsFor(m, cmi5Launch)]) {
          const sts = [
            sessionStatement(
              r,
              o,
              'initialized',
              { id: 's-1', startedAt: Date.parse(r.startedAt) },
              Date.parse(r.startedAt),
            ),
            ...statementsOf(r, o),
            sessionStatement(
              r,
              o,
              'suspended',
              { id: 's-1', startedAt: Date.parse(r.startedAt) },
              Date.parse(r.startedAt) + 5000,
            ),
            sessionStatement(
              r,
              o,
              'resumed',
              { id: 's-2', startedAt: Date.parse(r.startedAt) + 9000 },
              Date.parse(r.startedAt) + 9000,
            ),
            sessionStatement(
              r,
              o,
              'terminated',
              { id: 's-2', startedAt: Date.parse(r.startedAt) + 9000 },
              Date.parse(r.startedAt) + 99000,
            ),
          ];
          for (const st of sts) {
            expect(problems(st), `${st.verb.display['en-US']} ${st.object.id}`).toEqual([]);
            count++;
          }
          expect(new Set(sts.map((s) => s.id)).size).toBe(sts.length);
        }
      expect(count).toBeGreaterThan(20);
    },
  );

  it.each(modules.map((m) => [m.scenario.id, m] as const))(
    '%s: record → statements → record is equal (finished, practice with backs, unfinished)',
    (_id, m) => {
      const records = recordsOf(m.scenario);
      const sts = records.flatMap((r) => statementsOf(r, optsFor(m)));
      // The LRS returns statements newest first and may hand back duplicates: order must not matter.
      const rebuilt = rebuildRecords([...sts].reverse().concat(sts.slice(0, 3)));
      expect(rebuilt.problems).toEqual([]);
      const byId = new Map(rebuilt.records.map((r) => [r.attemptId, r]));
      for (const r of records) expect(byId.get(r.attemptId)).toEqual(r);
    },
  );
});

describe('statement rules', () => {
  const m = modules[0]!;
  const record = playedRecord(m.scenario, 'best');

  it('the validator is live: a statement with a bad actor and verb fails', () => {
    const st = statementsOf(record, optsFor(m))[0]!;
    const broken = {
      ...st,
      actor: { objectType: 'Agent' },
      verb: { id: 'answered' },
    } as unknown as Statement;
    expect(problems(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('building twice gives the same ids, so a re-send is idempotent', () => {
    expect(statementsOf(record, optsFor(m)).map((s) => s.id)).toEqual(
      statementsOf(record, optsFor(m)).map((s) => s.id),
    );
  });

  it('a decision is answered on a choice interaction with its options, response, success and dimension scores', () => {
    const decisionStep = record.log.findIndex((e) => e.kind === 'choose');
    const st = statementsOf(record, optsFor(m))[decisionStep]!;
    expect(st.verb.id).toBe(VERBS.answered.id);
    expect(st.object.definition?.interactionType).toBe('choice');
    expect(st.object.definition?.choices?.length).toBeGreaterThanOrEqual(2);
    expect(st.object.definition?.choices?.[0]?.description?.['es-MX']).toBeTruthy();
    expect(st.result?.response).toBe((record.log[decisionStep] as { choice: string }).choice);
    expect(st.result?.success).toBe(true);
    expect(Object.keys(st.result?.extensions?.[ext.dimensions] as object).length).toBeGreaterThan(
      0,
    );
    expect(st.context.extensions?.[ext.attempt]).toMatchObject({
      scenario: record.scenario,
      learner: { role: 'paramedic' },
      assignment: { cohort: 'Cohorte Monterrey' },
    });
  });

  it('under cmi5, defined statements carry the cmi5 category; moveOn where they judge; steps carry neither', () => {
    const sts = statementsOf(record, optsFor(m, cmi5Launch));
    const cats = (s: Statement) => (s.context.contextActivities?.category ?? []).map((a) => a.id);
    const passed = sts.find((s) => s.verb.id === VERBS.passed.id)!;
    expect(passed.object.id).toBe(cmi5Launch.activityId);
    expect(cats(passed)).toEqual(expect.arrayContaining([CMI5_CATEGORY, CMI5_MOVEON]));
    expect(passed.context.extensions?.[ext.cmi5MasteryScore]).toBe(0.8);
    expect(passed.result?.score?.scaled).toBeGreaterThanOrEqual(0.8);
    expect(cats(sts[0]!)).not.toContain(CMI5_CATEGORY);
    expect(sts.every((s) => s.context.registration === cmi5Launch.registration)).toBe(true);
    expect(
      sts.every((s) => s.context.extensions?.[ext.cmi5SessionId] === cmi5Launch.sessionId),
    ).toBe(true);
    const completed = sts.find((s) => s.verb.id === VERBS.completed.id)!;
    expect(completed.result).toEqual({ completion: true, duration: expect.stringMatching(/^PT/) });
  });

  it('a retake in a registration that already passed sends its passed and completed as cmi5 "allowed" statements', () => {
    const retake = playedRecord(m.scenario, 'best', { attemptNo: 7 });
    const sent = { ...cmi5Launch, alreadySent: { completed: true, passed: true } };
    const sts = statementsOf(retake, optsFor(m, sent));
    const cats = (s: Statement) => (s.context.contextActivities?.category ?? []).map((a) => a.id);
    for (const verb of [VERBS.passed.id, VERBS.completed.id]) {
      const st = sts.find((s) => s.verb.id === verb)!;
      expect(st.object.id).toBe(`https://w3id.org/acompana/xapi/modules/${m.scenario.id}`);
      expect(cats(st)).not.toContain(CMI5_CATEGORY);
      expect(cats(st)).not.toContain(CMI5_MOVEON);
      expect(st.context.contextActivities?.parent?.[0]?.id).toBe(cmi5Launch.activityId);
      expect(problems(st)).toEqual([]);
    }
    // Nothing cmi5-defined judges this attempt, and it still rebuilds whole from the LRS.
    expect(sts.filter((s) => cats(s).includes(CMI5_CATEGORY))).toEqual([]);
    expect(rebuildRecords(sts).records).toEqual([retake]);
    // Completed before, never passed: the retake may still pass as a cmi5-defined statement.
    const onlyCompleted = statementsOf(
      retake,
      optsFor(m, { ...cmi5Launch, alreadySent: { completed: true, passed: false } }),
    );
    expect(onlyCompleted.find((s) => s.verb.id === VERBS.passed.id)!.object.id).toBe(
      cmi5Launch.activityId,
    );
    expect(onlyCompleted.find((s) => s.verb.id === VERBS.completed.id)!.object.id).not.toBe(
      cmi5Launch.activityId,
    );
  });

  it('a critical error fails an attempt whose score alone would pass: failed, score in an extension', () => {
    const r: AttemptRecord = {
      ...playedRecord(twoDecisions, 'best'),
      passMark: 0.3,
      log: [
        { kind: 'choose', node: 'greet', choice: 'force', at: Date.parse('2026-12-01T09:01:00Z') },
        { kind: 'choose', node: 'ask', choice: 'wait', at: Date.parse('2026-12-01T09:02:00Z') },
        { kind: 'continue', node: 'wrap', at: Date.parse('2026-12-01T09:03:00Z') },
      ],
      endedAt: '2026-12-01T09:03:00.500Z',
    };
    const sts = statementsOf(r, {
      scenario: twoDecisions,
      dimensionOf: guidelineDimension,
      language: 'en',
    });
    const failed = sts.find((s) => s.verb.id === VERBS.failed.id)!;
    expect(failed.result?.success).toBe(false);
    expect(failed.result?.score).toBeUndefined();
    expect(failed.result?.extensions?.[ext.score]).toBeGreaterThanOrEqual(0.3);
    expect(failed.result?.extensions?.[ext.criticalErrors]).toEqual(['greet']);
    expect(sts.some((s) => s.verb.id === VERBS.passed.id)).toBe(false);
    expect(problems(failed)).toEqual([]);
  });

  it('a gap in the steps is reported, not papered over', () => {
    const sts = statementsOf(record, optsFor(m));
    const out = rebuildRecords(sts.filter((_, i) => i !== 1));
    expect(out.records).toEqual([]);
    expect(out.problems[0]?.issues[0]?.message).toMatch(/step 2 is missing/);
  });
});
