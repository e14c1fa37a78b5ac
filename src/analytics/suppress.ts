/**
 * Small-group suppression for aggregate views (DESIGN §5, §8.2), pure so the rule is tested apart
 * from any screen. Counts are distinct learners, never attempts. The rules, in order:
 *
 * 1. Primary: a cell with 1 … k − 1 learners is hidden (an empty cell names no one and is shown).
 * 2. Complement: a cell is hidden when the rest of a total shown with it holds between 1 and k − 1
 *    learners (total − cell), since subtracting would reveal that small group. A cell equal to its
 *    total (complement 0) adds nothing the total does not already say, and is shown.
 * 3. Complementary (secondary): within one table, when the hidden cells together hold fewer than k
 *    learners, or only one cell is hidden, the smallest shown cells are hidden too until neither is
 *    true, so "total minus the shown cells" cannot recover a hidden one. Applied to every grouping,
 *    overlapping ones too (a learner in two modules): over-hiding is the safe error. Rows that are
 *    not parts of the total (guidelines, critical errors, decision points: each counts the view's
 *    learners who met it) get rules 1 and 2 against the view's total, not rule 3.
 *
 * Whether a whole filtered view may be shown (differencing between two filter settings) is
 * decided over the learners themselves: see view-guard.ts.
 */

/** The threshold DESIGN §8.2 sets: never below 5. */
export const MIN_K = 5;

/** A configured threshold, raised to the minimum; non-numbers give the default. */
export const resolveK = (k?: number): number =>
  typeof k === 'number' && Number.isFinite(k) ? Math.max(MIN_K, Math.ceil(k)) : MIN_K;

/** Rules 1 and 2 for one cell. */
export function isSmall(learners: number, k: number, total?: number): boolean {
  // Zero names no one: an empty cell is shown (and never counts as protecting another).
  if (learners > 0 && learners < k) return true;
  if (total === undefined) return false;
  const rest = total - learners;
  return rest > 0 && rest < k;
}

/**
 * Which cells of one table are hidden (true = hidden), given each cell's learner count and the
 * total shown with the table (undefined when none is shown). Everything is hidden when the total
 * itself is small.
 */
export function suppressCells(
  counts: readonly number[],
  k: number,
  total?: number,
  /** False for rows that are not parts of the total (guidelines met by the view's learners): rules 1–2 only. */
  { parts = true }: { parts?: boolean } = {},
): boolean[] {
  if (total !== undefined && total < k) return counts.map(() => true);
  const hidden = counts.map((n) => isSmall(n, k, total));
  // Rule 3 needs a total to subtract from; without one, a hidden cell cannot be recovered.
  if (total === undefined || !parts) return hidden;
  const hiddenSum = () => counts.reduce((a, n, i) => a + (hidden[i] ? n : 0), 0);
  const hiddenCount = () => hidden.filter(Boolean).length;
  for (;;) {
    const h = hiddenCount();
    if (h === 0 || h === counts.length) break;
    // Cells of 0 learners reveal nothing (and show nothing): they never count as protection.
    const protecting = counts.filter((n, i) => hidden[i] && n > 0).length;
    if (protecting >= 2 && hiddenSum() >= k) break;
    if (protecting === 0) break;
    let smallest = -1;
    counts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (smallest < 0 || n < counts[smallest]!)) smallest = i;
    });
    if (smallest < 0) break;
    hidden[smallest] = true;
  }
  return hidden;
}

/** A figure as a view shows it: its value, or hidden because too few learners stand behind it. */
export type Shown<T> = { hidden: false; value: T } | { hidden: true };

export const shown = <T>(value: T): Shown<T> => ({ hidden: false, value });
export const HIDDEN: Shown<never> = { hidden: true };
export const reveal = <T>(hidden: boolean, value: T): Shown<T> => (hidden ? HIDDEN : shown(value));
