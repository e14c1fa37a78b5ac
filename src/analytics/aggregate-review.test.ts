import { describe, expect, it } from 'vitest';
import { buildAttemptColumns } from './attempt-columns';
import { aggregateReview, type ReviewAggregate, type TableId } from './aggregate-review';
import { attempt } from './hand-cohort.fixture';
import { many, people } from './review.fixture';

const table = (a: ReviewAggregate, id: TableId) => a.tables.find((t) => t.id === id)!;
const row = (a: ReviewAggregate, id: TableId, key: string) =>
  table(a, id).rows.find((r) => r.key === key)!;

// 12 learners in m1: G1 has 6 (4 pass), G2 has 6 (1 pass); 9 paramedics and 3 NGO staff.
const org = people([
  ...many(4, 'g1a', { cohort: 'G1', passed: true, score: 0.9 }),
  ...many(2, 'g1b', { cohort: 'G1', score: 0.5 }),
  ...many(1, 'g2a', { cohort: 'G2', passed: true, score: 0.8 }),
  ...many(2, 'g2b', { cohort: 'G2', score: 0.3 }),
  ...many(3, 'g2n', { cohort: 'G2', role: 'ngo', score: 0.1 }),
]);

describe('aggregateReview', () => {
  const a = aggregateReview(buildAttemptColumns(org));

  it('gives the overview worked out by hand', () => {
    expect(a.learners).toBe(12);
    expect(a.attempts).toBe(12);
    const [label, learners, attempts, completion, pass, mean] = row(a, 'overview', 'all').cells;
    expect([label, learners, attempts, completion]).toEqual(['all', 12, 12, 1]);
    // 5 of 12 passed (5 and 7 learners on each side: both at least k).
    expect(pass).toBeCloseTo(5 / 12);
    expect(mean).toBeCloseTo((4 * 0.9 + 2 * 0.5 + 0.8 + 2 * 0.3 + 3 * 0.1) / 12);
  });

  it('hides a pass rate when those who passed (or did not) are fewer than k', () => {
    // G1: 4 passed, 2 did not — both sides small.
    const g1 = row(a, 'by-cohort', 'G1').cells;
    expect(g1[1]).toBe(6);
    expect(g1[4]).toBeNull();
    expect(g1[5]).toBeCloseTo((4 * 0.9 + 2 * 0.5) / 6);
  });

  it('suppresses a small role and, complementarily, the role that is the rest of the total', () => {
    // 9 paramedics + 3 NGO = 12: NGO is below k, and 12 − 9 = 3 would reveal it.
    expect(row(a, 'by-role', 'ngo')).toMatchObject({ hidden: true });
    expect(row(a, 'by-role', 'paramedic')).toMatchObject({ hidden: true });
    expect(
      row(a, 'by-role', 'ngo')
        .cells.slice(1)
        .every((v) => v === null),
    ).toBe(true);
  });

  it('bins each learner’s best score per module, hiding small bands and a second one', () => {
    const t = table(a, 'scores');
    // Bands: 0-19: 3, 20-39: 2, 40-59: 2, 60-79: 0, 80-100: 5 → the three small bands are hidden
    // (together 7 ≥ k), the empty band and the 5 are shown.
    expect(t.rows.map((r) => r.hidden)).toEqual([true, true, true, false, false]);
    expect(t.rows[4]!.cells).toEqual(['80-100', 5, 5, 5 / 12]);
    expect(t.rows[3]!.cells).toEqual(['60-79', 0, 0, 0]);
  });

  it('never carries a learner id or pseudonym', () => {
    const text = JSON.stringify(a);
    for (const s of org) {
      expect(text).not.toContain(s.learnerId);
      expect(text).not.toContain(s.pseudonym);
      expect(text).not.toContain(s.attemptId);
    }
  });

  it('counts first attempts apart from later ones', () => {
    const again = [
      ...many(5, 'r').map((p) => ({ ...p, score: 0.4 })),
      ...many(5, 'r').map((p) => ({ ...p, passed: true, score: 0.9, day: '2026-11-20' })),
    ];
    const b = aggregateReview(buildAttemptColumns(people(again)));
    expect(row(b, 'attempt-order', 'first').cells.slice(1, 6)).toEqual([5, 5, 1, 0, 0.4]);
    expect(row(b, 'attempt-order', 'later').cells.slice(1, 6)).toEqual([5, 5, 1, 1, 0.9]);
    // By month (default) both months show the same 5 learners.
    expect(table(b, 'trend').rows.map((r) => r.key)).toEqual(['2026-11']);
    const weekly = aggregateReview(buildAttemptColumns(people(again)), { period: 'week' });
    expect(table(weekly, 'trend').rows.map((r) => r.key)).toEqual(['2026-11-02', '2026-11-16']);
  });

  it('lists guidelines most often broken first, with pooled adherence', () => {
    const list = many(6, 'g').map((p, i) =>
      attempt({
        attemptId: `ga${i}`,
        learnerId: p.id,
        byGuideline: {
          'G-A': { earned: i < 3 ? 0 : 1, available: 1 },
          'G-B': { earned: 2, available: 2 },
        },
      }),
    );
    const t = table(aggregateReview(buildAttemptColumns(list)), 'guidelines');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['G-A', 6, 0.5, 0.5],
      ['G-B', 6, 0, 1],
    ]);
  });

  it('hides a critical error made by fewer than k learners', () => {
    const spot = (id: string, i: number, critical: boolean) =>
      attempt({
        attemptId: `c${i}`,
        learnerId: id,
        items: [
          {
            id: 'd1',
            node: 'd1',
            kind: 'choice',
            response: critical ? 'x' : 'b',
            quality: critical ? 'harmful' : 'best',
            critical,
            guidelines: [],
          },
        ],
      });
    const list = Array.from({ length: 12 }, (_, i) => spot(`L${i}`, i, i < 6));
    const t = table(aggregateReview(buildAttemptColumns(list)), 'critical');
    expect(t.rows).toEqual([
      { key: 'm1/d1/x', hidden: false, cells: ['m1', 'd1', 'x', 6 / 12, 6, 6] },
    ]);
    const few = table(aggregateReview(buildAttemptColumns(list.slice(2))), 'critical');
    expect(few.rows[0]!.hidden).toBe(true); // 4 learners
    // 6 of 7: the one learner who did not make it would be revealed against the view's total.
    const allButOne = table(aggregateReview(buildAttemptColumns(list.slice(0, 7))), 'critical');
    expect(allButOne.rows[0]!.hidden).toBe(true);
  });
});
