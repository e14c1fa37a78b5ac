import { unique } from './triage-items.ts';

type RuleGuidelines = { default: string[] } & Partial<Record<string, string[]>>;
const cache = new WeakMap<RuleGuidelines, Map<string, string[]>>();

/**
 * The guidelines a board item cites for the rules it breaks (each rule's list, else the board's
 * default), cached per board: the same few combinations recur across every attempt.
 */
export function citeRules(guidelines: RuleGuidelines, rules: readonly string[]): string[] {
  let byKey = cache.get(guidelines);
  if (!byKey) cache.set(guidelines, (byKey = new Map()));
  const key = rules.join(' ');
  let cited = byKey.get(key);
  if (!cited) {
    cited = unique(
      rules.length ? rules.flatMap((r) => guidelines[r] ?? guidelines.default) : guidelines.default,
    );
    byKey.set(key, cited);
  }
  return cited;
}
