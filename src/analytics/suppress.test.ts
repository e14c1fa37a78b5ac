import { describe, expect, it } from 'vitest';
import { isSmall, MIN_K, resolveK, suppressCells } from './suppress';

describe('threshold', () => {
  it('is 5 by default and never below 5 (DESIGN §8.2)', () => {
    expect(resolveK()).toBe(5);
    expect(resolveK(3)).toBe(MIN_K);
    expect(resolveK(0)).toBe(5);
    expect(resolveK(Number.NaN)).toBe(5);
    expect(resolveK(7)).toBe(7);
    expect(resolveK(6.2)).toBe(7);
  });
});

describe('one cell', () => {
  it('hides 1 … k − 1 learners, shows zero and k', () => {
    expect(isSmall(4, 5)).toBe(true);
    expect(isSmall(1, 5)).toBe(true);
    expect(isSmall(5, 5)).toBe(false);
    expect(isSmall(0, 5)).toBe(false);
  });
  it('hides a cell whose complement within the shown total is small', () => {
    expect(isSmall(10, 5, 12)).toBe(true); // 12 − 10 = 2 learners by subtraction
    expect(isSmall(10, 5, 15)).toBe(false);
    expect(isSmall(12, 5, 12)).toBe(false); // the whole total: nothing more is said
  });
});

describe('a table', () => {
  it('hides a second cell when one is hidden, so total − shown cannot recover it', () => {
    // 20 learners: 3 + 8 + 9. The 3 is hidden; were 8 and 9 shown, 20 − 8 − 9 = 3.
    expect(suppressCells([3, 8, 9], 5, 20)).toEqual([true, true, false]);
  });
  it('hides the smallest shown cell until the hidden ones hold at least k', () => {
    expect(suppressCells([6, 6, 6, 2], 5, 20)).toEqual([true, false, false, true]);
    // Two hidden cells of 1 and 2 still hold only 3 learners together: a third is hidden.
    expect(suppressCells([1, 2, 10, 12], 5, 25)).toEqual([true, true, true, false]);
  });
  it('hides the big cell whose complement is small', () => {
    expect(suppressCells([17, 3], 5, 20)).toEqual([true, true]);
  });
  it('shows every cell when all are large enough, and hides all when the total is small', () => {
    expect(suppressCells([10, 12], 5, 22)).toEqual([false, false]);
    expect(suppressCells([2, 2], 5, 4)).toEqual([true, true]);
  });
  it('rows that are not parts of the total get the primary and complement rules only', () => {
    expect(suppressCells([3, 8, 9], 5, 20, { parts: false })).toEqual([true, false, false]);
    expect(suppressCells([18, 10, 20], 5, 20, { parts: false })).toEqual([true, false, false]);
  });
  it('without a shown total, only the primary rule applies', () => {
    expect(suppressCells([3, 8, 9], 5)).toEqual([true, false, false]);
  });
  it('never leaves a hidden cell recoverable by subtraction (random partitions)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 2000; run++) {
      const cells = Array.from({ length: 1 + Math.floor(rand() * 6) }, () =>
        Math.floor(rand() * 14),
      );
      const total = cells.reduce((a, b) => a + b, 0);
      const k = 5 + Math.floor(rand() * 3);
      const hidden = suppressCells(cells, k, total);
      const hiddenCells = cells.filter((n, i) => hidden[i] && n > 0);
      if (total < k) {
        expect(hidden.every(Boolean)).toBe(true);
        continue;
      }
      // What subtraction recovers (total − shown) is the sum of the hidden cells: never one
      // small group alone.
      if (hiddenCells.length > 0 && hiddenCells.length < cells.filter((n) => n > 0).length) {
        expect(hiddenCells.length).toBeGreaterThanOrEqual(2);
        expect(hiddenCells.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(k);
      }
      cells.forEach((n, i) => {
        if (!hidden[i]) expect(isSmall(n, k, total)).toBe(false);
      });
    }
  });
});
