import { describe, expect, it } from 'vitest';
import { twoDecisions, guidelineDimension } from '../../tests/fixtures/tiny-scenarios';
import type { AttemptRecord } from '../records/attempt-record';
import { buildResultFile } from '../records/result-file';
import { readCohortFiles } from './read-cohort-files';

const scenarios = {
  atVersion: async (id: string, v: number) =>
    id === 'two-decisions' && v === 1 ? twoDecisions : undefined,
  has: (id: string) => id === 'two-decisions',
};
const rec = (attemptId: string, over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  recordVersion: 2,
  attemptId,
  learner: { id: `L-${attemptId}`, pseudonym: 'Garza', role: 'paramedic' },
  mode: 'assessed',
  feedback: 'end',
  assignment: { id: 'as-1', cohort: 'G1' },
  languages: ['es-MX'],
  passMark: 0.8,
  scenario: { id: 'two-decisions', version: 1, hash: 'h' },
  seed: 1,
  startedAt: '2026-12-01T10:00:00.000Z',
  endedAt: '2026-12-01T10:10:00.000Z',
  log: [
    { kind: 'choose', node: 'greet', choice: 'calm', at: 1 },
    { kind: 'choose', node: 'ask', choice: 'wait', at: 2 },
    { kind: 'continue', node: 'wrap', at: 3 },
  ],
  ...over,
});
const file = (name: string, attempts: unknown[]) => ({
  name,
  text: JSON.stringify({ ...buildResultFile([], '2026-12-01T11:00:00.000Z'), attempts }),
});

describe('reading result files into a cohort', () => {
  it('counts good attempts and lists every file or attempt not counted with its reason', async () => {
    const { counted, refused } = await readCohortFiles(
      [
        file('good.json', [rec('a'), rec('b')]),
        file('again.json', [rec('a')]),
        { name: 'notes.txt', text: 'hola' },
        { name: 'h5p.json', text: '{"kind":"h5p"}' },
        file('empty.json', []),
        file('newer.json', [{ ...rec('n'), recordVersion: 9 }]),
        file('field.json', [{ ...rec('f'), learner: { pseudonym: 'x', role: 'paramedic' } }]),
        file('other.json', [rec('o', { assignment: { id: 'as-2' } })]),
        file('unknown.json', [rec('u', { scenario: { id: 'nope', version: 1, hash: 'h' } })]),
        file('old.json', [rec('v', { scenario: { id: 'two-decisions', version: 7, hash: 'h' } })]),
        file('log.json', [
          rec('l', { log: [{ kind: 'choose', node: 'greet', choice: 'fly', at: 1 }] }),
        ]),
      ],
      { scenarios, dimensionOf: guidelineDimension, assignmentId: 'as-1' },
    );
    expect(counted.map((c) => [c.file, c.record.attemptId, c.summary.score])).toEqual([
      ['good.json', 'a', 1],
      ['good.json', 'b', 1],
    ]);
    expect(refused).toEqual([
      { file: 'again.json', reason: { kind: 'duplicate', attempt: 1, attemptId: 'a' } },
      { file: 'notes.txt', reason: { kind: 'not-json' } },
      { file: 'h5p.json', reason: { kind: 'foreign' } },
      { file: 'empty.json', reason: { kind: 'empty' } },
      { file: 'newer.json', reason: { kind: 'newer-record', attempt: 1 } },
      {
        file: 'field.json',
        reason: {
          kind: 'invalid-field',
          attempt: 1,
          path: 'learner.id',
          detail: 'should be string',
        },
      },
      {
        file: 'other.json',
        reason: { kind: 'other-assignment', attempt: 1, assignmentId: 'as-2' },
      },
      {
        file: 'unknown.json',
        reason: { kind: 'unknown-scenario', attempt: 1, scenarioId: 'nope' },
      },
      {
        file: 'old.json',
        reason: { kind: 'unknown-version', attempt: 1, scenarioId: 'two-decisions', version: 7 },
      },
      {
        file: 'log.json',
        reason: { kind: 'log-does-not-fit', attempt: 1, detail: expect.stringMatching(/entry 1/) },
      },
    ]);
  });

  it('an attempt already in the cohort is a duplicate; a loose cohort takes any assignment', async () => {
    const { counted, refused } = await readCohortFiles(
      [file('x.json', [rec('a'), rec('o', { assignment: { id: 'as-2' } })])],
      { scenarios, dimensionOf: guidelineDimension, known: new Set(['a']) },
    );
    expect(counted.map((c) => c.record.attemptId)).toEqual(['o']);
    expect(refused.map((r) => r.reason.kind)).toEqual(['duplicate']);
  });
});
