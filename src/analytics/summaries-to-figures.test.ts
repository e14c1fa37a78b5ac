import { describe, expect, it } from 'vitest';
import { twoDecisions, guidelineDimension } from '../../tests/fixtures/tiny-scenarios';
import { scoreAttempt } from '../engine/scoring/score-attempt';
import type { AttemptRecord } from '../records/attempt-record';
import { buildAttemptColumns } from './attempt-columns';
import { aggregateCohort } from './aggregate-cohort';
import { summarizeAttempt } from '../records/import/summarize-attempt';

const record = (choices: [string, string], claimed?: number): AttemptRecord => ({
  recordVersion: 2,
  attemptId: `t-${choices.join('-')}`,
  learner: { id: 'L-1', pseudonym: 'Garza', role: 'paramedic' },
  mode: 'assessed',
  feedback: 'end',
  languages: ['es-MX'],
  passMark: 0.8,
  scenario: { id: 'two-decisions', version: 1, hash: 'h' },
  seed: 1,
  startedAt: '2026-12-01T10:00:00.000Z',
  endedAt: '2026-12-01T10:10:00.000Z',
  log: [
    { kind: 'choose', node: 'greet', choice: choices[0], at: 1 },
    { kind: 'choose', node: 'ask', choice: choices[1], at: 2 },
    { kind: 'continue', node: 'wrap', at: 3 },
  ],
  ...(claimed !== undefined ? { claimed: { score: claimed, passed: true } } : {}),
});

const summarize = (r: AttemptRecord) => {
  const s = scoreAttempt(twoDecisions, r.log, { passMark: 0.8, dimensionOf: guidelineDimension });
  if (!s.ok) throw new Error(s.reason);
  return summarizeAttempt(r, s.value, { source: 'result-file', hashMatches: true });
};

describe('summary of a re-scored attempt', () => {
  it('carries the recomputed score, the items met (no ending item) and flags a different claim', () => {
    const s = summarize(record(['force', 'press'], 1));
    // force (harmful, 0) + press (acceptable, 0.5) + mixed ending (0.5) over 3.
    expect(s.score).toBeCloseTo(1 / 3, 10);
    expect(s.passed).toBe(false);
    expect(s.criticalCount).toBe(1);
    expect(s.endingRating).toBe('mixed');
    expect(s.items.map((i) => [i.id, i.response, i.quality, i.critical])).toEqual([
      ['greet', 'force', 'harmful', true],
      ['ask', 'press', 'acceptable', false],
    ]);
    expect(s.claimedScore).toBe(1);
    expect(s.measures.timesRecounted).toBe(1);
  });

  it('a claim equal to the recomputed score is not flagged', () => {
    expect(summarize(record(['calm', 'wait'], 1)).claimedScore).toBeUndefined();
  });

  it('summaries go through the columns and back into figures', () => {
    const agg = aggregateCohort(
      buildAttemptColumns([
        summarize(record(['calm', 'wait'])),
        summarize(record(['rush', 'wait'])),
      ]),
      { now: 0 },
    );
    expect(agg.trainees).toHaveLength(1);
    expect(agg.trainees[0]).toMatchObject({
      attempts: 2,
      modulesPassed: 1,
      status: 'passed',
      score: 1,
    });
    expect(
      agg.modules[0]!.mostMissed.map((m) => [m.item, m.missed, m.spread[0]!.response]),
    ).toEqual([['greet', 1, 'calm']]);
  });
});
