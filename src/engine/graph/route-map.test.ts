import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { twoDecisions } from '../../../tests/fixtures/tiny-scenarios';
import type { Scenario } from '../schema/scenario.ts';
import { replay } from '../attempt/replay.ts';
import { bestRoute, routeMap } from './route-map.ts';

const sample: Scenario = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../../scenarios/sample-first-hour/scenario.json'),
    'utf8',
  ),
);

const played = (s: Scenario, log: Parameters<typeof replay>[1]) => {
  const r = replay(s, log);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.state;
};

describe('route map', () => {
  it('takes the best answer at every step, to a good ending', () => {
    const best = bestRoute(twoDecisions);
    expect(best.path).toEqual(['greet', 'ask', 'wrap', 'good']);
    const sampleBest = bestRoute(sample);
    expect(sampleBest.ended).toBe(true);
    expect(sample.nodes[sampleBest.node]).toMatchObject({ kind: 'ending', rating: 'good' });
  });

  it('lays nodes out by distance from the start and marks both routes', () => {
    const taken = played(twoDecisions, [
      { kind: 'choose', node: 'greet', choice: 'force', at: 0 },
      { kind: 'choose', node: 'ask', choice: 'press', at: 0 },
      { kind: 'continue', node: 'wrap', at: 0 },
    ]);
    const m = routeMap(twoDecisions, taken);
    const at = (id: string) => m.nodes.find((n) => n.id === id)!;
    expect([at('greet').layer, at('ask').layer, at('wrap').layer, at('good').layer]).toEqual([
      0, 1, 2, 3,
    ]);
    expect(m.layers).toBe(4);
    expect(m.width).toBe(3); // good, mixed and bad share the last layer
    expect(new Set(m.nodes.filter((n) => n.layer === 3).map((n) => n.slot))).toEqual(
      new Set([0, 1, 2]),
    );
    expect(m.taken).toEqual(['greet', 'ask', 'wrap', 'mixed']);
    expect(m.best).toEqual(['greet', 'ask', 'wrap', 'good']);
    expect(at('greet')).toMatchObject({
      taken: true,
      best: true,
      quality: 'harmful',
      critical: true,
    });
    expect(at('ask')).toMatchObject({ quality: 'acceptable', critical: false });
    expect(at('mixed')).toMatchObject({ taken: true, best: false });
    expect(at('good')).toMatchObject({ taken: false, best: true });
    expect(at('bad').quality).toBeUndefined();
  });
});
