/**
 * Whole weeks and months (DESIGN §8.2: date filters snap to them, so two ranges never differ by a
 * few days, and trends are counted per week or month). Weeks start on Monday, both in UTC, so a
 * figure does not change with the time zone of whoever opens the view.
 */
export type Period = 'week' | 'month';
export const PERIODS: readonly Period[] = ['week', 'month'];

const DAY = 86_400_000;

/** Start of the week or month that holds `t` (epoch ms). */
export function periodStart(t: number, period: Period): number {
  const d = new Date(t);
  if (period === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  // getUTCDay: 0 is Sunday; Monday starts the week.
  return day - ((d.getUTCDay() + 6) % 7) * DAY;
}

/** Start of the period after the one that holds `t`. */
export function nextPeriod(t: number, period: Period): number {
  const s = periodStart(t, period);
  if (period === 'week') return s + 7 * DAY;
  const d = new Date(s);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** A period's label as the URL and the CSV write it: `2026-12` or the Monday, `2026-11-30`. */
export function periodKey(start: number, period: Period): string {
  const iso = new Date(start).toISOString();
  return period === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** Parses a periodKey back to its start; undefined for anything else. */
export function parsePeriodKey(key: string, period: Period): number | undefined {
  const m =
    period === 'month' ? /^(\d{4})-(\d{2})$/.exec(key) : /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
  // Date.UTC rolls 2026-13 over to 2027-01: a key that is not a real date is refused.
  const real = new Date(t).toISOString().slice(0, key.length) === key;
  return Number.isNaN(t) || !real ? undefined : periodStart(t, period);
}
