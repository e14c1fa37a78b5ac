import { describe, expect, it } from 'vitest';
import { applyEffects, holds } from './conditions';

const scope = {
  vars: { trust: 40, timesRecounted: 2 },
  metrics: { retold: 1 },
  visited: ['a', 'b'],
};

describe('condition language', () => {
  it('compares variables with every comparator, all of them together', () => {
    expect(holds({ var: 'trust', gte: 40 }, scope)).toBe(true);
    expect(holds({ var: 'trust', gt: 40 }, scope)).toBe(false);
    expect(holds({ var: 'trust', lt: 41, gt: 39 }, scope)).toBe(true);
    expect(holds({ var: 'trust', eq: 40, ne: 40 }, scope)).toBe(false);
    expect(holds({ var: 'trust', lte: 39 }, scope)).toBe(false);
  });
  it('treats an undeclared variable or metric as 0', () => {
    expect(holds({ var: 'missing', eq: 0 }, scope)).toBe(true);
    expect(holds({ metric: 'leading', eq: 0 }, scope)).toBe(true);
  });
  it('combines with all, any and not, and tests visited nodes', () => {
    expect(
      holds(
        {
          all: [
            { var: 'trust', gte: 40 },
            { metric: 'retold', gte: 1 },
          ],
        },
        scope,
      ),
    ).toBe(true);
    expect(holds({ any: [{ var: 'trust', gte: 90 }, { visited: 'b' }] }, scope)).toBe(true);
    expect(holds({ not: { visited: 'c' } }, scope)).toBe(true);
    expect(holds({ visited: 'c' }, { ...scope, visited: new Set(['c']) })).toBe(true);
  });
});

describe('effects', () => {
  it('adds, sets and adds a metric, in order, within bounds', () => {
    const bounds = { trust: { min: 0, max: 100 } };
    expect(applyEffects({ trust: 95 }, [{ add: 'trust', by: 10 }], {}, bounds)).toEqual({
      trust: 100,
    });
    expect(applyEffects({ trust: 5 }, [{ add: 'trust', by: -10 }], {}, bounds)).toEqual({
      trust: 0,
    });
    expect(
      applyEffects(
        { t: 1 },
        [
          { set: 't', to: 7 },
          { add: 't', byMetric: 'retold' },
        ],
        { retold: 2 },
        {},
      ),
    ).toEqual({ t: 9 });
  });
  it('leaves the input untouched', () => {
    const vars = { trust: 1 };
    applyEffects(vars, [{ add: 'trust', by: 1 }], {}, {});
    expect(vars.trust).toBe(1);
  });
});
