import { describe, expect, it } from 'vitest';
import type { ScenarioGraph } from '../../engine/graph/scenario-graph';
import { edgesOf, graphLayers } from './graph-layers';

const g: ScenarioGraph = {
  nodes: [
    { id: 'a', kind: 'decision', start: true },
    { id: 'b', kind: 'narrative', start: false },
    { id: 'c', kind: 'decision', start: false },
    { id: 'orphan', kind: 'narrative', start: false },
    { id: 'end', kind: 'ending', start: false, rating: 'good' },
  ],
  edges: [
    {
      from: 'a',
      to: 'b',
      via: { kind: 'choice', choice: 'x', quality: 'best', critical: false, conditional: false },
    },
    {
      from: 'a',
      to: 'end',
      via: { kind: 'choice', choice: 'y', quality: 'harmful', critical: true, conditional: false },
    },
    { from: 'b', to: 'c', via: { kind: 'next' } },
    {
      from: 'c',
      to: 'a',
      via: { kind: 'choice', choice: 'z', quality: 'poor', critical: false, conditional: false },
    },
  ],
};

describe('graphLayers', () => {
  it('rows by shortest distance from the start, unreached nodes last, loops counted once', () => {
    const { rows, unreached } = graphLayers(g);
    expect(rows.map((r) => r.map((n) => n.id))).toEqual([['a'], ['b', 'end'], ['c']]);
    expect(unreached.map((n) => n.id)).toEqual(['orphan']);
  });
  it('lists edges in and out of a node', () => {
    const e = edgesOf(g, 'a');
    expect(e.incoming.map((x) => x.from)).toEqual(['c']);
    expect(e.outgoing.map((x) => x.to)).toEqual(['b', 'end']);
  });
});
