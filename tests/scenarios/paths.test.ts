/**
 * Path tests for every module (issue 3): exhaustive where the distinct paths over representative
 * responses number at most 100,000; otherwise the best path, every choice at least once, and
 * 500 seeded random walks with fully random board answers. Every path must end in an ending,
 * every score lie in [0, 1], the best path score 1 and pass, and any path with a critical item fail.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  advance,
  availableChoices,
  initialState,
  type PlayState,
} from '../../src/engine/attempt/advance';
import type { StepEntry } from '../../src/engine/attempt/decision-log';
import { mulberry32 } from '../../src/engine/attempt/order-choices';
import {
  bestResponse,
  randomResponse,
  representativeResponses,
} from '../../src/engine/attempt/responses';
import { eventForEntry, scenarioToMachine } from '../../src/engine/compile/to-machine';
import { analyzePaths } from '../../src/engine/load/analyze-paths';
import type { Scenario } from '../../src/engine/schema/scenario';
import { scoreState } from '../../src/engine/scoring/score-attempt';
import { loadAll } from '../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../fixtures/catalogue';

const EXHAUSTIVE_LIMIT = 100_000;
const RANDOM_WALKS = 500;
const MAX_STEPS = 400;
const opts = (s: Scenario) => ({ passMark: s.passMark ?? 0.8, dimensionOf: guidelineDimension });

function checkEnd(s: Scenario, state: PlayState) {
  expect(state.ended, `path stopped at ${state.node}`).toBe(true);
  expect(s.nodes[state.node]?.kind).toBe('ending');
  const score = scoreState(s, state, opts(s));
  expect(score.score).toBeGreaterThanOrEqual(0);
  expect(score.score).toBeLessThanOrEqual(1);
  if (score.criticalErrors.length) expect(score.passed).toBe(false);
  return score;
}

function step(s: Scenario, state: PlayState, entry: StepEntry): PlayState {
  const r = advance(s, state, entry);
  if (!r.ok) throw new Error(`${s.id}: ${JSON.stringify(r.error)}`);
  return r.state;
}

function bestPath(s: Scenario, from = initialState(s)): PlayState {
  let state = from;
  for (let i = 0; i < MAX_STEPS && !state.ended; i++) {
    const entry = bestResponse(s, state);
    if (!entry) throw new Error(`${s.id}: no best response at ${state.node}`);
    state = step(s, state, entry);
  }
  return state;
}

/** Every path over representative responses, depth first. */
function* allPaths(s: Scenario, state: PlayState, depth = 0): Generator<PlayState> {
  if (state.ended) return yield state;
  if (depth > MAX_STEPS) throw new Error(`${s.id}: path longer than ${MAX_STEPS}`);
  for (const entry of representativeResponses(s, state)) {
    const r = advance(s, state, entry);
    if (r.ok) yield* allPaths(s, r.state, depth + 1);
  }
}

/** A state at `nodeId`, reached by breadth-first search over representative responses. */
/**
 * The first state (breadth-first) at which each node is reached: one traversal per scenario, not
 * one per node, so a module with many variable combinations stays within the test's time.
 */
const firstReach = new WeakMap<Scenario, Map<string, PlayState>>();
function reach(s: Scenario, nodeId: string): PlayState | undefined {
  let found = firstReach.get(s);
  if (!found) {
    found = new Map();
    const queue = [initialState(s)];
    const seen = new Set<string>();
    for (let i = 0; i < queue.length; i++) {
      const st = queue[i]!;
      if (!found.has(st.node)) found.set(st.node, st);
      const key = st.node + JSON.stringify(st.vars);
      if (st.ended || seen.has(key)) continue;
      seen.add(key);
      for (const e of representativeResponses(s, st)) {
        const r = advance(s, st, e);
        if (r.ok) queue.push(r.state);
      }
    }
    firstReach.set(s, found);
  }
  return found.get(nodeId);
}

const { scenarios } = loadAll();

describe.each(scenarios.map((l) => [l.id, l] as const))('%s', (_id, loaded) => {
  it('loads with no errors and has both languages for every key', () => {
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
  const s = loaded.scenario!;
  if (!s) return;

  it('the best path ends in a good ending, scores 1 and passes', () => {
    const end = bestPath(s);
    const score = checkEnd(s, end);
    expect(score.ending?.rating).toBe('good');
    expect(score.score).toBe(1);
    expect(score.passed).toBe(true);
  });

  const analysis = analyzePaths(s);
  if (analysis.complete && analysis.paths <= EXHAUSTIVE_LIMIT) {
    it(`every one of its ${analysis.paths} paths ends, scores in [0, 1] and fails on a critical error`, () => {
      let n = 0;
      for (const end of allPaths(s, initialState(s))) {
        checkEnd(s, end);
        n += 1;
      }
      expect(n).toBe(analysis.paths);
    });
  } else {
    it('every choice, taken at least once and then played best, ends correctly', () => {
      for (const [nodeId, node] of Object.entries(s.nodes)) {
        if (node.kind !== 'decision') continue;
        const at = reach(s, nodeId);
        expect(at, `${nodeId} unreachable`).toBeDefined();
        for (const c of availableChoices(s, at!)) {
          const end = bestPath(
            s,
            step(s, at!, { kind: 'choose', node: nodeId, choice: c.id, at: 0 }),
          );
          const score = checkEnd(s, end);
          if (c.quality === 'harmful' && c.critical !== false) expect(score.passed).toBe(false);
        }
      }
    });

    it(`${RANDOM_WALKS} seeded random walks end, score in [0, 1], and the machine agrees with replay`, () => {
      const rand = mulberry32(20261127);
      for (let w = 0; w < RANDOM_WALKS; w++) {
        let state = initialState(s);
        const log: StepEntry[] = [];
        while (!state.ended && log.length < MAX_STEPS) {
          const entry = randomResponse(s, state, rand)!;
          log.push(entry);
          state = step(s, state, entry);
        }
        checkEnd(s, state);
        if (w % 50 === 0) {
          const actor = createActor(scenarioToMachine(s)).start();
          for (const e of log) actor.send(eventForEntry(e));
          expect(actor.getSnapshot().context.play).toEqual(state);
        }
      }
    });
  }
});
