import type { Condition, Scenario } from '../schema/scenario.ts';

/** Every `when` in a scenario, with the JSON path an issue should name. */
export function conditionsOf(s: Scenario): { path: string; when: Condition }[] {
  const out: { path: string; when: Condition }[] = [];
  for (const [id, node] of Object.entries(s.nodes)) {
    if (node.kind === 'decision')
      for (const c of node.choices)
        if (c.when) out.push({ path: `nodes.${id}.choices.${c.id}.when`, when: c.when });
    if ('outcomes' in node)
      (node.outcomes ?? []).forEach((o, i) => {
        if (o.when) out.push({ path: `nodes.${id}.outcomes[${i}].when`, when: o.when });
      });
  }
  return out;
}

/** The leaves of a condition, found without recursion. */
export function leavesOf(
  c: Condition,
): Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>[] {
  const out: Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>[] = [];
  const stack: Condition[] = [c];
  while (stack.length) {
    const x = stack.pop()!;
    if ('all' in x) stack.push(...x.all);
    else if ('any' in x) stack.push(...x.any);
    else if ('not' in x) stack.push(x.not);
    else out.push(x);
  }
  return out;
}

/**
 * Variables and nodes (`visited`) some condition tests: the only part of a play state that can
 * change which way the story goes.
 */
export function testedByConditions(s: Scenario): { vars: Set<string>; visited: Set<string> } {
  const vars = new Set<string>();
  const visited = new Set<string>();
  for (const { when } of conditionsOf(s))
    for (const leaf of leavesOf(when)) {
      if ('visited' in leaf) visited.add(leaf.visited);
      else if ('var' in leaf) vars.add(leaf.var);
    }
  return { vars, visited };
}
