import type { Scenario } from '../schema/scenario.ts';
import { advance, initialState, type PlayState } from '../attempt/advance.ts';
import type { StepEntry } from '../attempt/decision-log.ts';
import { bestResponse, representativeResponses } from '../attempt/responses.ts';
import { testedByConditions } from '../load/condition-walk.ts';

type Open = { state: PlayState; log: StepEntry[] };

/**
 * The steps that reach `target` from the start, for the author preview's "play from this node":
 * a search over real engine states (so `when` conditions hold) that departs from the best
 * response as few times as it can — an author previewing a node sees the story as a good
 * trainee would reach it, with only the detours the node needs. Within one number of detours it
 * goes depth first, so deep nodes are found without expanding every board answer. Undefined when
 * no representative path reaches the node within `maxStates` steps tried.
 */
export function pathToNode(
  s: Scenario,
  target: string,
  maxStates = 60_000,
): StepEntry[] | undefined {
  const start = initialState(s);
  if (start.node === target) return [];
  // Only what some condition tests can change the way on, so only that is part of a state's key.
  const tested = testedByConditions(s);
  const vars = [...tested.vars];
  const visited = [...tested.visited];
  const keyOf = (st: PlayState) =>
    `${st.node}|${vars.map((v) => st.vars[v]).join(',')}|${visited
      .map((n) => (st.path.includes(n) ? 1 : 0))
      .join('')}`;
  const seen = new Set<string>([keyOf(start)]);
  // buckets[d]: states reached with d departures from the best response, taken last-in first-out.
  const buckets: Open[][] = [[{ state: start, log: [] }]];
  let tried = 0;
  for (let d = 0; d < buckets.length; d++) {
    const stack = buckets[d]!;
    while (stack.length) {
      const { state, log } = stack.pop()!;
      // A detour that reached it is taken only once no path with fewer detours is waiting.
      if (state.node === target) return log;
      if (state.ended) continue;
      const best = bestResponse(s, state);
      const bestKey = best && JSON.stringify(best);
      // Pushed in reverse so the best response is popped (tried) first.
      const others = representativeResponses(s, state).filter((e) => JSON.stringify(e) !== bestKey);
      for (const [entry, cost] of [
        ...others.map((e) => [e, 1] as const).reverse(),
        ...(best ? [[best, 0] as const] : []),
      ]) {
        if (++tried > maxStates) return undefined;
        const r = advance(s, state, entry);
        if (!r.ok) continue;
        const path = [...log, entry];
        // A best-response step keeps d departures, and no state with fewer is left: done.
        if (cost === 0 && r.state.node === target) return path;
        const key = keyOf(r.state);
        if (seen.has(key)) continue;
        seen.add(key);
        (buckets[d + cost] ??= []).push({ state: r.state, log: path });
      }
    }
  }
  return undefined;
}
