/**
 * The dashboard's filters (issue 12): one value or all for each of module, cohort, role, language
 * and mode, and a date range snapped to whole weeks or months (DESIGN §8.2). One value per
 * dimension keeps the set of views an onlooker can ask for small enough to check for differencing
 * (view-guard.ts). Read from and written to the URL so a view can be shared.
 */
import { ROLES } from '../engine/schema/enums';
import type { Role } from '../engine/schema/scenario';
import type { LanguageTag, Mode } from '../records/attempt-record';
import { LANGUAGE_BITS, MODES, type AttemptColumns } from './attempt-columns';
import { nextPeriod, parsePeriodKey, periodKey, periodStart, type Period } from './periods';

export type ReviewFilter = {
  module?: string;
  cohort?: string;
  role?: Role;
  language?: LanguageTag;
  mode?: Mode;
  /** Start of the first period kept (epoch ms, a period start). */
  from?: number;
  /** End of the last period kept (exclusive; a period start). */
  to?: number;
};

export const CATEGORICAL = ['module', 'cohort', 'role', 'language', 'mode'] as const;
export type Categorical = (typeof CATEGORICAL)[number];

/** A predicate per active categorical filter, over row indices. */
export function categoricalTests(
  c: AttemptColumns,
  f: ReviewFilter,
): { dim: Categorical; test: (r: number) => boolean }[] {
  const out: { dim: Categorical; test: (r: number) => boolean }[] = [];
  const str = (v: string) => {
    const i = c.strings.indexOf(v);
    return i <= 0 ? -1 : i;
  };
  if (f.module !== undefined) {
    const i = str(f.module);
    out.push({ dim: 'module', test: (r) => c.scenario[r] === i });
  }
  if (f.cohort !== undefined) {
    const i = str(f.cohort);
    out.push({ dim: 'cohort', test: (r) => c.cohort[r] === i });
  }
  if (f.role !== undefined) {
    const i = ROLES.indexOf(f.role);
    out.push({ dim: 'role', test: (r) => c.role[r] === i });
  }
  if (f.language !== undefined) {
    const bit = LANGUAGE_BITS[f.language] ?? 0;
    out.push({ dim: 'language', test: (r) => (c.languages[r]! & bit) !== 0 });
  }
  if (f.mode !== undefined) {
    const i = MODES.indexOf(f.mode);
    out.push({ dim: 'mode', test: (r) => c.mode[r] === i });
  }
  return out;
}

/**
 * Per row, bit i set when the row passes the i-th of `categoricalTests(c, f)` (same order): one
 * tight pass per active filter over its column, no call per row (DESIGN §8.5's re-aggregation).
 */
export function categoricalBits(c: AttemptColumns, f: ReviewFilter): Uint8Array {
  const n = c.size;
  const out = new Uint8Array(n);
  const str = (v: string) => {
    const i = c.strings.indexOf(v);
    return i <= 0 ? -1 : i;
  };
  let bit = 1;
  const eq = (col: ArrayLike<number>, v: number) => {
    for (let r = 0; r < n; r++) if (col[r] === v) out[r]! |= bit;
    bit <<= 1;
  };
  if (f.module !== undefined) eq(c.scenario, str(f.module));
  if (f.cohort !== undefined) eq(c.cohort, str(f.cohort));
  if (f.role !== undefined) eq(c.role, ROLES.indexOf(f.role));
  if (f.language !== undefined) {
    const lang = LANGUAGE_BITS[f.language] ?? 0;
    const col = c.languages;
    for (let r = 0; r < n; r++) if (col[r]! & lang) out[r]! |= bit;
    bit <<= 1;
  }
  if (f.mode !== undefined) eq(c.mode, MODES.indexOf(f.mode));
  return out;
}

/** 1 for each row the whole filter (categories and dates) keeps. */
export function filterMask(c: AttemptColumns, f: ReviewFilter): Uint8Array {
  const bits = categoricalBits(c, f);
  let full = 0;
  for (const k of CATEGORICAL) if (f[k] !== undefined) full = (full << 1) | 1;
  // As inDateRange: an open side keeps every row, even one without a start time (NaN).
  const from = f.from;
  const to = f.to;
  const t = c.startedAt;
  for (let r = 0; r < bits.length; r++) {
    const x = t[r]!;
    bits[r] =
      bits[r] === full && (from === undefined || x >= from) && (to === undefined || x < to) ? 1 : 0;
  }
  return bits;
}

export const inDateRange = (t: number, f: ReviewFilter) =>
  (f.from === undefined || t >= f.from) && (f.to === undefined || t < f.to);

/** Rows the filter keeps, in row order. */
export function selectReviewRows(c: AttemptColumns, f: ReviewFilter): Uint32Array {
  const tests = categoricalTests(c, f);
  const out = new Uint32Array(c.size);
  let k = 0;
  for (let r = 0; r < c.size; r++) {
    if (!inDateRange(c.startedAt[r]!, f)) continue;
    if (tests.every((x) => x.test(r))) out[k++] = r;
  }
  return out.slice(0, k);
}

/** Snaps a range to whole periods: `from` down to its period's start, `to` up to a period end. */
export function snapRange(f: ReviewFilter, period: Period): ReviewFilter {
  const out: ReviewFilter = { ...f };
  if (f.from !== undefined) out.from = periodStart(f.from, period);
  if (f.to !== undefined) {
    const s = periodStart(f.to, period);
    out.to = s === f.to ? s : nextPeriod(f.to, period);
  }
  return out;
}

const ROLE_SET = new Set<string>(ROLES);
const MODE_SET = new Set<string>(MODES);
const LANGS = new Set<string>(Object.keys(LANGUAGE_BITS));

/** The filter, the period and k as URL query parameters (stable names, documented in docs/dashboard.md). */
export function filterToQuery(f: ReviewFilter, period: Period): string {
  const q = new URLSearchParams();
  if (f.module) q.set('module', f.module);
  if (f.cohort) q.set('cohort', f.cohort);
  if (f.role) q.set('role', f.role);
  if (f.language) q.set('lang', f.language);
  if (f.mode) q.set('mode', f.mode);
  if (period !== 'month') q.set('by', period);
  if (f.from !== undefined) q.set('from', periodKey(f.from, period));
  if (f.to !== undefined) {
    // `to` is exclusive; the URL names the last period kept.
    const last = periodStart(f.to - 1, period);
    q.set('to', periodKey(last, period));
  }
  return q.toString();
}

/** Reads the query back; unknown or malformed values are dropped, never guessed. */
export function queryToFilter(query: string): { filter: ReviewFilter; period: Period } {
  const q = new URLSearchParams(query);
  const period: Period = q.get('by') === 'week' ? 'week' : 'month';
  const f: ReviewFilter = {};
  const module = q.get('module');
  if (module) f.module = module;
  const cohort = q.get('cohort');
  if (cohort) f.cohort = cohort;
  const role = q.get('role');
  if (role && ROLE_SET.has(role)) f.role = role as Role;
  const lang = q.get('lang');
  if (lang && LANGS.has(lang)) f.language = lang as LanguageTag;
  const mode = q.get('mode');
  if (mode && MODE_SET.has(mode)) f.mode = mode as Mode;
  const from = parsePeriodKey(q.get('from') ?? '', period);
  if (from !== undefined) f.from = from;
  const to = parsePeriodKey(q.get('to') ?? '', period);
  if (to !== undefined) f.to = nextPeriod(to, period);
  return { filter: f, period };
}
