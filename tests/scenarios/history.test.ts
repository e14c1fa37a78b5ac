/**
 * Older attempts re-score against the version they were played on (issue 13, DESIGN §8.4): every
 * file in a module's history/ still parses, plays to a good ending on its own best path, and a
 * decision recorded under an older version keeps that version's verdict.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { advance, initialState, type PlayState } from '../../src/engine/attempt/advance';
import type { StepEntry } from '../../src/engine/attempt/decision-log';
import { bestResponse } from '../../src/engine/attempt/responses';
import { parseScenario } from '../../src/engine/load/parse-scenario';
import type { Scenario } from '../../src/engine/schema/scenario';
import { scoreState } from '../../src/engine/scoring/score-attempt';
import { SCENARIOS_DIR, loadAll } from '../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../fixtures/catalogue';

const opts = (s: Scenario) => ({ passMark: s.passMark ?? 0.8, dimensionOf: guidelineDimension });

function play(s: Scenario, first: StepEntry[] = []): PlayState {
  let state = initialState(s);
  for (const e of first) {
    const r = advance(s, state, e);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    state = r.state;
  }
  for (let i = 0; i < 400 && !state.ended; i++) {
    const r = advance(s, state, bestResponse(s, state)!);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    state = r.state;
  }
  return state;
}

function history(id: string): Scenario[] {
  const dir = join(SCENARIOS_DIR, id, 'history');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => {
      const parsed = parseScenario(n, readFileSync(join(dir, n), 'utf8'));
      if (!parsed.ok) throw new Error(`${id}/history/${n} does not parse`);
      return parsed.value;
    });
}

const current = new Map(loadAll().scenarios.map((l) => [l.id, l.scenario!]));

const versions = [...current.keys()].flatMap((id) =>
  history(id).map((old) => [id, old.version, old] as const),
);

describe.each(versions)('%s history/%i.json', (id, _version, old) => {
  it('is older than the current file and still plays its best path to a good ending, full marks', () => {
    expect(old.version).toBeLessThan(current.get(id)!.version);
    const score = scoreState(old, play(old), opts(old));
    expect(score.ending?.rating).toBe('good');
    expect(score.score).toBe(1);
  });
});

describe('a decision keeps the verdict of the version it was played on', () => {
  const choose = (node: string, choice: string): StepEntry => ({
    kind: 'choose',
    node,
    choice,
    at: 0,
  });
  it('sample v1 rated holding everyone for the investigators acceptable; v2 rates it a critical breach', () => {
    const v1 = history('sample-first-hour').find((h) => h.version === 1)!;
    const v2 = current.get('sample-first-hour')!;
    const wait = [choose('arrival', 'wait-for-investigators')];
    const old = scoreState(v1, play(v1, wait), opts(v1));
    const now = scoreState(v2, play(v2, wait), opts(v2));
    expect(old.criticalErrors).toEqual([]);
    expect(now.criticalErrors.length).toBeGreaterThan(0);
    expect(now.passed).toBe(false);
  });
});
