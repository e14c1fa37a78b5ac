import { describe, expect, it } from 'vitest';
import { advance, initialState } from '../../src/engine/attempt/advance';
import { randomResponse } from '../../src/engine/attempt/responses';
import type { LogEntry, StepEntry } from '../../src/engine/attempt/decision-log';
import { mulberry32 } from '../../src/engine/attempt/order-choices';
import type { Scenario } from '../../src/engine/schema/scenario';
import { DIMENSIONS } from '../../src/engine/schema/dimensions';
import { RATINGS } from '../../src/engine/schema/enums';
import { createBulkScorer } from '../../src/engine/scoring/bulk-scorer';
import { compactScores, createCompactScorer } from '../../src/engine/scoring/compact-scorer';
import { scoreAttempt } from '../../src/engine/scoring/score-attempt';
import { demoAttempts } from '../../src/records/demo/demo-cohort';
import { diskCatalogue } from '../../scripts/lib/disk-catalogue';
import { loadAll } from '../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../fixtures/catalogue';

const rand = mulberry32(11);

function walk(s: Scenario, stopEarly: boolean): LogEntry[] {
  const log: LogEntry[] = [];
  let st = initialState(s);
  while (!st.ended && !(stopEarly && rand() < 0.1)) {
    const e = randomResponse(s, st, rand)!;
    const r = advance(s, st, e);
    if (!r.ok) throw new Error(`${s.id}: ${r.error.kind}`);
    log.push(e);
    // A step back, then the same step again, or (once in a while) a different one.
    if (rand() < 0.05) log.push({ kind: 'back', at: 0 }, e);
    st = r.state;
  }
  return log;
}

/** Expects row `row` of `out` to be exactly scoreAttempt's score of `log`. */
function expectEqual(
  s: Scenario,
  log: readonly LogEntry[],
  passMark: number,
  out: ReturnType<typeof compactScores>,
  row: number,
) {
  const full = scoreAttempt(s, log, { passMark, dimensionOf: guidelineDimension });
  if (!full.ok) throw new Error('the log should fit');
  const v = full.value;
  expect(out.atEntry[row]).toBe(-1);
  // The same points in another order: halves and units add exactly, so the score is equal.
  expect(out.score[row]).toBe(v.score);
  expect(out.passed[row]).toBe(v.passed ? 1 : 0);
  expect(out.ended[row]).toBe(v.ended ? 1 : 0);
  expect(out.ending[row]).toBe(v.ending ? 1 + RATINGS.indexOf(v.ending.rating) : 0);
  expect(out.criticalErrors[row]).toBe(v.criticalErrors.length);
  DIMENSIONS.forEach((d, k) => {
    expect(out.dimensionAvailable[row * DIMENSIONS.length + k]).toBe(
      v.byDimension[d]?.available ?? 0,
    );
    expect(out.dimensionEarned[row * DIMENSIONS.length + k]).toBe(v.byDimension[d]?.earned ?? 0);
  });
}

describe('compact scorer (stored compact logs)', () => {
  for (const { id, scenario } of loadAll().scenarios) {
    if (!scenario) continue;
    it(`gives exactly what scoreAttempt gives, for 300 random attempts of ${id}`, () => {
      const compact = createCompactScorer(scenario, guidelineDimension);
      const logs = Array.from({ length: 300 }, (_, i) => walk(scenario, i % 3 === 0));
      // Encoded one at a time and all at once: the same codes.
      const packed = compact.encodeAll(logs);
      logs.forEach((l, i) =>
        expect([...compact.encode(l)]).toEqual([
          ...packed.steps.subarray(2 * packed.offsets[i]!, 2 * packed.offsets[i + 1]!),
        ]),
      );
      const out = compactScores(logs.length);
      compact.scoreAll(packed, 0.8, out);
      logs.forEach((l, i) => expectEqual(scenario, l, 0.8, out, i));
      // A second pass over the same buffers (shared visit stamps, reused rows) changes nothing.
      const again = compactScores(logs.length + 5);
      compact.scoreAll(packed, 0.8, again, 100, 300, 5);
      for (let i = 100; i < 300; i++) expect(again.score[i - 95]).toBe(out.score[i]);
    });

    it(`refuses a damaged log of ${id} at the same step as the bulk scorer`, () => {
      const compact = createCompactScorer(scenario, guidelineDimension);
      const bulk = createBulkScorer(scenario, guidelineDimension);
      const nodes = Object.keys(scenario.nodes);
      for (let i = 0; i < 200; i++) {
        const log = walk(scenario, false).filter((e): e is StepEntry => e.kind !== 'back');
        const at = Math.floor(rand() * log.length);
        const e = log[at]!;
        const damaged: LogEntry[] = [...log];
        const pick = rand();
        if (pick < 0.3) damaged.splice(at, 1);
        else if (pick < 0.6)
          damaged[at] = { ...e, node: nodes[Math.floor(rand() * nodes.length)]! };
        else if (e.kind === 'choose') damaged[at] = { ...e, choice: 'no-such-choice' };
        else if (e.kind === 'interview') damaged[at] = { ...e, questions: [] };
        else damaged[at] = { kind: 'continue', node: e.node, at: 0 };
        const out = compactScores(1);
        compact.scoreAll(compact.encodeAll([damaged]), 0.8, out);
        const b = bulk(damaged, 0.8);
        expect(out.atEntry[0]).toBe(b.ok ? -1 : b.atEntry);
        if (b.ok) expect(out.score[0]).toBe(b.score);
      }
    });
  }

  it('gives exactly what scoreAttempt gives for 400 demo attempts (steps back, unfinished)', () => {
    const catalogue = diskCatalogue();
    const records = [
      ...demoAttempts(
        { modules: catalogue.latest(), dimensionOf: catalogue.dimensionOf, seed: 9 },
        400,
      ),
    ];
    const byModule = new Map<string, typeof records>();
    for (const r of records) {
      const key = `${r.scenario.id}@${r.scenario.version}`;
      byModule.set(key, [...(byModule.get(key) ?? []), r]);
    }
    expect(byModule.size).toBeGreaterThan(1);
    for (const group of byModule.values()) {
      const s = catalogue.get(group[0]!.scenario.id, group[0]!.scenario.version)!.scenario;
      const compact = createCompactScorer(s, guidelineDimension);
      const out = compactScores(group.length);
      compact.scoreAll(compact.encodeAll(group.map((r) => r.log)), 0.8, out);
      group.forEach((r, i) => expectEqual(s, r.log, 0.8, out, i));
    }
  });

  it('refuses an unknown node, an unknown choice and a board response that does not fit', () => {
    const s = loadAll().scenarios.find((l) => l.id === 'sample-first-hour')!.scenario!;
    const compact = createCompactScorer(s, guidelineDimension);
    const out = compactScores(3);
    compact.scoreAll(
      compact.encodeAll([
        [{ kind: 'choose', node: 'arrival', choice: 'nope', at: 0 }],
        [{ kind: 'continue', node: 'elsewhere', at: 0 }],
        [],
      ]),
      0.8,
      out,
    );
    expect([...out.atEntry]).toEqual([0, 0, -1]);
    // An empty log: nothing met yet, not ended, score 0.
    expect([out.ended[2], out.score[2], out.passed[2]]).toEqual([0, 0, 0]);
  });
});
