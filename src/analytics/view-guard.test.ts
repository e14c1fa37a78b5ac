import { describe, expect, it } from 'vitest';
import { buildAttemptColumns } from './attempt-columns';
import { aggregateReview } from './aggregate-review';
import { many, people } from './review.fixture';
import { checkView } from './view-guard';

const cols = (list: Parameters<typeof people>[0]) => buildAttemptColumns(people(list));
const day = (d: string) => Date.parse(`${d}T00:00:00.000Z`);

describe('a filtered view', () => {
  it('is withheld when it holds fewer than k learners', () => {
    const c = cols([...many(8, 'p', { role: 'paramedic' }), ...many(6, 'n', { role: 'ngo' })]);
    expect(checkView(c, { role: 'ngo' }, 5)).toEqual({ ok: true, learners: 6 });
    expect(checkView(c, { role: 'ngo' }, 7)).toEqual({ ok: false, reason: 'too-few', learners: 6 });
  });

  it('differencing attack: cohort G1 and "G1, paramedics" differ by 2 learners — the narrower is withheld', () => {
    // G1: 8 paramedics and 2 NGO staff; 10 learners elsewhere.
    const c = cols([
      ...many(8, 'g1p', { cohort: 'G1', role: 'paramedic' }),
      ...many(2, 'g1n', { cohort: 'G1', role: 'ngo', passed: true }),
      ...many(10, 'g2', { cohort: 'G2', role: 'ngo' }),
    ]);
    expect(checkView(c, { cohort: 'G1' }, 5)).toEqual({ ok: true, learners: 10 });
    expect(checkView(c, { cohort: 'G1', role: 'paramedic' }, 5)).toEqual({
      ok: false,
      reason: 'difference',
      relaxed: ['role'],
    });
    // Were both shown: G1 passes 2 of 10, G1 paramedics 0 of 8, so the 2 NGO staff passed.
    const wide = aggregateReview(c, { filter: { cohort: 'G1' } });
    const narrow = aggregateReview(c, { filter: { cohort: 'G1', role: 'paramedic' } });
    expect(wide.learners).toBe(10);
    expect(narrow.learners).toBeUndefined();
    expect(narrow.tables).toEqual([]);
  });

  it('differencing attack through "all": a cohort that is all but 3 learners is withheld', () => {
    const c = cols([...many(12, 'a', { cohort: 'A' }), ...many(3, 'x')]);
    expect(checkView(c, {}, 5)).toEqual({ ok: true, learners: 15 });
    expect(checkView(c, { cohort: 'A' }, 5)).toEqual({
      ok: false,
      reason: 'difference',
      relaxed: ['cohort'],
    });
  });

  it('a relaxation adding nobody is fine (the same learners)', () => {
    const c = cols(many(6, 'a', { cohort: 'A', role: 'ngo' }));
    expect(checkView(c, { cohort: 'A', role: 'ngo' }, 5)).toEqual({ ok: true, learners: 6 });
  });

  it('differencing attack by dates: weeks 1–4 vs weeks 1–5, where week 5 adds 2 learners', () => {
    // November 2026 weeks start on Mondays 2, 9, 16, 23, 30.
    const c = cols([
      ...many(3, 'w1', { day: '2026-11-03' }),
      ...many(3, 'w3', { day: '2026-11-17' }),
      ...many(2, 'w5', { day: '2026-12-01' }),
      ...many(10, 'later', { day: '2027-02-10' }),
    ]);
    // Dropping the dates adds 12 (fine); widening by the one week adds 2: withheld.
    expect(checkView(c, { from: day('2026-11-02'), to: day('2026-11-30') }, 5)).toEqual({
      ok: false,
      reason: 'difference',
      relaxed: ['date'],
    });
    // The wider range, weeks 1–5, is itself fine: 8 learners, then 10 more months later.
    expect(checkView(c, { from: day('2026-11-02'), to: day('2026-12-07') }, 5)).toEqual({
      ok: true,
      learners: 8,
    });
  });

  it('counts learners, not attempts: one learner with 9 attempts is still one', () => {
    const c = cols([...many(4, 'a'), ...Array.from({ length: 9 }, () => ({ id: 'solo' }))]);
    expect(checkView(c, {}, 5)).toEqual({ ok: true, learners: 5 });
    expect(checkView(c, {}, 6)).toEqual({ ok: false, reason: 'too-few', learners: 5 });
  });
});
