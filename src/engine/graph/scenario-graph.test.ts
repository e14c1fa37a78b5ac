import { describe, expect, it } from 'vitest';
import { twoDecisions } from '../../../tests/fixtures/tiny-scenarios';
import { scenarioGraph, toMermaid } from './scenario-graph.ts';

describe('scenario graph', () => {
  const g = scenarioGraph(twoDecisions);

  it('has every node once and one edge per choice or outcome', () => {
    expect(g.nodes.map((n) => n.id).sort()).toEqual(Object.keys(twoDecisions.nodes).sort());
    const choices = Object.values(twoDecisions.nodes).reduce(
      (a, n) =>
        a +
        (n.kind === 'decision'
          ? n.choices.length
          : n.kind === 'narrative'
            ? (n.outcomes?.length ?? 1)
            : n.kind === 'ending'
              ? 0
              : n.outcomes.length),
      0,
    );
    expect(g.edges).toHaveLength(choices);
    expect(g.nodes.find((n) => n.start)?.id).toBe(twoDecisions.start);
  });

  it('writes Mermaid with qualities on the edges and endings classed by rating', () => {
    const text = toMermaid(g);
    expect(text.startsWith('flowchart TD\n')).toBe(true);
    for (const e of g.edges.filter((x) => x.via.kind === 'choice'))
      if (e.via.kind === 'choice') expect(text).toContain(`"${e.via.choice} · ${e.via.quality}`);
    const endings = g.nodes.filter((n) => n.kind === 'ending');
    for (const n of endings)
      expect(text).toMatch(new RegExp(`\\(\\["${n.id}<br/><small>ending: ${n.rating}`));
    expect(text).toMatch(/class n\d+(,n\d+)* good/);
    expect(text).toMatch(/class n\d+(,n\d+)* poor/);
    expect(text).not.toMatch(/missing_/);
  });
});
