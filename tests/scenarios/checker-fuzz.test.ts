/**
 * Property-based test of the checker (issue 9): the shipped modules, mutated thousands of ways,
 * never make it throw; whatever it passes compiles to the machine and plays to an ending with
 * every variable a number. The mutations are the reliability review's kinds: retargeted and
 * self-loops, deleted nodes, prototype-named ids and variables, deep conditions, random values
 * at random places, deleted keys, locale damage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { initialState } from '../../src/engine/attempt/advance';
import { mulberry32 } from '../../src/engine/attempt/order-choices';
import { randomResponse } from '../../src/engine/attempt/responses';
import { eventForEntry, scenarioToMachine } from '../../src/engine/compile/to-machine';
import type { Scenario } from '../../src/engine/schema/scenario';
import { check, errorsOf, rawModules, type RawModule } from './module-files';

/** Runs per module; with the cheap rejections most take well under a millisecond. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const PROTO_NAMES = ['constructor', 'valueOf', 'toString', '__proto__', 'hasOwnProperty'];

type Json = unknown;
type Obj = Record<string, Json>;
const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null;

/** Every container path in a JSON value (iteratively), so a mutation can pick one by index. */
function containers(root: Json): Json[][] {
  const out: Json[][] = [];
  const stack: { v: Json; path: Json[] }[] = [{ v: root, path: [] }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (!isObj(v)) continue;
    out.push(path);
    for (const [k, x] of Array.isArray(v) ? v.entries() : Object.entries(v))
      stack.push({ v: x, path: [...path, k] });
  }
  return out;
}
const at = (root: Json, path: Json[]): Json =>
  path.reduce<Json>((v, k) => (isObj(v) ? (v as Obj)[k as string] : undefined), root);

type Mutation = (m: RawModule) => void;
const nodeIds = (m: RawModule) => Object.keys(m.scenario.nodes as Obj);
const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;
/** Every place a node names its successor (`next` of a choice, an outcome or a narrative), with its node. */
function targets(m: RawModule): { owner: string; at: Obj }[] {
  const out: { owner: string; at: Obj }[] = [];
  for (const [owner, n] of Object.entries(m.scenario.nodes as Record<string, Obj>)) {
    if (!isObj(n)) continue;
    if (typeof n.next === 'string') out.push({ owner, at: n });
    for (const list of [n.choices, n.outcomes])
      if (Array.isArray(list)) for (const x of list) if (isObj(x)) out.push({ owner, at: x });
  }
  return out;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Retarget any `next` to any node (loops to earlier nodes, self-loops) or to a bad id.
  fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom('node', 'self', 'proto', 'missing'))
    .map(([i, j, how]): Mutation => (m) => {
      const t = targets(m);
      if (!t.length) return;
      const { owner, at: place } = pick(t, i);
      place.next =
        how === 'node'
          ? pick(nodeIds(m), j)
          : how === 'proto'
            ? pick(PROTO_NAMES, j)
            : how === 'missing'
              ? 'no-such-node'
              : owner;
    }),
  // Delete a node.
  fc.nat().map((i): Mutation => (m) => {
    delete (m.scenario.nodes as Obj)[pick(nodeIds(m), i)];
  }),
  // A prototype name as a reference, a declared variable or an effect's variable.
  fc
    .tuple(fc.nat(), fc.constantFrom(...PROTO_NAMES), fc.constantFrom('ref', 'var', 'effect'))
    .map(([i, name, how]): Mutation => (m) => {
      if (how === 'var')
        Object.defineProperty(m.scenario.variables, name, { value: 1, enumerable: true });
      else if (how === 'effect') {
        const t = targets(m);
        if (t.length) pick(t, i).at.effects = [{ add: name, by: 1 }];
      } else {
        const lists = containers(m.scenario).filter((p) => {
          const v = at(m.scenario, p);
          return Array.isArray(v) && v.every((x) => typeof x === 'string');
        });
        if (lists.length) (at(m.scenario, pick(lists, i)) as Json[]).push(name);
      }
    }),
  // A condition nested 1 to 80 levels deep on some choice or outcome, or 6,000.
  fc
    .tuple(fc.nat(), fc.oneof(fc.integer({ min: 1, max: 80 }), fc.constant(6000)))
    .map(([i, depth]): Mutation => (m) => {
      const t = targets(m);
      if (!t.length) return;
      let when: Json = { var: Object.keys(m.scenario.variables as Obj)[0] ?? 'x', gte: 0 };
      for (let d = 0; d < depth; d++) when = d % 3 ? { not: when } : { all: [when] };
      pick(t, i).at.when = when;
    }),
  // Any JSON value at any place in scenario.json.
  fc
    .tuple(fc.nat(), fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }))
    .map(([i, key, value]): Mutation => (m) => {
      const c = pick(containers(m.scenario), i);
      const target = at(m.scenario, c);
      if (Array.isArray(target)) target[key.length % (target.length + 1)] = value;
      else if (isObj(target)) {
        const keys = Object.keys(target);
        target[keys.length && key.length % 2 ? pick(keys, key.length) : key || 'x'] = value;
      }
    }),
  // Delete a key anywhere in scenario.json.
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (m) => {
    const target = at(m.scenario, pick(containers(m.scenario), i));
    if (isObj(target) && !Array.isArray(target)) {
      const keys = Object.keys(target);
      if (keys.length) delete target[pick(keys, j)];
    }
  }),
  // Damage a locale: delete, empty or retype a text.
  fc
    .tuple(fc.constantFrom('es', 'en'), fc.nat(), fc.constantFrom(undefined, '', 7, {}))
    .map(([lang, i, value]): Mutation => (m) => {
      const c = containers(m.locales[lang]).filter((p) => p.length > 0);
      if (!c.length) return;
      const path = pick(c, i);
      const parent = at(m.locales[lang], path.slice(0, -1)) as Obj;
      const key = path[path.length - 1] as string;
      if (value === undefined) delete parent[key];
      else parent[key] = value;
    }),
);

/** Plays a passed scenario through the compiled machine to an ending, with random answers. */
function playToEnd(s: Scenario, seed: number, mustEnd: boolean) {
  const rand = mulberry32(seed);
  const actor = createActor(scenarioToMachine(s)).start();
  let state = initialState(s);
  for (let i = 0; i < 400 && !state.ended; i++) {
    const entry = randomResponse(s, state, rand);
    expect(entry, `no answer at ${state.node}`).toBeDefined();
    actor.send(eventForEntry(entry!));
    const next = actor.getSnapshot().context.play;
    expect(next.steps.length, `the machine refused a step at ${state.node}`).toBe(i + 1);
    state = next;
  }
  actor.stop();
  if (mustEnd)
    expect(
      state.ended,
      `a walk of 400 steps stopped at ${state.node}: ${state.path.slice(-8).join(' → ')}`,
    ).toBe(true);
  for (const [k, v] of Object.entries(state.vars))
    expect(Number.isFinite(v), `${k} is ${v}`).toBe(true);
}

const modules = rawModules();
const counts = { runs: 0, rejected: 0, passed: 0, played: 0, complete: 0 };

describe('the checker on mutated modules', () => {
  it.each(modules.map((m) => [m.id, m] as const))(
    '%s: it returns issues and never throws; what passes plays to an ending',
    (_id, original) => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), (muts, seed) => {
          const m = structuredClone(original);
          for (const mutate of muts) mutate(m);
          counts.runs += 1;
          // Few states and walks: the mutation, not the module's size, is under test.
          // The sample is small enough to explore completely; the others are cut at 300 states.
          const r = check(m, { maxStates: m.id === 'sample-first-hour' ? 2_000 : 300, walks: 10 });
          for (const i of r.issues) {
            expect(typeof i.message).toBe('string');
            expect(i.message.length).toBeGreaterThan(3);
          }
          if (errorsOf(r).length || !r.scenario) {
            counts.rejected += 1;
            return;
          }
          counts.passed += 1;
          // With this test's small budget a passing module may be only partly explored (the
          // CLI's budget is 200,000 states): only a complete analysis vouches that every walk
          // ends; every other one must still play without a refused step or a NaN.
          const complete = r.analysis?.complete === true;
          playToEnd(r.scenario, seed, complete);
          counts.played += 1;
          if (complete) counts.complete += 1;
        }),
        { numRuns: RUNS, seed: 20261203 },
      );
    },
    300_000,
  );

  it('reports its counts', () => {
    console.log(`checker fuzz: ${JSON.stringify(counts)}`);
    // Shrinking a failure runs more cases; a clean run makes exactly these.
    expect(counts.runs).toBeGreaterThanOrEqual(RUNS * modules.length);
  });
});
