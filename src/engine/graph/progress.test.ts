import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { twoDecisions } from '../../../tests/fixtures/tiny-scenarios';
import { advance, availableChoices, initialState, type PlayState } from '../attempt/advance';
import type { StepEntry } from '../attempt/decision-log';
import type { Scenario } from '../schema/scenario';
import { decisionsAhead, progressOf } from './progress';

const choose = (s: Scenario, state: PlayState, choice: string): PlayState => {
  const r = advance(s, state, { kind: 'choose', node: state.node, choice, at: 0 });
  if (!r.ok) throw new Error(r.error.kind);
  return r.state;
};

/** greet → (short: straight to wrap) or (long: detour → ask → wrap); wrap is a narrative. */
const branching: Scenario = {
  ...twoDecisions,
  id: 'branching',
  nodes: {
    ...twoDecisions.nodes,
    greet: {
      kind: 'decision',
      choices: [
        { id: 'calm', next: 'wrap', quality: 'best', guidelines: ['PFA-LOOK'] },
        { id: 'rush', next: 'detour', quality: 'poor', guidelines: ['PFA-NOPRESSURE'] },
      ],
    },
    detour: { kind: 'narrative', next: 'ask' },
  },
};

describe('progress from the module graph', () => {
  it('counts decision points ahead, the current one included, and none for narratives or endings', () => {
    expect(decisionsAhead(twoDecisions, 'greet')).toEqual({ min: 2, max: 2 });
    expect(decisionsAhead(twoDecisions, 'ask')).toEqual({ min: 1, max: 1 });
    expect(decisionsAhead(twoDecisions, 'wrap')).toEqual({ min: 0, max: 0 });
    expect(decisionsAhead(twoDecisions, 'good')).toEqual({ min: 0, max: 0 });
  });

  it('says "step 1 of 2", then "step 2 of 2", exactly, on a module with one route length', () => {
    let state = initialState(twoDecisions);
    expect(progressOf(twoDecisions, state)).toEqual({
      done: 0,
      total: 2,
      exact: true,
      current: 1,
    });
    state = choose(twoDecisions, state, 'calm');
    expect(progressOf(twoDecisions, state)).toMatchObject({ done: 1, total: 2, current: 2 });
    state = choose(twoDecisions, state, 'wait');
    // At the closing narrative: both decisions taken, nothing left.
    expect(progressOf(twoDecisions, state)).toEqual({
      done: 2,
      total: 2,
      exact: true,
      current: 2,
    });
  });

  it('uses the longest route ahead and says "about" when routes differ; the short route shrinks the total', () => {
    const start = initialState(branching);
    expect(decisionsAhead(branching, 'greet')).toEqual({ min: 1, max: 2 });
    expect(progressOf(branching, start)).toMatchObject({ total: 2, exact: false, current: 1 });
    const short = choose(branching, start, 'calm');
    expect(progressOf(branching, short)).toMatchObject({ done: 1, total: 1, exact: true });
    const long = choose(branching, start, 'rush');
    expect(progressOf(branching, long)).toMatchObject({ done: 1, total: 2, current: 2 });
  });

  it('does not follow a loop back, so a revisit cannot make the count endless', () => {
    const loop: Scenario = {
      ...twoDecisions,
      id: 'loop',
      nodes: {
        ...twoDecisions.nodes,
        ask: {
          kind: 'decision',
          choices: [
            { id: 'wait', next: 'greet', quality: 'poor', guidelines: ['PFA-NOPRESSURE'] },
            { id: 'press', next: 'wrap', quality: 'best', guidelines: ['MH-NODEBRIEF'] },
          ],
        },
      },
    };
    expect(decisionsAhead(loop, 'greet')).toEqual({ min: 2, max: 2 });
    const again = choose(loop, choose(loop, initialState(loop), 'calm'), 'wait');
    // Back at greet after two decisions: two more at most on the way out.
    expect(progressOf(loop, again)).toMatchObject({ done: 2, total: 4, current: 3 });
  });

  // Every module in the repository: along any played route the total never grows and the
  // step shown never passes it, so "step n of about m" stays honest.
  const dir = join(import.meta.dirname, '../../../scenarios');
  const modules = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'scenario.json')));
  it.each(modules)('%s: the total only shrinks along seeded random routes', (id) => {
    const s = JSON.parse(readFileSync(join(dir, id, 'scenario.json'), 'utf8')) as Scenario;
    let seed = 7;
    const pick = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let run = 0; run < 40; run++) {
      let state = initialState(s);
      let last = progressOf(s, state);
      expect(last.current).toBe(1);
      while (!state.ended) {
        const node = s.nodes[state.node]!;
        const entry: StepEntry | undefined =
          node.kind === 'decision'
            ? {
                kind: 'choose',
                node: state.node,
                choice: availableChoices(s, state)[pick(availableChoices(s, state).length)]!.id,
                at: 0,
              }
            : node.kind === 'narrative'
              ? { kind: 'continue', node: state.node, at: 0 }
              : undefined;
        if (!entry) break; // boards: a random answer needs the rules; routes up to them still count
        const r = advance(s, state, entry);
        if (!r.ok) throw new Error(r.error.kind);
        state = r.state;
        const now = progressOf(s, state);
        expect(now.total).toBeLessThanOrEqual(last.total);
        expect(now.current).toBeLessThanOrEqual(now.total);
        expect(now.done).toBeGreaterThanOrEqual(last.done);
        last = now;
      }
    }
  });
});
