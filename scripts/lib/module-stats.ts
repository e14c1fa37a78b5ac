/** Per-module statistics for `scenarios:check --json` and the one-line summary. */
import type { PathAnalysis } from '../../src/engine/load/analyze-paths.ts';
import { guessability } from '../../src/engine/load/check-guessability.ts';
import { citedGuidelines } from '../../src/engine/load/cited-guidelines.ts';
import type { GuidelineCatalogue } from '../../src/engine/schema/guideline.ts';
import type { Scenario } from '../../src/engine/schema/scenario.ts';
import { requiredTextKeys } from '../../src/engine/text/text-keys.ts';

export function statistics(
  s: Scenario,
  cat: GuidelineCatalogue,
  st: Map<string, string>,
  analysis: PathAnalysis,
  locales: Record<'es' | 'en', unknown>,
) {
  const nodes = Object.values(s.nodes);
  const cited = citedGuidelines(s);
  const byMark: Record<string, string[]> = { V: [], P: [], U: [] };
  for (const g of [...cited].sort()) byMark[st.get(g) ?? 'U']!.push(g);
  const items = nodes.reduce((a, n) => {
    if (n.kind === 'triage') return a + n.casualties.length;
    if (n.kind === 'dispersion') return a + n.survivors.length;
    if (n.kind === 'interview') return a + n.questions.length;
    return a;
  }, 0);
  const ratings = { good: 0, mixed: 0, poor: 0 };
  nodes.forEach((n) => n.kind === 'ending' && (ratings[n.rating] += 1));
  const keys = requiredTextKeys(s).length;
  const countKeys = (o: unknown): number =>
    typeof o === 'string'
      ? 1
      : o && typeof o === 'object'
        ? Object.values(o).reduce((a: number, v) => a + countKeys(v), 0)
        : 0;
  return {
    version: s.version,
    step: s.step,
    review: s.review.status,
    nodes: nodes.length,
    decisionPoints: nodes.filter((n) => n.kind !== 'narrative' && n.kind !== 'ending').length,
    interactions: nodes
      .filter((n) => n.kind === 'triage' || n.kind === 'dispersion' || n.kind === 'interview')
      .map((n) => n.kind),
    interactionItems: items,
    endings: ratings,
    paths: analysis.complete ? analysis.paths : `>= ${analysis.paths}`,
    endingScores: analysis.endings.map((e) => ({
      node: e.node,
      rating: e.rating,
      lowest: e.lowest !== undefined ? +e.lowest.toFixed(3) : null,
      highest: e.highest !== undefined ? +e.highest.toFixed(3) : null,
      highestWithoutCritical: e.highestClean !== undefined ? +e.highestClean.toFixed(3) : null,
    })),
    guidelinesCited: { total: cited.size, ...byMark },
    decisionPointsUsed: [
      ...new Set(nodes.flatMap((n) => ('decisionPoints' in n && n.decisionPoints) || [])),
    ],
    localeKeys: { required: keys, es: countKeys(locales.es), en: countKeys(locales.en) },
    guessability: { es: guessability(s, locales.es), en: guessability(s, locales.en) },
    catalogueSize: cat.guidelines.length,
  };
}

export function summary(st: Record<string, unknown>): string {
  const e = st.endings as Record<string, number>;
  return `${st.decisionPoints} decision points, ${st.interactionItems} interaction items, endings ${e.good}/${e.mixed}/${e.poor} (good/mixed/poor), ${st.paths} paths`;
}
