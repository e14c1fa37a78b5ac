import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../ui/routes';
import { nextPeriod, periodStart } from './periods';
import { buildAttemptColumns } from './attempt-columns';
import {
  filterMask,
  filterToQuery,
  queryToFilter,
  selectReviewRows,
  snapRange,
  type ReviewFilter,
} from './review-filter';
import { many, people } from './review.fixture';

const day = (d: string) => Date.parse(`${d}T00:00:00.000Z`);

describe('periods', () => {
  it('start weeks on Monday and months on the 1st, in UTC', () => {
    expect(periodStart(Date.parse('2026-12-03T15:00:00Z'), 'week')).toBe(day('2026-11-30'));
    expect(periodStart(Date.parse('2026-11-30T00:00:00Z'), 'week')).toBe(day('2026-11-30'));
    expect(periodStart(Date.parse('2026-12-06T23:59:59Z'), 'week')).toBe(day('2026-11-30'));
    expect(periodStart(Date.parse('2026-12-31T23:00:00Z'), 'month')).toBe(day('2026-12-01'));
    expect(nextPeriod(day('2026-12-15'), 'month')).toBe(day('2027-01-01'));
  });
  it('snap a range outward to whole periods (DESIGN §8.2)', () => {
    expect(snapRange({ from: day('2026-11-04'), to: day('2026-11-20') }, 'week')).toEqual({
      from: day('2026-11-02'),
      to: day('2026-11-23'),
    });
  });
});

describe('the address', () => {
  it('round-trips filters and the period', () => {
    const filter = {
      module: 'triage-safehouse',
      cohort: 'CDMX · Guardia Nacional',
      role: 'ngo' as const,
      language: 'es-MX' as const,
      mode: 'assessed' as const,
      from: day('2026-11-02'),
      to: day('2026-11-16'),
    };
    const q = filterToQuery(filter, 'week');
    expect(q).toContain('from=2026-11-02');
    expect(q).toContain('to=2026-11-09');
    expect(queryToFilter(q)).toEqual({ filter, period: 'week' });
    const route = parseRoute(`#/review?${q}`);
    expect(route).toEqual({ name: 'review', query: q });
    expect(routeHref(route)).toBe(`#/review?${q}`);
  });
  it('drops unknown values instead of guessing', () => {
    expect(queryToFilter('role=chief&lang=fr&mode=x&from=2026-13&by=year')).toEqual({
      filter: {},
      period: 'month',
    });
    expect(parseRoute('#/review')).toEqual({ name: 'review', query: '' });
  });
});

describe('filter mask', () => {
  const c = buildAttemptColumns(
    people([
      ...many(3, 'a', { cohort: 'north', role: 'paramedic', day: '2026-11-03' }),
      ...many(2, 'b', { cohort: 'south', role: 'military', day: '2026-11-20', module: 'm2' }),
      ...many(2, 'c', { role: 'military', day: '2026-12-02' }),
    ]),
  );
  const filters: ReviewFilter[] = [
    {},
    { cohort: 'north' },
    { role: 'military' },
    { role: 'military', module: 'm1' },
    { module: 'nowhere' },
    { from: day('2026-11-16'), to: day('2026-12-01') },
    { role: 'military', from: day('2026-11-30') },
  ];
  it('keeps the rows the per-row tests keep, for every filter', () => {
    const kept = filters.map((f) =>
      Array.from(filterMask(c, f).entries())
        .filter(([, v]) => v)
        .map(([r]) => r),
    );
    expect(kept).toEqual(filters.map((f) => Array.from(selectReviewRows(c, f))));
    expect(kept.map((k) => k.length)).toEqual([7, 3, 4, 2, 0, 2, 2]);
  });
});
