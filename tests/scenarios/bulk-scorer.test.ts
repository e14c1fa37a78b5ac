import { describe, expect, it } from 'vitest';
import { advance, initialState } from '../../src/engine/attempt/advance';
import { randomResponse } from '../../src/engine/attempt/responses';
import type { LogEntry } from '../../src/engine/attempt/decision-log';
import { mulberry32 } from '../../src/engine/attempt/order-choices';
import type { Scenario } from '../../src/engine/schema/scenario';
import { DIMENSIONS } from '../../src/engine/schema/dimensions';
import { createBulkScorer } from '../../src/engine/scoring/bulk-scorer';
import { scoreAttempt } from '../../src/engine/scoring/score-attempt';
import { loadAll } from '../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../fixtures/catalogue';

const rand = mulberry32(7);

function walk(s: Scenario, stopEarly: boolean): LogEntry[] {
  const log: LogEntry[] = [];
  let st = initialState(s);
  while (!st.ended && !(stopEarly && rand() < 0.1)) {
    const e = randomResponse(s, st, rand)!;
    const r = advance(s, st, e);
    if (!r.ok) throw new Error(`${s.id}: ${r.error.kind}`);
    log.push(e);
    if (rand() < 0.05) log.push({ kind: 'back', at: 0 }, e);
    st = r.state;
  }
  return log;
}

describe('bulk scorer', () => {
  for (const { id, scenario } of loadAll().scenarios) {
    if (!scenario) continue;
    it(`gives exactly what scoreAttempt gives, for 300 random attempts of ${id}`, () => {
      const bulk = createBulkScorer(scenario, guidelineDimension);
      for (let i = 0; i < 300; i++) {
        const log = walk(scenario, i % 3 === 0);
        const full = scoreAttempt(scenario, log, {
          passMark: 0.8,
          dimensionOf: guidelineDimension,
        });
        const fast = bulk(log, 0.8);
        expect(full.ok && fast.ok).toBe(true);
        if (!full.ok || !fast.ok) continue;
        expect(fast.score).toBeCloseTo(full.value.score, 12);
        expect(fast.passed).toBe(full.value.passed);
        expect(fast.ended).toBe(full.value.ended);
        expect(fast.criticalErrors).toBe(full.value.criticalErrors.length);
        DIMENSIONS.forEach((d, k) => {
          expect(fast.dimensionAvailable[k]).toBe(full.value.byDimension[d]?.available ?? 0);
          expect(fast.dimensionEarned[k]).toBe(full.value.byDimension[d]?.earned ?? 0);
        });
      }
    });
    it(`gives scoreAttempt's items, guideline tallies and measures with detail, for ${id}`, () => {
      const bulk = createBulkScorer(scenario, guidelineDimension);
      for (let i = 0; i < 300; i++) {
        const log = walk(scenario, i % 4 === 0);
        const full = scoreAttempt(scenario, log, {
          passMark: 0.7,
          dimensionOf: guidelineDimension,
        });
        const fast = bulk(log, 0.7, true);
        if (!full.ok || !fast.ok) throw new Error('a random walk should fit');
        // Scored exactly, not approximately: the same sums in the same order.
        expect(fast.score).toBe(full.value.score);
        expect(fast.items).toEqual(full.value.items.filter((it) => it.kind !== 'ending'));
        expect(fast.byGuideline).toEqual(
          Object.fromEntries(
            Object.entries(full.value.byGuideline).map(([g, t]) => [
              g,
              { earned: t.earned, available: t.available },
            ]),
          ),
        );
        expect(fast.measures).toEqual(full.value.measures);
        expect(fast.endingNode).toBe(full.value.ending?.node);
      }
    });
  }
  it('refuses a log that does not fit, at the same entry as replay', () => {
    const s = loadAll().scenarios.find((l) => l.id === 'sample-first-hour')!.scenario!;
    const bulk = createBulkScorer(s, guidelineDimension);
    expect(bulk([{ kind: 'choose', node: 'arrival', choice: 'nope', at: 0 }], 0.8)).toEqual({
      ok: false,
      atEntry: 0,
    });
    expect(bulk([{ kind: 'continue', node: 'elsewhere', at: 0 }], 0.8)).toEqual({
      ok: false,
      atEntry: 0,
    });
  });
});
