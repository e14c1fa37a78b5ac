/**
 * A small cohort whose figures are worked out by hand in aggregate-cohort.test.ts: three trainees,
 * two modules, one decision point `d1` in m1 (best `b`, acceptable `a`, harmful critical `x`).
 */
import type { AttemptSummary, ItemSummary } from '../records/attempt-summary';

const d1 = (response: string): ItemSummary => {
  const quality = ({ b: 'best', a: 'acceptable', x: 'harmful' } as const)[response]!;
  return {
    id: 'd1',
    node: 'd1',
    kind: 'choice',
    response,
    quality,
    critical: response === 'x',
    guidelines: response === 'x' ? ['G-HARM'] : ['G-OK'],
  };
};

export function attempt(
  over: Partial<AttemptSummary> & Pick<AttemptSummary, 'attemptId'>,
): AttemptSummary {
  return {
    learnerId: 'L-A',
    pseudonym: 'Ana',
    role: 'paramedic',
    mode: 'assessed',
    feedback: 'end',
    assignmentId: 'as-1',
    cohort: 'Grupo 1',
    languages: ['es-MX'],
    scenarioId: 'm1',
    scenarioVersion: 1,
    startedAt: '2026-12-01T10:00:00.000Z',
    endedAt: '2026-12-01T10:30:00.000Z',
    source: 'result-file',
    ended: true,
    passed: false,
    score: 0,
    passMark: 0.8,
    criticalCount: 0,
    byDimension: {},
    byGuideline: {},
    measures: {},
    items: [],
    hashMatches: true,
    ...over,
  };
}

const ana = { learnerId: 'L-A', pseudonym: 'Ana', role: 'paramedic' } as const;
const beto = { learnerId: 'L-B', pseudonym: 'Beto', role: 'military' } as const;
const caro = { learnerId: 'L-C', pseudonym: 'Caro', role: 'paramedic' } as const;

export const DUE = Date.parse('2026-12-10T23:59:59.000Z');

export const handCohort: AttemptSummary[] = [
  attempt({
    ...ana,
    attemptId: 'a1',
    score: 0.6,
    criticalCount: 1,
    items: [d1('x')],
    byDimension: { safety: { earned: 1, available: 3 } },
    measures: { timesRecounted: 3 },
  }),
  attempt({
    ...ana,
    attemptId: 'a2',
    startedAt: '2026-12-02T10:00:00.000Z',
    endedAt: '2026-12-02T10:30:00.000Z',
    score: 0.9,
    passed: true,
    items: [d1('b')],
    byDimension: { safety: { earned: 2.5, available: 3 } },
    measures: { timesRecounted: 1 },
    languages: ['es-MX', 'en'],
  }),
  attempt({
    ...ana,
    attemptId: 'a3',
    scenarioId: 'm2',
    startedAt: '2026-12-11T09:00:00.000Z',
    endedAt: '2026-12-11T09:40:00.000Z',
    score: 0.85,
    passed: true,
  }),
  attempt({
    ...beto,
    attemptId: 'b1',
    score: 0.7,
    items: [d1('a')],
    byDimension: { safety: { earned: 1.5, available: 3 } },
    languages: ['en'],
    mode: 'practice',
    feedback: 'immediate',
  }),
  attempt({
    ...beto,
    attemptId: 'b2',
    scenarioId: 'm2',
    startedAt: '2026-12-03T10:00:00.000Z',
    endedAt: undefined,
    ended: false,
    score: 0.25,
    mode: 'practice',
  }),
  attempt({
    ...caro,
    attemptId: 'c1',
    startedAt: '2026-12-04T10:00:00.000Z',
    endedAt: '2026-12-04T10:20:00.000Z',
    score: 1,
    passed: true,
    items: [d1('b')],
    byDimension: { safety: { earned: 3, available: 3 } },
    claimedScore: 0.5,
    hashMatches: false,
  }),
];
