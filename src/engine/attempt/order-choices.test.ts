import { describe, expect, it } from 'vitest';
import { orderChoices } from './order-choices';
import { structureHash } from './structure-hash';
import { twoDecisions } from '../../../tests/fixtures/tiny-scenarios';

describe('orderChoices', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('is the same for the same seed and node, so a replay shows the same order', () => {
    expect(orderChoices(42, 'n', ids)).toEqual(orderChoices(42, 'n', ids));
    expect([...orderChoices(42, 'n', ids)].sort()).toEqual(ids);
  });
  it('varies with the seed, so the best answer cannot be learned by position', () => {
    const firsts = new Set(
      Array.from({ length: 50 }, (_, seed) => orderChoices(seed, 'n', ids)[0]),
    );
    expect(firsts.size).toBe(4);
  });
});

describe('structureHash', () => {
  it('ignores key order and changes with any structural change', () => {
    const reordered = Object.fromEntries(
      Object.entries(twoDecisions).reverse(),
    ) as typeof twoDecisions;
    expect(structureHash(reordered)).toBe(structureHash(twoDecisions));
    expect(structureHash({ ...twoDecisions, version: 2 })).not.toBe(structureHash(twoDecisions));
    expect(structureHash(twoDecisions)).toMatch(/^[0-9a-f]{16}$/);
  });
});
