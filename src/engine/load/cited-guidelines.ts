import type { Scenario } from '../schema/scenario.ts';

/**
 * Every guideline id a module cites: on decision choices, on a triage board, and in the rule →
 * guidelines maps of dispersion and interview boards. Shared by the checker's statistics and the
 * guideline browser's "cited in" list, so the two cannot disagree.
 */
export function citedGuidelines(s: Scenario): Set<string> {
  const cited = new Set<string>();
  for (const n of Object.values(s.nodes)) {
    if (n.kind === 'decision') n.choices.forEach((c) => c.guidelines.forEach((g) => cited.add(g)));
    if (n.kind === 'triage') (n.guidelines ?? []).forEach((g) => cited.add(g));
    if (n.kind === 'dispersion' || n.kind === 'interview')
      for (const ids of Object.values(n.guidelines)) (ids ?? []).forEach((g) => cited.add(g));
  }
  return cited;
}
