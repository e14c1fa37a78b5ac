import type { Scenario } from '../../engine/schema/scenario';
import { textKeys } from '../../engine/text/text-keys';

/** The text keys one node shows a trainee, in the order the player shows them. */
export function nodeTextKeys(s: Scenario, nodeId: string): string[] {
  const node = Object.hasOwn(s.nodes, nodeId) ? s.nodes[nodeId] : undefined;
  if (!node) return [];
  const keys: string[] = [];
  if (node.kind === 'ending') keys.push(textKeys.nodeTitle(nodeId));
  keys.push(textKeys.nodeText(nodeId));
  switch (node.kind) {
    case 'decision':
      for (const c of node.choices)
        keys.push(textKeys.choiceText(nodeId, c.id), textKeys.choiceFeedback(nodeId, c.id));
      break;
    case 'triage':
      for (const id of node.casualties)
        keys.push(textKeys.casualtyLabel(id), textKeys.casualtyDescription(id));
      break;
    case 'dispersion':
      for (const id of node.survivors)
        keys.push(textKeys.survivorLabel(id), textKeys.survivorDescription(id));
      for (const id of Object.keys(s.hospitals ?? {}))
        keys.push(textKeys.hospitalLabel(id), textKeys.hospitalDescription(id));
      break;
    case 'interview':
      for (const id of node.questions) keys.push(textKeys.questionText(id));
      break;
  }
  return keys;
}
