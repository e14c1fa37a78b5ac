import { describe, expect, it } from 'vitest';
import { twoDecisions } from '../../../tests/fixtures/tiny-scenarios';
import type { Scenario } from '../schema/scenario';
import { analyzePaths } from './analyze-paths';
import { createBulkScorer } from '../scoring/bulk-scorer';
import { scoreAttempt } from '../scoring/score-attempt';
import { guidelineDimension } from '../../../tests/fixtures/catalogue';

describe('path analysis', () => {
  it('reports the lowest and highest score per ending', () => {
    const a = analyzePaths(twoDecisions);
    const good = a.endings.find((e) => e.node === 'good')!;
    expect(good.highest).toBe(1);
    expect(a.endings.find((e) => e.node === 'bad')).toMatchObject({
      reachable: true,
      rating: 'poor',
    });
    expect(a.stuck).toEqual([]);
  });

  it('finds a state that traps the trainee: a loop whose exit never becomes available', () => {
    const trap: Scenario = {
      ...twoDecisions,
      nodes: {
        ...twoDecisions.nodes,
        ask: {
          kind: 'decision',
          choices: [
            { id: 'wait', next: 'ask', quality: 'best', guidelines: ['PFA-NOPRESSURE'] },
            {
              id: 'go',
              next: 'wrap',
              quality: 'best',
              guidelines: ['TIC-TRUST'],
              when: { var: 'trust', gte: 55 },
            },
          ],
        },
      },
    };
    const stuck = analyzePaths(trap).stuck;
    expect(stuck.map((x) => x.node)).toContain('ask');
    expect(stuck.every((x) => (x.vars.trust ?? 0) < 55)).toBe(true);
  });
});

describe('bulk scorer on narrative outcomes', () => {
  it('applies the effects of the outcome that matched, even when two share a target', () => {
    const s: Scenario = {
      ...twoDecisions,
      nodes: {
        ...twoDecisions.nodes,
        wrap: {
          kind: 'narrative',
          outcomes: [
            {
              when: { var: 'trust', gte: 100 },
              next: 'gate',
              effects: [{ add: 'trust', by: 100 }],
            },
            { next: 'gate', effects: [{ add: 'trust', by: -5 }] },
          ],
        },
        gate: {
          kind: 'narrative',
          outcomes: [{ when: { var: 'trust', gte: 60 }, next: 'good' }, { next: 'bad' }],
        },
      },
    };
    const log = [
      { kind: 'choose' as const, node: 'greet', choice: 'calm', at: 0 },
      { kind: 'choose' as const, node: 'ask', choice: 'wait', at: 0 },
      { kind: 'continue' as const, node: 'wrap', at: 0 },
      { kind: 'continue' as const, node: 'gate', at: 0 },
    ];
    const full = scoreAttempt(s, log, { passMark: 0.8, dimensionOf: guidelineDimension });
    const fast = createBulkScorer(s, guidelineDimension)(log, 0.8);
    expect(full.ok && full.value.ending?.rating).toBe('poor');
    expect(fast.ok && fast.ending).toBe('poor');
    expect(fast.ok && fast.score).toBe(full.ok && full.value.score);
  });
});
