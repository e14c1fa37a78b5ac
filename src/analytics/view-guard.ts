/**
 * Differencing between filter settings (issue 12, DESIGN §8.2). Two views whose learners differ by
 * fewer than k would, side by side, describe that small group by subtraction. The rule enforced:
 *
 *   A filtered view is shown only when it holds at least k learners and, for every relaxation of
 *   it (any of its filters set back to "all", and its date range widened by any whole week or
 *   month on either side), the learners the relaxation adds number 0 or at least k.
 *
 * The narrower view is the one withheld; the wider one stays. Every pair of views where one
 * contains the other is covered, since the wider one is a relaxation of the narrower. Widening the
 * dates adds learners monotonically, so only the smallest widening that adds anyone needs a look
 * (the nearest activity outside the range, snapped to the week or month boundary closest to it).
 * One person on two devices has two learner ids and counts twice (docs/dashboard.md says so).
 */
import type { AttemptColumns } from './attempt-columns';
import { nextPeriod, periodStart } from './periods';
import { reviewIndex } from './review-index';
import {
  categoricalBits,
  categoricalTests,
  inDateRange,
  type Categorical,
  type ReviewFilter,
} from './review-filter';

export type ViewVerdict =
  | { ok: true; learners: number }
  | { ok: false; reason: 'too-few'; learners: number }
  /** A relaxation adds 1 … k − 1 learners: `relaxed` names what was set back to "all" or widened. */
  | { ok: false; reason: 'difference'; relaxed: (Categorical | 'date')[] };

export function checkView(c: AttemptColumns, f: ReviewFilter, k: number): ViewVerdict {
  const tests = categoricalTests(c, f);
  const n = c.size;
  // Typed-array passes (one per active filter), and dense learner ids from the dashboard's index.
  const masks = categoricalBits(c, f);
  const inRange = new Uint8Array(n);
  for (let r = 0; r < n; r++) inRange[r] = inDateRange(c.startedAt[r]!, f) ? 1 : 0;
  const dated = f.from !== undefined || f.to !== undefined;
  const { learnerOf, learners: L } = reviewIndex(c);
  const stamp = new Int32Array(L);
  const learnerIn = new Uint8Array(L);
  const before = new Float64Array(L);
  const after = new Float64Array(L);
  const touchedList = new Uint32Array(L);
  const full = (1 << tests.length) - 1;
  let nF = 0;
  let gen = 0;
  // From the view itself (S = full) to every relaxation of its categorical filters.
  for (let S = full; S >= 0; S--) {
    if ((S & full) !== S) continue;
    gen++;
    let nTouched = 0;
    for (let r = 0; r < n; r++) {
      if ((masks[r]! & S) !== S) continue;
      const l = learnerOf[r]!;
      if (stamp[l] !== gen) {
        stamp[l] = gen;
        learnerIn[l] = 0;
        before[l] = -Infinity;
        after[l] = Infinity;
        touchedList[nTouched++] = l;
      }
      const t = c.startedAt[r]!;
      if (inRange[r]) learnerIn[l] = 1;
      else if (f.from !== undefined && t < f.from) before[l] = Math.max(before[l]!, t);
      else after[l] = Math.min(after[l]!, t);
    }
    let nS = 0;
    const touched = touchedList.subarray(0, nTouched);
    for (const l of touched) nS += learnerIn[l]!;
    const relaxed = tests.filter((_, i) => !(S & (1 << i))).map((x) => x.dim);
    if (S === full) {
      nF = nS;
      if (nF < k) return { ok: false, reason: 'too-few', learners: nF };
    }
    const d0 = nS - nF;
    if (d0 > 0 && d0 < k) return { ok: false, reason: 'difference', relaxed };
    if (d0 > 0 || !dated) continue;
    // The smallest widening of the dates that adds anyone, on each side.
    let B = -Infinity;
    let A = Infinity;
    for (const l of touched)
      if (!learnerIn[l]) {
        B = Math.max(B, before[l]!);
        A = Math.min(A, after[l]!);
      }
    const sides: ((l: number) => boolean)[] = [];
    if (B > -Infinity) {
      const b = Math.max(periodStart(B, 'week'), periodStart(B, 'month'));
      sides.push((l) => before[l]! >= b);
    }
    if (A < Infinity) {
      const e = Math.min(nextPeriod(A, 'week'), nextPeriod(A, 'month'));
      sides.push((l) => after[l]! < e);
    }
    for (const side of sides) {
      let added = 0;
      for (const l of touched) if (!learnerIn[l] && side(l)) added++;
      if (added > 0 && added < k)
        return { ok: false, reason: 'difference', relaxed: [...relaxed, 'date'] };
    }
  }
  return { ok: true, learners: nF };
}
