import type { Scenario, TriageTag } from '../schema/scenario.ts';
import { TRIAGE_TAGS } from '../schema/enums.ts';
import { bestPlacement } from '../rules/dispersion.ts';
import { bestInterviewPlan } from '../rules/interview-record.ts';
import { classifyCasualty } from '../rules/triage-start.ts';
import { availableChoices, type PlayState } from './advance.ts';
import type { StepEntry } from './decision-log.ts';
import { own } from '../own.ts';

/** The response the rules rate best at the current node (for the best path and the debrief). */
export function bestResponse(s: Scenario, state: PlayState, at = 0): StepEntry | undefined {
  const nodeId = state.node;
  const node = own(s.nodes, nodeId);
  switch (node?.kind) {
    case undefined:
    case 'ending':
      return undefined;
    case 'narrative':
      return { kind: 'continue', node: nodeId, at };
    case 'decision': {
      const best = availableChoices(s, state).find((c) => c.quality === 'best');
      return best ? { kind: 'choose', node: nodeId, choice: best.id, at } : undefined;
    }
    case 'triage':
      return { kind: 'triage', node: nodeId, tags: bestTags(s, node.casualties), at };
    case 'dispersion': {
      const placements = bestPlacement(node, s.survivors ?? {}, s.hospitals ?? {});
      return placements ? { kind: 'dispersion', node: nodeId, placements, at } : undefined;
    }
    case 'interview':
      return {
        kind: 'interview',
        node: nodeId,
        questions: bestInterviewPlan(node, s.facts ?? {}, s.questions ?? {}),
        at,
      };
  }
}

function bestTags(s: Scenario, ids: string[]): Record<string, TriageTag> {
  return Object.fromEntries(ids.map((id) => [id, classifyCasualty(s.casualties![id]!).tag]));
}

/**
 * A finite set of responses that stands for everything a trainee can do at a node: every
 * available choice; at an interaction, the best answer and every single-item deviation from it.
 * Path analysis and path tests walk these.
 */
export function representativeResponses(s: Scenario, state: PlayState): StepEntry[] {
  const nodeId = state.node;
  const node = own(s.nodes, nodeId);
  if (!node || node.kind === 'ending') return [];
  if (node.kind === 'narrative') return [{ kind: 'continue', node: nodeId, at: 0 }];
  if (node.kind === 'decision')
    return availableChoices(s, state).map((c) => ({
      kind: 'choose',
      node: nodeId,
      choice: c.id,
      at: 0,
    }));
  const best = bestResponse(s, state);
  const out: StepEntry[] = best ? [best] : [];
  if (node.kind === 'triage') {
    const tags = bestTags(s, node.casualties);
    for (const id of node.casualties)
      for (const tag of TRIAGE_TAGS)
        if (tag !== tags[id])
          out.push({ kind: 'triage', node: nodeId, tags: { ...tags, [id]: tag }, at: 0 });
  } else if (node.kind === 'dispersion') {
    const base =
      best?.kind === 'dispersion'
        ? best.placements
        : Object.fromEntries(node.survivors.map((id) => [id, node.hospitals[0]!]));
    for (const id of node.survivors)
      for (const h of node.hospitals)
        if (h !== base[id])
          out.push({ kind: 'dispersion', node: nodeId, placements: { ...base, [id]: h }, at: 0 });
  } else {
    const plan = best?.kind === 'interview' ? best.questions : [];
    const max = node.maxQuestions ?? node.questions.length;
    for (const q of node.questions) {
      out.push({ kind: 'interview', node: nodeId, questions: [q], at: 0 });
      if (!plan.includes(q) && plan.length < max)
        out.push({ kind: 'interview', node: nodeId, questions: [...plan, q], at: 0 });
      if (plan.includes(q) && plan.length > 1)
        out.push({
          kind: 'interview',
          node: nodeId,
          questions: plan.filter((x) => x !== q),
          at: 0,
        });
    }
  }
  return out;
}

/**
 * A uniformly random answer at the current node (path tests, benchmarks): any available choice,
 * any tag, any hospital, any number of questions between the board's minimum and maximum.
 */
export function randomResponse(
  s: Scenario,
  state: PlayState,
  rand: () => number,
  at = 0,
): StepEntry | undefined {
  const node = own(s.nodes, state.node);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  switch (node?.kind) {
    case undefined:
    case 'ending':
      return undefined;
    case 'narrative':
      return { kind: 'continue', node: state.node, at };
    case 'decision':
      return { kind: 'choose', node: state.node, choice: pick(availableChoices(s, state)).id, at };
    case 'triage':
      return {
        kind: 'triage',
        node: state.node,
        tags: Object.fromEntries(node.casualties.map((c) => [c, pick(TRIAGE_TAGS)])),
        at,
      };
    case 'dispersion':
      return {
        kind: 'dispersion',
        node: state.node,
        placements: Object.fromEntries(node.survivors.map((x) => [x, pick(node.hospitals)])),
        at,
      };
    case 'interview': {
      const min = node.minQuestions ?? 1;
      const count =
        min + Math.floor(rand() * ((node.maxQuestions ?? node.questions.length) - min + 1));
      const shuffled = [...node.questions];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      return { kind: 'interview', node: state.node, questions: shuffled.slice(0, count), at };
    }
  }
}
