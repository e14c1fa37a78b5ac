import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { twoDecisions } from '../../../tests/fixtures/tiny-scenarios';
import { replay } from '../attempt/replay';
import { scenarioToMachine } from './to-machine';

const play = (events: Parameters<ReturnType<typeof createActor>['send']>[0][]) => {
  const recorded: string[] = [];
  const machine = scenarioToMachine(twoDecisions).provide({
    actions: { recordDecision: (_, params: { node: string }) => void recorded.push(params.node) },
  });
  const actor = createActor(machine).start();
  for (const e of events) actor.send(e);
  return { snapshot: actor.getSnapshot(), recorded };
};

describe('scenarioToMachine', () => {
  it('has one state per node, tagged with its kind, and endings are final', () => {
    const { snapshot } = play([]);
    expect(snapshot.value).toBe('greet');
    expect(snapshot.hasTag('decision')).toBe(true);
    const done = play([
      { type: 'trainee.choose', choice: 'calm', at: 1 },
      { type: 'trainee.choose', choice: 'wait', at: 2 },
      { type: 'trainee.continue', at: 3 },
    ]).snapshot;
    expect(done.value).toBe('good');
    expect(done.status).toBe('done');
  });

  it('calls the named recordDecision side effect the player supplies, once per step', () => {
    const { recorded } = play([
      { type: 'trainee.choose', choice: 'calm', at: 1 },
      { type: 'trainee.choose', choice: 'wait', at: 2 },
    ]);
    expect(recorded).toEqual(['greet', 'ask']);
  });

  it('ignores an unknown choice, a hidden choice and an event of the wrong kind', () => {
    const { snapshot } = play([
      { type: 'trainee.choose', choice: 'nope', at: 1 },
      { type: 'trainee.continue', at: 1 },
      { type: 'trainee.choose', choice: 'rush', at: 1 },
      { type: 'trainee.choose', choice: 'trusted-only', at: 2 },
    ]);
    expect(snapshot.value).toBe('ask');
    expect(snapshot.context.play.vars.trust).toBe(0);
  });

  it('the machine and replay of its log reach the same state (replay determinism)', () => {
    const { snapshot } = play([
      { type: 'trainee.choose', choice: 'calm', at: 10 },
      { type: 'trainee.choose', choice: 'press', at: 20 },
    ]);
    const log = snapshot.context.play.steps.map((s) => s.entry);
    const again = replay(twoDecisions, log);
    expect(again.ok && again.state).toEqual(snapshot.context.play);
    expect(replay(twoDecisions, log)).toEqual(again);
  });

  it('can start from a resumed state', () => {
    const r = replay(twoDecisions, [{ kind: 'choose', node: 'greet', choice: 'calm', at: 0 }]);
    if (!r.ok) throw new Error('replay failed');
    const actor = createActor(scenarioToMachine(twoDecisions, r.state)).start();
    expect(actor.getSnapshot().value).toBe('ask');
    actor.send({ type: 'trainee.choose', choice: 'trusted-only', at: 1 });
    expect(actor.getSnapshot().value).toBe('wrap');
  });
});
