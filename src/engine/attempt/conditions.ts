import type { Comparison, Condition, Effect } from '../schema/scenario.ts';
import { own } from '../own.ts';

export type Vars = Readonly<Record<string, number>>;
export type Metrics = Readonly<Record<string, number>>;
export type ConditionScope = {
  vars: Vars;
  metrics: Metrics;
  visited: ReadonlySet<string> | readonly string[];
};

function compare(value: number, c: Comparison): boolean {
  if (c.eq !== undefined && !(value === c.eq)) return false;
  if (c.ne !== undefined && !(value !== c.ne)) return false;
  if (c.gt !== undefined && !(value > c.gt)) return false;
  if (c.gte !== undefined && !(value >= c.gte)) return false;
  if (c.lt !== undefined && !(value < c.lt)) return false;
  if (c.lte !== undefined && !(value <= c.lte)) return false;
  return true;
}

/**
 * Evaluates the condition language: data, never code (DESIGN §3).
 * @example holds({ var: 'trust', gte: 20 }, { vars: { trust: 30 }, metrics: {}, visited: [] }) === true
 */
export function holds(c: Condition, scope: ConditionScope): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, scope));
  if ('any' in c) return c.any.some((x) => holds(x, scope));
  if ('not' in c) return !holds(c.not, scope);
  if ('visited' in c)
    return Array.isArray(scope.visited)
      ? scope.visited.includes(c.visited)
      : (scope.visited as ReadonlySet<string>).has(c.visited);
  if ('var' in c) return compare(own(scope.vars, c.var) ?? 0, c);
  return compare(own(scope.metrics, c.metric) ?? 0, c);
}

export type VariableBounds = Readonly<Record<string, { min?: number; max?: number }>>;

/** Applies effects in order, keeping each variable inside its declared bounds. */
export function applyEffects(
  vars: Vars,
  effects: readonly Effect[] | undefined,
  metrics: Metrics,
  bounds: VariableBounds,
): Vars {
  if (!effects?.length) return vars;
  const next: Record<string, number> = { ...vars };
  for (const e of effects) {
    const name = 'set' in e ? e.set : e.add;
    const raw =
      'set' in e
        ? e.to
        : (own(next, name) ?? 0) + ('by' in e ? e.by : (own(metrics, e.byMetric) ?? 0));
    const b = own(bounds, name);
    next[name] = Math.min(b?.max ?? Infinity, Math.max(b?.min ?? -Infinity, raw));
  }
  return next;
}
