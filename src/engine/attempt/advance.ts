import type {
  InteractionNode,
  Outcome,
  Rating,
  Scenario,
  ScenarioNode,
} from '../schema/scenario.ts';
import { scoreDispersion } from '../rules/dispersion.ts';
import { scoreInterview } from '../rules/interview-record.ts';
import { scoreTriage } from '../rules/triage-items.ts';
import { QUALITY_POINTS, type ScoredItem } from '../scoring/scored-item.ts';
import { applyEffects, holds, type Metrics, type VariableBounds, type Vars } from './conditions.ts';
import type { StepEntry } from './decision-log.ts';
import { hasOwn, own } from '../own.ts';

/** Where an attempt stands: enough to render the node, and everything scoring needs. */
export type PlayState = {
  node: string;
  vars: Vars;
  /** Nodes entered, in order, starting with `start`. */
  path: readonly string[];
  steps: readonly StepRecord[];
  ended: boolean;
};

/** One step taken: what was done, what it scored, and how the story state moved. */
export type StepRecord = {
  node: string;
  entry: StepEntry;
  items: ScoredItem[];
  metrics: Metrics;
  varsBefore: Vars;
  varsAfter: Vars;
  next: string;
};

export type StepError =
  | { kind: 'wrong-node'; expected: string; got: string }
  | { kind: 'ended' }
  | {
      kind: 'wrong-kind';
      node: string;
      nodeKind: ScenarioNode['kind'];
      entryKind: StepEntry['kind'];
    }
  | { kind: 'unknown-choice'; node: string; choice: string }
  | { kind: 'unavailable-choice'; node: string; choice: string }
  | { kind: 'incomplete-response'; node: string; missing: string[] }
  | { kind: 'no-outcome'; node: string };

export type StepResult =
  { ok: true; state: PlayState; step: StepRecord } | { ok: false; error: StepError };

const boundsCache = new WeakMap<Scenario, VariableBounds>();
export function variableBounds(s: Scenario): VariableBounds {
  let b = boundsCache.get(s);
  if (!b) {
    b = Object.fromEntries(
      Object.entries(s.variables).map(([k, v]) => [
        k,
        typeof v === 'number' ? {} : { min: v.min, max: v.max },
      ]),
    );
    boundsCache.set(s, b);
  }
  return b;
}

export function initialVars(s: Scenario): Vars {
  return Object.fromEntries(
    Object.entries(s.variables).map(([k, v]) => [k, typeof v === 'number' ? v : v.initial]),
  );
}

/** The state before any step: at `start`, with the declared initial variables. */
export function initialState(s: Scenario): PlayState {
  const node = own(s.nodes, s.start);
  const vars =
    node?.kind === 'ending'
      ? applyEffects(initialVars(s), node.effects, {}, variableBounds(s))
      : initialVars(s);
  return { node: s.start, vars, path: [s.start], steps: [], ended: node?.kind === 'ending' };
}

/** Choices the trainee can see at a decision node in this state (`when` filters them). */
export function availableChoices(s: Scenario, state: Pick<PlayState, 'node' | 'vars' | 'path'>) {
  const node = own(s.nodes, state.node);
  if (node?.kind !== 'decision') return [];
  return node.choices.filter(
    (c) => !c.when || holds(c.when, { vars: state.vars, metrics: {}, visited: state.path }),
  );
}

/**
 * Takes one step: pure, deterministic, no clock. The XState machine, resume, review and
 * re-scoring all go through here, so they cannot disagree.
 */
export function advance(s: Scenario, state: PlayState, entry: StepEntry): StepResult {
  if (state.ended) return { ok: false, error: { kind: 'ended' } };
  if (entry.node !== state.node)
    return { ok: false, error: { kind: 'wrong-node', expected: state.node, got: entry.node } };
  const node = own(s.nodes, state.node);
  if (!node)
    return { ok: false, error: { kind: 'wrong-node', expected: state.node, got: entry.node } };
  const resolved = resolveStep(s, state, node, entry);
  if (!resolved.ok) return resolved;
  const { items, metrics, next, effects } = resolved;
  const bounds = variableBounds(s);
  let vars = applyEffects(state.vars, effects, metrics, bounds);
  const nextNode = own(s.nodes, next);
  const ended = nextNode?.kind === 'ending';
  if (nextNode?.kind === 'ending') vars = applyEffects(vars, nextNode.effects, {}, bounds);
  const step: StepRecord = {
    node: state.node,
    entry,
    items,
    metrics,
    varsBefore: state.vars,
    varsAfter: vars,
    next,
  };
  return {
    ok: true,
    step,
    state: { node: next, vars, path: [...state.path, next], steps: [...state.steps, step], ended },
  };
}

type Resolved =
  | { ok: true; items: ScoredItem[]; metrics: Metrics; next: string; effects: Outcome['effects'] }
  | { ok: false; error: StepError };

function wrongKind(nodeId: string, node: ScenarioNode, entry: StepEntry): Resolved {
  return {
    ok: false,
    error: { kind: 'wrong-kind', node: nodeId, nodeKind: node.kind, entryKind: entry.kind },
  };
}

/** What a step leads to without taking it: the machine's guards use this. */
export function resolveStep(
  s: Scenario,
  state: PlayState,
  node: ScenarioNode,
  entry: StepEntry,
): Resolved {
  const nodeId = state.node;
  switch (node.kind) {
    case 'ending':
      return { ok: false, error: { kind: 'ended' } };
    case 'narrative':
      if (entry.kind !== 'continue') return wrongKind(nodeId, node, entry);
      if (node.next)
        return { ok: true, items: [], metrics: {}, next: node.next, effects: node.effects };
      {
        // Node effects apply first, then the outcome's: routing sees the state after this node.
        const vars = applyEffects(state.vars, node.effects, {}, variableBounds(s));
        const outcome = (node.outcomes ?? []).find(
          (o) => !o.when || holds(o.when, { vars, metrics: {}, visited: state.path }),
        );
        if (!outcome) return { ok: false, error: { kind: 'no-outcome', node: nodeId } };
        return {
          ok: true,
          items: [],
          metrics: {},
          next: outcome.next,
          effects: [...(node.effects ?? []), ...(outcome.effects ?? [])],
        };
      }
    case 'decision': {
      if (entry.kind !== 'choose') return wrongKind(nodeId, node, entry);
      const choice = node.choices.find((c) => c.id === entry.choice);
      if (!choice)
        return { ok: false, error: { kind: 'unknown-choice', node: nodeId, choice: entry.choice } };
      if (
        choice.when &&
        !holds(choice.when, { vars: state.vars, metrics: {}, visited: state.path })
      )
        return {
          ok: false,
          error: { kind: 'unavailable-choice', node: nodeId, choice: entry.choice },
        };
      const item: ScoredItem = {
        id: nodeId,
        node: nodeId,
        kind: 'choice',
        response: choice.id,
        quality: choice.quality,
        points: QUALITY_POINTS[choice.quality],
        weight: 1,
        critical: choice.quality === 'harmful' && choice.critical !== false,
        guidelines: choice.guidelines,
      };
      // The better choice is one the trainee could see (choices can be hidden by `when`).
      const best = availableChoices(s, state).find((c) => c.quality === 'best');
      if (best && best.id !== choice.id) item.expected = best.id;
      return { ok: true, items: [item], metrics: {}, next: choice.next, effects: choice.effects };
    }
    case 'triage':
    case 'dispersion':
    case 'interview': {
      const scored = scoreInteraction(s, nodeId, node, entry);
      if (!scored.ok) return scored;
      const scope = { vars: state.vars, metrics: scored.metrics, visited: state.path };
      const outcome = node.outcomes.find((o) => !o.when || holds(o.when, scope));
      if (!outcome) return { ok: false, error: { kind: 'no-outcome', node: nodeId } };
      return {
        ok: true,
        items: scored.items,
        metrics: scored.metrics,
        next: outcome.next,
        effects: outcome.effects,
      };
    }
  }
}

function scoreInteraction(
  s: Scenario,
  nodeId: string,
  node: InteractionNode,
  entry: StepEntry,
): { ok: true; items: ScoredItem[]; metrics: Metrics } | { ok: false; error: StepError } {
  if (node.kind === 'triage') {
    if (entry.kind !== 'triage')
      return wrongKind(nodeId, node, entry) as { ok: false; error: StepError };
    const missing = node.casualties.filter((c) => !hasOwn(entry.tags, c));
    if (missing.length)
      return { ok: false, error: { kind: 'incomplete-response', node: nodeId, missing } };
    return { ok: true, ...scoreTriage(nodeId, node, s.casualties ?? {}, entry.tags) };
  }
  if (node.kind === 'dispersion') {
    if (entry.kind !== 'dispersion')
      return wrongKind(nodeId, node, entry) as { ok: false; error: StepError };
    const missing = node.survivors.filter(
      (id) => !node.hospitals.includes(own(entry.placements, id) ?? ''),
    );
    if (missing.length)
      return { ok: false, error: { kind: 'incomplete-response', node: nodeId, missing } };
    return {
      ok: true,
      ...scoreDispersion(nodeId, node, s.survivors ?? {}, s.hospitals ?? {}, entry.placements),
    };
  }
  if (entry.kind !== 'interview')
    return wrongKind(nodeId, node, entry) as { ok: false; error: StepError };
  const unknown = entry.questions.filter((q) => !node.questions.includes(q));
  const min = node.minQuestions ?? 1;
  if (
    unknown.length ||
    entry.questions.length < min ||
    (node.maxQuestions && entry.questions.length > node.maxQuestions)
  )
    return { ok: false, error: { kind: 'incomplete-response', node: nodeId, missing: unknown } };
  return {
    ok: true,
    ...scoreInterview(nodeId, node, s.facts ?? {}, s.questions ?? {}, entry.questions),
  };
}

/** The ending as a scored item: a path that ends early through bad choices cannot score full marks. */
export function endingItem(nodeId: string, rating: Rating): ScoredItem {
  const quality = rating === 'good' ? 'best' : rating === 'mixed' ? 'acceptable' : 'poor';
  return {
    id: 'ending',
    node: nodeId,
    kind: 'ending',
    response: rating,
    quality,
    points: QUALITY_POINTS[quality],
    weight: 1,
    critical: false,
    guidelines: [],
  };
}
