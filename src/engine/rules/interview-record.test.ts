import { describe, expect, it } from 'vitest';
import type { Fact, InterviewNode, Question } from '../schema/scenario';
import { bestInterviewPlan, scoreInterview } from './interview-record';

const node: InterviewNode = {
  kind: 'interview',
  facts: ['name', 'time', 'guards', 'extra'],
  questions: ['open', 'name-again', 'mixed', 'leading', 'closed'],
  guidelines: { default: ['PEACE-E'], 're-ask': ['TIP-NODOUBLE'], leading: ['NICHD-OPEN'] },
  outcomes: [{ next: 'x' }],
};
const facts: Record<string, Fact> = {
  name: { onRecord: 'fiscalia' },
  time: {},
  guards: {},
  extra: { needed: false },
};
const questions: Record<string, Question> = {
  open: { asks: ['time', 'guards'], type: 'open' },
  'name-again': { asks: ['name'], type: 'closed' },
  mixed: { asks: ['name', 'time'], type: 'open' },
  leading: { asks: ['guards'], type: 'leading' },
  closed: { asks: ['time'], type: 'closed' },
  blame: { asks: ['guards'], type: 'blaming' },
};
const plan = (qs: string[]) => scoreInterview('i', node, facts, questions, qs);

describe('facts-on-record rule', () => {
  it('an open question for new facts is best, and covers them', () => {
    const r = plan(['open']);
    expect(r.items.map((i) => [i.id, i.quality])).toEqual([
      ['i/open', 'best'],
      ['i/fact:time', 'best'],
      ['i/fact:guards', 'best'],
    ]);
    expect(r.metrics).toMatchObject({ retold: 0, factsMissing: 0 });
  });
  it('asking again only for what is on record is poor and counts as a retelling', () => {
    const r = plan(['open', 'name-again']);
    expect(r.items.find((i) => i.id === 'i/name-again')).toMatchObject({
      quality: 'poor',
      guidelines: ['TIP-NODOUBLE', 'PEACE-E'],
    });
    expect(r.metrics).toMatchObject({ reAsked: 1, factsReAsked: 1, retold: 1 });
  });
  it('a question that also asks something new is acceptable', () => {
    expect(plan(['mixed', 'open']).items.find((i) => i.id === 'i/mixed')?.quality).toBe(
      'acceptable',
    );
  });
  it('a question that blames the survivor is harmful and a critical error, citing its own guidelines', () => {
    const blamingNode: InterviewNode = {
      ...node,
      questions: [...node.questions, 'blame'],
      guidelines: { ...node.guidelines, blaming: ['LGV-BUENAFE'] },
    };
    const r = scoreInterview('i', blamingNode, facts, questions, ['open', 'blame']);
    expect(r.items.find((i) => i.id === 'i/blame')).toMatchObject({
      quality: 'harmful',
      points: 0,
      critical: true,
      guidelines: ['LGV-BUENAFE'],
      reason: 'blaming',
    });
    expect(r.items.find((i) => i.id === 'i/open')?.critical).toBe(false);
    expect(r.metrics).toMatchObject({ blaming: 1, criticalItems: 1, leading: 0 });
  });
  it('leading is poor, closed is acceptable', () => {
    const r = plan(['leading', 'closed']);
    expect(r.items.find((i) => i.id === 'i/leading')).toMatchObject({
      quality: 'poor',
      guidelines: ['NICHD-OPEN'],
    });
    expect(r.items.find((i) => i.id === 'i/closed')?.quality).toBe('acceptable');
  });
  it('each needed fact left out is a poor coverage item; optional facts are not scored', () => {
    const r = plan(['closed']);
    expect(r.items.filter((i) => i.kind === 'coverage').map((i) => [i.id, i.quality])).toEqual([
      ['i/fact:time', 'best'],
      ['i/fact:guards', 'poor'],
    ]);
    expect(r.metrics.factsMissing).toBe(1);
  });
  it('the best plan is the open questions that ask nothing on record', () => {
    expect(bestInterviewPlan(node, facts, questions)).toEqual(['open']);
  });
});
