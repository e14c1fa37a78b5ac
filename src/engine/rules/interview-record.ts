import type { Fact, InterviewNode, Quality, Question } from '../schema/scenario.ts';
import { QUALITY_POINTS, worstQuality, type ScoredItem } from '../scoring/scored-item.ts';
import { citeRules } from './cite-rules.ts';

export type InterviewMetrics = {
  questions: number;
  open: number;
  closed: number;
  leading: number;
  /** Questions that blame the survivor: each one is a critical error. */
  blaming: number;
  /** Chosen questions that ask for at least one fact already on record. */
  reAsked: number;
  /** Distinct on-record facts asked again. */
  factsReAsked: number;
  /** 1 when the plan makes the survivor tell again something another agency already has. */
  retold: number;
  factsCovered: number;
  factsMissing: number;
  criticalItems: number;
};

type Rule = 're-ask' | 'leading' | 'blaming' | 'closed' | 'coverage';

/**
 * The facts-on-record rule (LGV non-revictimization, WHO 2003, PEACE): a plan should get every
 * needed fact that no agency holds yet, with open questions, and not ask again for what is on
 * record. Each chosen question is an item; each needed fact not on record is a coverage item.
 */
export function scoreInterview(
  nodeId: string,
  node: InterviewNode,
  facts: Record<string, Fact>,
  questions: Record<string, Question>,
  chosen: string[],
): { items: ScoredItem[]; metrics: InterviewMetrics } {
  const picked = node.questions.filter((q) => chosen.includes(q));
  const asked = new Set<string>();
  const reAskedFacts = new Set<string>();
  const metrics: InterviewMetrics = {
    questions: picked.length,
    open: 0,
    closed: 0,
    leading: 0,
    blaming: 0,
    reAsked: 0,
    factsReAsked: 0,
    retold: 0,
    factsCovered: 0,
    factsMissing: 0,
    criticalItems: 0,
  };
  const cite = (rules: Rule[]) => citeRules(node.guidelines, rules);

  const questionItems = picked.map((qId): ScoredItem => {
    const q = questions[qId];
    if (!q) throw new Error(`unknown question ${qId}`);
    metrics[q.type] += 1;
    const onRecord = q.asks.filter((f) => facts[f]?.onRecord);
    q.asks.forEach((f) => asked.add(f));
    onRecord.forEach((f) => reAskedFacts.add(f));
    const breaches: { rule: Rule; quality: Quality }[] = [];
    if (onRecord.length) {
      metrics.reAsked += 1;
      breaches.push({
        rule: 're-ask',
        quality: onRecord.length === q.asks.length ? 'poor' : 'acceptable',
      });
    }
    if (q.type === 'leading') breaches.push({ rule: 'leading', quality: 'poor' });
    // Blaming the survivor is a breach in itself, whatever it asks (LGV good faith, no criminalisation).
    if (q.type === 'blaming') breaches.push({ rule: 'blaming', quality: 'harmful' });
    if (q.type === 'closed') breaches.push({ rule: 'closed', quality: 'acceptable' });
    const quality = breaches.reduce<Quality>((acc, b) => worstQuality(acc, b.quality), 'best');
    const rules = breaches.map((b) => b.rule);
    const critical = quality === 'harmful';
    if (critical) metrics.criticalItems += 1;
    return {
      id: `${nodeId}/${qId}`,
      node: nodeId,
      kind: 'question',
      response: qId,
      quality,
      points: QUALITY_POINTS[quality],
      weight: 1,
      critical,
      guidelines: cite(rules),
      ...(rules.length ? { reason: rules.join(' ') } : {}),
    };
  });

  const coverageItems = node.facts
    .filter((f) => !facts[f]?.onRecord && facts[f]?.needed !== false)
    .map((fId): ScoredItem => {
      const covered = asked.has(fId);
      if (covered) metrics.factsCovered += 1;
      else metrics.factsMissing += 1;
      const quality: Quality = covered ? 'best' : 'poor';
      return {
        id: `${nodeId}/fact:${fId}`,
        node: nodeId,
        kind: 'coverage',
        response: covered ? 'covered' : 'missing',
        quality,
        points: QUALITY_POINTS[quality],
        weight: 1,
        critical: false,
        guidelines: cite(covered ? [] : ['coverage']),
        ...(covered ? {} : { reason: 'coverage' }),
      };
    });

  metrics.factsReAsked = reAskedFacts.size;
  metrics.retold = reAskedFacts.size > 0 ? 1 : 0;
  return { items: [...questionItems, ...coverageItems], metrics };
}

/** The ideal plan: open or closed questions covering every needed new fact, asking nothing on record. */
export function bestInterviewPlan(
  node: InterviewNode,
  facts: Record<string, Fact>,
  questions: Record<string, Question>,
): string[] {
  return node.questions.filter((qId) => {
    const q = questions[qId];
    return q && q.type === 'open' && q.asks.every((f) => !facts[f]?.onRecord);
  });
}
