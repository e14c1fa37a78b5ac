import type { Casualty, Quality, TriageNode, TriageTag } from '../schema/scenario.ts';
import { QUALITY_POINTS, type ScoredItem } from '../scoring/scored-item.ts';
import { classifyCasualty } from './triage-start.ts';
import { own } from '../own.ts';

export type TriageMetrics = {
  correct: number;
  mistagged: number;
  underTriaged: number;
  underTriagedRed: number;
  overTriaged: number;
  criticalItems: number;
};

const LEVEL: Record<Exclude<TriageTag, 'black'>, number> = { green: 0, yellow: 1, red: 2 };

/** How far a given tag is from the algorithm's, and what that costs the casualty or the others. */
export function judgeTag(
  expected: TriageTag,
  given: TriageTag,
): { quality: Quality; reason?: string; critical: boolean } {
  if (expected === given) return { quality: 'best', critical: false };
  // A living person left as dead, or an Immediate casualty left to wait: the errors that kill.
  if (given === 'black') return { quality: 'harmful', reason: 'live-tagged-black', critical: true };
  if (expected === 'red') return { quality: 'harmful', reason: 'under-triage-red', critical: true };
  // Resources spent on someone the algorithm says cannot be saved now (START-APNEA, JS-NOEMOTION).
  if (expected === 'black') return { quality: 'poor', reason: 'over-triage', critical: false };
  const gap = LEVEL[given] - LEVEL[expected];
  if (gap < 0) return { quality: 'poor', reason: 'under-triage', critical: false };
  return gap === 1
    ? { quality: 'acceptable', reason: 'over-triage', critical: false }
    : { quality: 'poor', reason: 'over-triage', critical: false };
}

const emptyMetrics = (): TriageMetrics => ({
  correct: 0,
  mistagged: 0,
  underTriaged: 0,
  underTriagedRed: 0,
  overTriaged: 0,
  criticalItems: 0,
});

/** One casualty tagged: the item, with the classifier's rule and the catalogue ids it rests on. */
export function triageItem(
  nodeId: string,
  node: TriageNode,
  id: string,
  casualty: Casualty,
  given: TriageTag,
): ScoredItem {
  const expected = classifyCasualty(casualty);
  const verdict = judgeTag(expected.tag, given);
  const childUpgrade =
    verdict.reason === 'over-triage' && expected.tool === 'JumpSTART' ? ['JS-NOEMOTION'] : [];
  const toolChoice = expected.tool === 'JumpSTART' || casualty.age < 18 ? ['JS-AGE'] : [];
  return {
    id: `${nodeId}/${id}`,
    node: nodeId,
    kind: 'casualty',
    response: given,
    expected: expected.tag,
    quality: verdict.quality,
    points: QUALITY_POINTS[verdict.quality],
    weight: 1,
    critical: verdict.critical,
    guidelines: unique([expected.rule, ...toolChoice, ...childUpgrade, ...(node.guidelines ?? [])]),
    ...(verdict.reason ? { reason: verdict.reason } : {}),
  };
}

/** Adds one item to the board's metrics. A red casualty tagged anything else counts as under-triaged red. */
export function countTriageItem(m: TriageMetrics, item: ScoredItem): void {
  if (item.quality === 'best') m.correct += 1;
  else m.mistagged += 1;
  if (
    item.reason === 'under-triage' ||
    item.reason === 'under-triage-red' ||
    item.reason === 'live-tagged-black'
  )
    m.underTriaged += 1;
  if (item.expected === 'red' && item.response !== 'red') m.underTriagedRed += 1;
  if (item.reason === 'over-triage') m.overTriaged += 1;
  if (item.critical) m.criticalItems += 1;
}

/** Scores every casualty on a triage board against START / JumpSTART. */
export function scoreTriage(
  nodeId: string,
  node: TriageNode,
  casualties: Record<string, Casualty>,
  tags: Record<string, TriageTag>,
): { items: ScoredItem[]; metrics: TriageMetrics } {
  const metrics = emptyMetrics();
  const items = node.casualties.map((id) => {
    const casualty = casualties[id];
    if (!casualty) throw new Error(`unknown casualty ${id}`);
    const item = triageItem(nodeId, node, id, casualty, own(tags, id) ?? 'green');
    countTriageItem(metrics, item);
    return item;
  });
  return { items, metrics };
}

export { emptyMetrics as emptyTriageMetrics };

export const unique = <T>(xs: T[]): T[] => [...new Set(xs)];
