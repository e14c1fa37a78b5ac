import type { GraphEdge, GraphNode, ScenarioGraph } from '../../engine/graph/scenario-graph';

/**
 * The module's nodes in rows by their shortest distance from the start (row 0 is the start), in
 * file order within a row; nodes no edge reaches come last, so an author sees them.
 */
export function graphLayers(g: ScenarioGraph): { rows: GraphNode[][]; unreached: GraphNode[] } {
  const out = new Map<string, GraphEdge[]>();
  for (const e of g.edges) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e);
  const depth = new Map<string, number>();
  const start = g.nodes.find((n) => n.start);
  if (start) {
    depth.set(start.id, 0);
    let frontier = [start.id];
    for (let d = 1; frontier.length; d++) {
      const next: string[] = [];
      for (const id of frontier)
        for (const e of out.get(id) ?? [])
          if (!depth.has(e.to)) {
            depth.set(e.to, d);
            next.push(e.to);
          }
      frontier = next;
    }
  }
  const rows: GraphNode[][] = [];
  const unreached: GraphNode[] = [];
  for (const n of g.nodes) {
    const d = depth.get(n.id);
    if (d === undefined) unreached.push(n);
    else (rows[d] ??= []).push(n);
  }
  return { rows, unreached };
}

/** Edges into and out of a node, for the node panel. */
export function edgesOf(g: ScenarioGraph, id: string) {
  return {
    incoming: g.edges.filter((e) => e.to === id),
    outgoing: g.edges.filter((e) => e.from === id),
  };
}
