import { assign, setup, type TransitionConfig } from 'xstate';
import type { Scenario, ScenarioNode } from '../schema/scenario.ts';
import {
  advance,
  initialState,
  resolveStep,
  type PlayState,
  type StepRecord,
} from '../attempt/advance.ts';
import type { StepEntry } from '../attempt/decision-log.ts';
import { own } from '../own.ts';

/** Events are named by their source (STYLE §8); each carries the caller's clock reading. */
export type TraineeEvent =
  | { type: 'trainee.continue'; at: number }
  | { type: 'trainee.choose'; choice: string; at: number }
  | {
      type: 'trainee.submitTriage';
      tags: Extract<StepEntry, { kind: 'triage' }>['tags'];
      at: number;
    }
  | { type: 'trainee.submitDispersion'; placements: Record<string, string>; at: number }
  | { type: 'trainee.submitInterview'; questions: string[]; at: number };

export type MachineContext = { play: PlayState; lastStep?: StepRecord };

/** Turns an event into the log entry it stands for at `node`. */
export function entryFor(node: string, e: TraineeEvent): StepEntry {
  switch (e.type) {
    case 'trainee.continue':
      return { kind: 'continue', node, at: e.at };
    case 'trainee.choose':
      return { kind: 'choose', node, choice: e.choice, at: e.at };
    case 'trainee.submitTriage':
      return { kind: 'triage', node, tags: e.tags, at: e.at };
    case 'trainee.submitDispersion':
      return { kind: 'dispersion', node, placements: e.placements, at: e.at };
    case 'trainee.submitInterview':
      return { kind: 'interview', node, questions: e.questions, at: e.at };
  }
}

/** The event that replays a log entry (resume, path tests, benchmarks). */
export function eventForEntry(e: StepEntry): TraineeEvent {
  switch (e.kind) {
    case 'continue':
      return { type: 'trainee.continue', at: e.at };
    case 'choose':
      return { type: 'trainee.choose', choice: e.choice, at: e.at };
    case 'triage':
      return { type: 'trainee.submitTriage', tags: e.tags, at: e.at };
    case 'dispersion':
      return { type: 'trainee.submitDispersion', placements: e.placements, at: e.at };
    case 'interview':
      return { type: 'trainee.submitInterview', questions: e.questions, at: e.at };
  }
}

const EVENT_FOR_KIND: Record<Exclude<ScenarioNode['kind'], 'ending'>, TraineeEvent['type']> = {
  narrative: 'trainee.continue',
  decision: 'trainee.choose',
  triage: 'trainee.submitTriage',
  dispersion: 'trainee.submitDispersion',
  interview: 'trainee.submitInterview',
};

/** Every node a node can lead to, in declaration order. */
export function successors(node: ScenarioNode): string[] {
  switch (node.kind) {
    case 'ending':
      return [];
    case 'narrative':
      return node.next ? [node.next] : [...new Set((node.outcomes ?? []).map((o) => o.next))];
    case 'decision':
      return [...new Set(node.choices.map((c) => c.next))];
    default:
      return [...new Set(node.outcomes.map((o) => o.next))];
  }
}

/**
 * Compiles a scenario to an XState v5 machine: one state per node (tagged with its kind),
 * endings final. Guards and the context update call the same pure `advance`, so the machine,
 * replay and scoring cannot disagree. `recordDecision` is a named side effect the player
 * supplies with `.provide()` (STYLE rule 5); the engine holds no storage.
 * @example createActor(scenarioToMachine(s)).start().send({ type: 'trainee.choose', choice: 'calm-intro', at: 0 })
 */
export function scenarioToMachine(s: Scenario, from: PlayState = initialState(s)) {
  const m = setup({
    types: {
      context: {} as MachineContext,
      events: {} as TraineeEvent,
    },
    guards: {
      leadsTo: ({ context, event }, params: { target: string }) => {
        const node = own(s.nodes, context.play.node);
        if (!node) return false;
        const r = resolveStep(s, context.play, node, entryFor(context.play.node, event));
        return r.ok && r.next === params.target;
      },
    },
    actions: {
      takeStep: assign(({ context, event }) => {
        const r = advance(s, context.play, entryFor(context.play.node, event));
        // The guard already proved the step valid; a failure here is a bug, not bad input.
        if (!r.ok) throw new Error(`step rejected after guard passed: ${r.error.kind}`);
        return { play: r.state, lastStep: r.step };
      }),
      recordDecision: (_, _params: { node: string }) => {},
    },
  });

  const states: Record<string, object> = {};
  for (const [id, node] of Object.entries(s.nodes)) {
    if (node.kind === 'ending') {
      states[id] = { type: 'final', tags: ['ending'] };
      continue;
    }
    const transitions: TransitionConfig<
      MachineContext,
      TraineeEvent,
      TraineeEvent,
      never,
      never,
      never,
      never
    >[] = [];
    for (const target of successors(node))
      transitions.push({
        target,
        guard: { type: 'leadsTo', params: { target } },
        actions: ['takeStep', { type: 'recordDecision', params: { node: id } }],
      } as never);
    states[id] = { tags: [node.kind], on: { [EVENT_FOR_KIND[node.kind]]: transitions } };
  }

  return m.createMachine({
    id: s.id,
    initial: from.node,
    context: { play: from },
    states: states as Record<string, object>,
  });
}

export type ScenarioMachine = ReturnType<typeof scenarioToMachine>;
