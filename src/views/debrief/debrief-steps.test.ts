import { describe, expect, it } from 'vitest';
import { twoDecisions } from '../../../tests/fixtures/tiny-scenarios';
import { replay } from '../../engine/attempt/replay';
import { citedGuidelines, debriefSteps, fixFirst } from './debrief-steps';

const state = (() => {
  const r = replay(twoDecisions, [
    { kind: 'choose', node: 'greet', choice: 'rush', at: 0 },
    { kind: 'choose', node: 'ask', choice: 'press', at: 0 },
    { kind: 'continue', node: 'wrap', at: 0 },
  ]);
  if (!r.ok) throw new Error('replay');
  return r.state;
})();

describe('debrief steps', () => {
  it('groups items by step, skipping steps with nothing scored', () => {
    const steps = debriefSteps(state.steps);
    expect(steps.map((s) => [s.index, s.step.node, s.worst, s.notBest, s.lost])).toEqual([
      [0, 'greet', 'poor', 1, 1],
      [1, 'ask', 'acceptable', 1, 0.5],
    ]);
  });

  it('ranks a critical error first, then the worse quality, then the points missed', () => {
    const steps = debriefSteps(state.steps);
    expect(fixFirst(steps).map((s) => s.step.node)).toEqual(['greet', 'ask']);
    const critical = { ...steps[1]!, critical: 1 };
    expect(fixFirst([steps[0]!, critical]).map((s) => s.step.node)).toEqual(['ask', 'greet']);
    expect(fixFirst(steps, 1)).toHaveLength(1);
  });

  it('lists each cited guideline once', () => {
    expect(citedGuidelines(state.steps.flatMap((s) => s.items))).toEqual([
      'PFA-NOPRESSURE',
      'MH-NODEBRIEF',
    ]);
  });
});
