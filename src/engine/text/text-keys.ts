import type { Scenario } from '../schema/scenario.ts';

/**
 * Scenario text keys are derived from ids, never written by hand (DESIGN §3). Each returns a
 * dotted path into `scenarios/<id>/locales/<lang>.json`.
 */
export const textKeys = {
  title: () => 'title',
  summary: () => 'summary',
  goal: (goalId: string) => `goals.${goalId}`,
  nodeTitle: (nodeId: string) => `nodes.${nodeId}.title`,
  nodeText: (nodeId: string) => `nodes.${nodeId}.text`,
  choiceText: (nodeId: string, choiceId: string) => `nodes.${nodeId}.choices.${choiceId}.text`,
  choiceFeedback: (nodeId: string, choiceId: string) =>
    `nodes.${nodeId}.choices.${choiceId}.feedback`,
  casualtyLabel: (id: string) => `casualties.${id}.label`,
  casualtyDescription: (id: string) => `casualties.${id}.description`,
  survivorLabel: (id: string) => `survivors.${id}.label`,
  survivorDescription: (id: string) => `survivors.${id}.description`,
  hospitalLabel: (id: string) => `hospitals.${id}.label`,
  hospitalDescription: (id: string) => `hospitals.${id}.description`,
  factText: (id: string) => `facts.${id}.text`,
  questionText: (id: string) => `questions.${id}.text`,
  agency: (id: string) => `agencies.${id}`,
} as const;

/** Every key a scenario needs in each language: the validator fails on any one missing. */
export function requiredTextKeys(s: Scenario): string[] {
  const keys = [textKeys.title(), textKeys.summary(), ...s.goals.map(textKeys.goal)];
  for (const [nodeId, node] of Object.entries(s.nodes)) {
    keys.push(textKeys.nodeText(nodeId));
    if (node.kind === 'ending') keys.push(textKeys.nodeTitle(nodeId));
    if (node.kind === 'decision')
      for (const c of node.choices)
        keys.push(textKeys.choiceText(nodeId, c.id), textKeys.choiceFeedback(nodeId, c.id));
  }
  for (const id of Object.keys(s.casualties ?? {}))
    keys.push(textKeys.casualtyLabel(id), textKeys.casualtyDescription(id));
  for (const id of Object.keys(s.survivors ?? {}))
    keys.push(textKeys.survivorLabel(id), textKeys.survivorDescription(id));
  for (const id of Object.keys(s.hospitals ?? {}))
    keys.push(textKeys.hospitalLabel(id), textKeys.hospitalDescription(id));
  for (const id of Object.keys(s.facts ?? {})) keys.push(textKeys.factText(id));
  for (const id of Object.keys(s.questions ?? {})) keys.push(textKeys.questionText(id));
  const agencies = new Set(
    Object.values(s.facts ?? {}).flatMap((f) => (f.onRecord ? [f.onRecord] : [])),
  );
  for (const a of agencies) keys.push(textKeys.agency(a));
  return keys;
}

/** Reads a dotted key from a nested locale object. */
export function lookupText(locale: unknown, key: string): string | undefined {
  let cur: unknown = locale;
  for (const part of key.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'string' ? cur : undefined;
}
