import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildResultFile, parseResultFile } from './result-file';
import { rescore } from './rescore';
import type { AttemptRecord } from './attempt-record';
import type { Scenario } from '../engine/schema/scenario';
import { structureHash } from '../engine/attempt/structure-hash';
import { guidelineDimension } from '../../tests/fixtures/catalogue';

const scenario: Scenario = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '../../scenarios/sample-first-hour/scenario.json'),
    'utf8',
  ),
);
const source = {
  atVersion: async (id: string, v: number) =>
    id === scenario.id && v === 1 ? scenario : undefined,
  has: (id: string) => id === scenario.id,
};
const attempt: AttemptRecord = {
  recordVersion: 2,
  attemptId: 'x',
  learner: { id: 'learner-1', pseudonym: 'Garza', role: 'prosecutor' },
  mode: 'assessed',
  feedback: 'end',
  assignment: { id: 'asg-1', cohort: 'Reynosa 2026' },
  languages: ['es-MX', 'en'],
  passMark: 0.8,
  scenario: { id: scenario.id, version: 1, hash: structureHash(scenario) },
  seed: 3,
  startedAt: '2026-11-27T10:00:00.000Z',
  log: [{ kind: 'choose', node: 'arrival', choice: 'line-up-for-id', at: 1 }],
  claimed: { score: 1, passed: true },
};

describe('result file', () => {
  it('round-trips attempts through JSON', () => {
    const text = JSON.stringify(buildResultFile([attempt], '2026-11-27T12:00:00.000Z'));
    expect(parseResultFile(text)).toEqual({ ok: true, attempts: [attempt] });
  });

  it('refuses a corrupt, foreign, empty or newer file with the reason', () => {
    expect(parseResultFile('{oops')).toMatchObject({ ok: false, error: { kind: 'not-json' } });
    expect(parseResultFile('{"kind":"h5p"}')).toMatchObject({
      ok: false,
      error: { kind: 'foreign' },
    });
    expect(parseResultFile('{"kind":"acompana.result","attempts":[]}')).toMatchObject({
      ok: false,
      error: { kind: 'empty' },
    });
    const newer = JSON.stringify({
      kind: 'acompana.result',
      attempts: [{ ...attempt, recordVersion: 9 }],
    });
    const r = parseResultFile(newer);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.kind === 'invalid-attempt')
      expect(r.error.issues[0]?.message).toMatch(/newer version of Acompaña/);
  });

  it('ignores a forged score: the import recomputes it from the log', async () => {
    const r = await rescore(attempt, source, guidelineDimension);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.score.criticalErrors).toHaveLength(1);
      expect(r.score.passed).toBe(false);
      expect(r.score.score).toBe(0);
      expect(r.hashMatches).toBe(true);
    }
  });

  it('says when the module or its version is not available to re-score', async () => {
    expect(
      await rescore(
        { ...attempt, scenario: { ...attempt.scenario, version: 9 } },
        source,
        guidelineDimension,
      ),
    ).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(
      await rescore(
        { ...attempt, scenario: { ...attempt.scenario, id: 'other' } },
        source,
        guidelineDimension,
      ),
    ).toMatchObject({ ok: false, reason: 'unknown-scenario' });
  });
});
