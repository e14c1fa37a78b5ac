import { describe, expect, it } from 'vitest';
import { guidelineDimension, twoDecisions } from '../../../tests/fixtures/tiny-scenarios';
import type { LogEntry } from '../attempt/decision-log';
import { resolvePassMark, scoreAttempt } from './score-attempt';

const opts = { passMark: 0.8, dimensionOf: guidelineDimension };
const choose = (node: string, choice: string, at = 0): LogEntry => ({
  kind: 'choose',
  node,
  choice,
  at,
});
const cont = (node: string): LogEntry => ({ kind: 'continue', node, at: 0 });
const score = (log: LogEntry[]) => {
  const r = scoreAttempt(twoDecisions, log, opts);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('scoreAttempt', () => {
  it('the best path scores 1 and passes, ending included', () => {
    const s = score([choose('greet', 'calm'), choose('ask', 'wait'), cont('wrap')]);
    expect(s.ending).toEqual({ node: 'good', rating: 'good' });
    expect(s.items.map((i) => i.id)).toEqual(['greet', 'ask', 'ending']);
    expect(s.score).toBe(1);
    expect(s.passed).toBe(true);
  });

  it('an ending rated poor lowers the score: the same choices earn less when they end badly', () => {
    const s = score([choose('greet', 'rush'), choose('ask', 'wait'), cont('wrap')]);
    expect(s.ending?.rating).toBe('poor');
    // greet 0 + ask 1 + ending 0 over 3 items
    expect(s.score).toBeCloseTo(1 / 3);
    expect(s.passed).toBe(false);
  });

  it('acceptable earns half, and the mixed ending half', () => {
    const s = score([choose('greet', 'calm'), choose('ask', 'press'), cont('wrap')]);
    expect(s.ending?.rating).toBe('good');
    expect(s.score).toBeCloseTo((1 + 0.5 + 1) / 3);
    expect(s.measures.timesRecounted).toBe(1);
  });

  it('a harmful choice is a critical error and fails whatever the score', () => {
    const s = score([choose('greet', 'force'), choose('ask', 'wait'), cont('wrap')]);
    expect(s.criticalErrors.map((i) => i.id)).toEqual(['greet']);
    expect(s.passed).toBe(false);
    const lenient = scoreAttempt(
      twoDecisions,
      [choose('greet', 'force'), choose('ask', 'wait'), cont('wrap')],
      { ...opts, passMark: 0 },
    );
    expect(lenient.ok && lenient.value.passed).toBe(false);
  });

  it('scores per welfare dimension and per guideline from the catalogue', () => {
    const s = score([choose('greet', 'calm'), choose('ask', 'press'), cont('wrap')]);
    expect(s.byGuideline['PFA-LOOK']).toEqual({ earned: 1, available: 1, score: 1 });
    expect(s.byGuideline['MH-NODEBRIEF']).toEqual({ earned: 0.5, available: 1, score: 0.5 });
    const dim = guidelineDimension('MH-NODEBRIEF')!;
    expect(s.byDimension[dim]?.available).toBeGreaterThanOrEqual(1);
  });

  it('a choice hidden by its condition cannot be replayed', () => {
    const r = scoreAttempt(
      twoDecisions,
      [choose('greet', 'rush'), choose('ask', 'trusted-only')],
      opts,
    );
    expect(r).toMatchObject({ ok: false, reason: 'unavailable-choice', atEntry: 1 });
    expect(
      score([choose('greet', 'calm'), choose('ask', 'trusted-only'), cont('wrap')]).score,
    ).toBe(1);
  });

  it('back entries undo the step before them (practice mode)', () => {
    const s = score([
      choose('greet', 'force'),
      { kind: 'back', at: 1 },
      choose('greet', 'calm'),
      choose('ask', 'wait'),
      cont('wrap'),
    ]);
    expect(s.criticalErrors).toHaveLength(0);
    expect(s.score).toBe(1);
  });

  it('an unfinished attempt has not passed, even with a perfect record so far', () => {
    const s = score([choose('greet', 'calm')]);
    expect(s.ended).toBe(false);
    expect(s.score).toBe(1);
    expect(s.passed).toBe(false);
  });

  it('a log that names another node is refused with the entry that broke', () => {
    expect(scoreAttempt(twoDecisions, [choose('ask', 'wait')], opts)).toMatchObject({
      ok: false,
      reason: 'wrong-node',
      atEntry: 0,
    });
  });
});

describe('resolvePassMark', () => {
  it('takes the LMS value, then the assignment, then the scenario, then 80%', () => {
    expect(resolvePassMark({ lms: 0.6, assignment: 0.9, scenario: 0.7 })).toBe(0.6);
    expect(resolvePassMark({ assignment: 0.9, scenario: 0.7 })).toBe(0.9);
    expect(resolvePassMark({ scenario: 0.7 })).toBe(0.7);
    expect(resolvePassMark({})).toBe(0.8);
  });
});
