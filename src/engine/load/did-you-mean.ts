/** Edit distance (insertions, deletions, substitutions), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The known id closest to a mistyped one, when it is close enough to be the likely intent
 * (at most a third of its length away, and never more than 3 edits).
 */
export function nearest(wrong: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.min(3, Math.max(1, Math.floor(wrong.length / 3)));
  for (const k of known) {
    const d = editDistance(wrong, k);
    if (d <= bestD && (best === undefined || d < bestD)) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/** ` Did you mean "x"?` or nothing. */
export const didYouMean = (wrong: string, known: Iterable<string>): string => {
  const n = nearest(wrong, known);
  return n ? ` Did you mean "${n}"?` : '';
};
