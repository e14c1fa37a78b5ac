import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../schema/scenario.ts';
import { replay } from '../attempt/replay.ts';
import { pathToNode } from './path-to-node.ts';
import { scenarioGraph } from './scenario-graph.ts';

const root = join(import.meta.dirname, '..', '..', '..', 'scenarios');
const modules = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'guidelines')
  .map((d) => JSON.parse(readFileSync(join(root, d.name, 'scenario.json'), 'utf8')) as Scenario);

describe('pathToNode', () => {
  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: every node one can play from gets a path that replays to it',
    (_id, s) => {
      const g = scenarioGraph(s);
      // Endings are not played from: the preview shows them, there is nothing left to choose.
      for (const n of g.nodes.filter((x) => x.kind !== 'ending')) {
        const path = pathToNode(s, n.id);
        expect(path, `${s.id}: no path to ${n.id}`).toBeDefined();
        const r = replay(s, path!);
        expect(r.ok, `${s.id}: path to ${n.id} does not replay`).toBe(true);
        if (r.ok) expect(r.state.node).toBe(n.id);
      }
    },
  );

  it('takes the best choice when it leads there and nothing for the start', () => {
    const s = modules.find((m) => m.id === 'sample-first-hour')!;
    expect(pathToNode(s, s.start)).toEqual([]);
    const start = s.nodes[s.start]!;
    if (start.kind === 'decision') {
      const best = start.choices.find((c) => c.quality === 'best')!;
      const path = pathToNode(s, best.next)!;
      expect(path).toEqual([{ kind: 'choose', node: s.start, choice: best.id, at: 0 }]);
    }
  });

  it('says undefined for a node that does not exist', () => {
    expect(pathToNode(modules[0]!, 'no-such-node', 2_000)).toBeUndefined();
  });
});
