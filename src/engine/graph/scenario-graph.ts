/**
 * A module's graph (issue 15): nodes with their kind and ending rating, edges with the choice and
 * its quality or the outcome that takes them. Pure data, shared by `npm run scenarios:graph` and
 * the in-app author preview; `toMermaid` renders it as text GitHub and GitLab draw.
 */
import type { NodeKind, Quality, Rating, Scenario } from '../schema/scenario.ts';

export type GraphNode = { id: string; kind: NodeKind; start: boolean; rating?: Rating };
export type EdgeVia =
  | { kind: 'next' }
  | { kind: 'choice'; choice: string; quality: Quality; critical: boolean; conditional: boolean }
  | { kind: 'outcome'; index: number; conditional: boolean };
export type GraphEdge = { from: string; to: string; via: EdgeVia };
export type ScenarioGraph = { nodes: GraphNode[]; edges: GraphEdge[] };

export function scenarioGraph(s: Scenario): ScenarioGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const [id, n] of Object.entries(s.nodes)) {
    nodes.push({
      id,
      kind: n.kind,
      start: id === s.start,
      ...(n.kind === 'ending' ? { rating: n.rating } : {}),
    });
    if (n.kind === 'decision')
      for (const c of n.choices)
        edges.push({
          from: id,
          to: c.next,
          via: {
            kind: 'choice',
            choice: c.id,
            quality: c.quality,
            critical: c.quality === 'harmful' && c.critical !== false,
            conditional: c.when !== undefined,
          },
        });
    else if (n.kind === 'narrative' && n.next)
      edges.push({ from: id, to: n.next, via: { kind: 'next' } });
    else if (n.kind !== 'ending')
      (n.outcomes ?? []).forEach((o, index) =>
        edges.push({
          from: id,
          to: o.next,
          via: { kind: 'outcome', index, conditional: o.when !== undefined },
        }),
      );
  }
  return { nodes, edges };
}

const SHAPE: Record<NodeKind, [string, string]> = {
  decision: ['{', '}'],
  narrative: ['[', ']'],
  triage: ['[[', ']]'],
  dispersion: ['[[', ']]'],
  interview: ['[[', ']]'],
  ending: ['([', '])'],
};
const ARROW: Record<Quality, string> = {
  best: '==>',
  acceptable: '-->',
  poor: '-.->',
  harmful: '-.->',
};

/**
 * Mermaid flowchart text: decisions as diamonds, boards as framed boxes, endings as rounded boxes
 * coloured by rating; best choices bold, poor and harmful dotted, critical ones marked "critical".
 * Mermaid ids are n0, n1…, since a hyphen in an id can read as part of an arrow.
 */
export function toMermaid(g: ScenarioGraph): string {
  const ids = new Map(g.nodes.map((n, i) => [n.id, `n${i}`]));
  const ref = (id: string) => ids.get(id) ?? `missing_${id.replace(/[^a-z0-9]/gi, '_')}`;
  const lines = ['flowchart TD'];
  for (const n of g.nodes) {
    const [open, close] = SHAPE[n.kind];
    const what = n.kind === 'ending' ? `ending: ${n.rating}` : n.kind;
    lines.push(`  ${ref(n.id)}${open}"${n.id}<br/><small>${what}</small>"${close}`);
  }
  for (const e of g.edges) {
    const v = e.via;
    if (v.kind === 'next') lines.push(`  ${ref(e.from)} --> ${ref(e.to)}`);
    else if (v.kind === 'choice') {
      const label = `${v.choice} · ${v.quality}${v.critical ? ' · critical' : ''}${v.conditional ? ' · when' : ''}`;
      lines.push(`  ${ref(e.from)} ${ARROW[v.quality]}|"${label}"| ${ref(e.to)}`);
    } else
      lines.push(
        `  ${ref(e.from)} -->|"${v.conditional ? `outcome ${v.index + 1} · when` : 'otherwise'}"| ${ref(e.to)}`,
      );
  }
  lines.push(
    '  classDef good fill:#d8f3dc,stroke:#2d6a4f',
    '  classDef mixed fill:#fff3bf,stroke:#a07c00',
    '  classDef poor fill:#ffe3e3,stroke:#c92a2a',
    '  classDef start stroke-width:3px',
  );
  for (const rating of ['good', 'mixed', 'poor'] as const) {
    const of = g.nodes.filter((n) => n.rating === rating).map((n) => ref(n.id));
    if (of.length) lines.push(`  class ${of.join(',')} ${rating}`);
  }
  const start = g.nodes.find((n) => n.start);
  if (start) lines.push(`  class ${ref(start.id)} start`);
  return `${lines.join('\n')}\n`;
}
