/**
 * The route map of the debrief (issue 14): the module's nodes laid out in layers, the route a
 * trainee took and the best route. Pure data; the view draws it. The best route is not written by
 * hand: it is the rules' best answer at every step (`bestResponse`), the walk the path tests hold
 * to a good ending with full marks.
 */
import type { Quality, Scenario } from '../schema/scenario.ts';
import { advance, initialState, type PlayState } from '../attempt/advance.ts';
import { bestResponse } from '../attempt/responses.ts';
import { worstQuality } from '../scoring/scored-item.ts';
import { scenarioGraph, type GraphEdge, type GraphNode } from './scenario-graph.ts';

/** A module longer than this is a loop the best answers never leave: the walk stops there. */
export const MAX_ROUTE_STEPS = 400;

/** Plays the best answer at every step from `from` until an ending (or a step that fails). */
export function bestRoute(s: Scenario, from: PlayState = initialState(s)): PlayState {
  let state = from;
  for (let i = 0; i < MAX_ROUTE_STEPS && !state.ended; i++) {
    const entry = bestResponse(s, state);
    if (!entry) break;
    const r = advance(s, state, entry);
    if (!r.ok) break;
    state = r.state;
  }
  return state;
}

export type RouteNode = GraphNode & {
  /** Distance from the start in steps (breadth first): the row the node is drawn in. */
  layer: number;
  /** Position within its layer, from 0. */
  slot: number;
  taken: boolean;
  best: boolean;
  /** The worst quality the trainee's answers got here, when they answered here. */
  quality?: Quality;
  critical: boolean;
};

export type RouteMap = {
  nodes: RouteNode[];
  edges: GraphEdge[];
  /** Node ids in the order the trainee entered them (the start first, the ending last). */
  taken: readonly string[];
  best: readonly string[];
  layers: number;
  /** The most nodes in one layer. */
  width: number;
};

/** Lays out the module's graph and marks the trainee's route (`taken`) and the best route. */
export function routeMap(s: Scenario, taken: PlayState, best: PlayState = bestRoute(s)): RouteMap {
  const g = scenarioGraph(s);
  const out = new Map<string, string[]>();
  for (const e of g.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const layer = new Map<string, number>([[s.start, 0]]);
  const queue = [s.start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const to of out.get(id) ?? [])
      if (!layer.has(to)) {
        layer.set(to, layer.get(id)! + 1);
        queue.push(to);
      }
  }
  // The validator refuses unreachable nodes; should one slip through, it goes below the rest.
  const deepest = Math.max(0, ...layer.values());
  for (const n of g.nodes) if (!layer.has(n.id)) layer.set(n.id, deepest + 1);

  const quality = new Map<string, Quality>();
  const critical = new Set<string>();
  for (const st of taken.steps)
    for (const item of st.items) {
      const q = quality.get(st.node);
      quality.set(st.node, q ? worstQuality(q, item.quality) : item.quality);
      if (item.critical) critical.add(st.node);
    }
  const takenSet = new Set(taken.path);
  const bestSet = new Set(best.path);
  // Discovery order within a layer keeps children near their parents, which avoids most crossings.
  const order = new Map([...queue, ...g.nodes.map((n) => n.id)].map((id, i) => [id, i] as const));
  const byLayer = new Map<number, GraphNode[]>();
  for (const n of [...g.nodes].sort((a, b) => order.get(a.id)! - order.get(b.id)!)) {
    const l = layer.get(n.id)!;
    byLayer.set(l, [...(byLayer.get(l) ?? []), n]);
  }
  const nodes: RouteNode[] = [];
  for (const [l, ns] of byLayer)
    ns.forEach((n, slot) => {
      const q = quality.get(n.id);
      nodes.push({
        ...n,
        layer: l,
        slot,
        taken: takenSet.has(n.id),
        best: bestSet.has(n.id),
        ...(q ? { quality: q } : {}),
        critical: critical.has(n.id),
      });
    });
  return {
    nodes,
    edges: g.edges,
    taken: taken.path,
    best: best.path,
    layers: Math.max(...nodes.map((n) => n.layer)) + 1,
    width: Math.max(...[...byLayer.values()].map((ns) => ns.length)),
  };
}
