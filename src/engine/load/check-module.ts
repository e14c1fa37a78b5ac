/**
 * Everything the checker says about one module, from its raw files: the schema, the
 * cross-reference checks, then (only when those found no error) the checks that play it.
 * The CLI, the property-based test and the author preview share it.
 */
import type { Scenario } from '../schema/scenario.ts';
import { analyzeModule, type AnalyzeOptions } from './analyze-module.ts';
import type { PathAnalysis } from './analyze-paths.ts';
import { checkScenario, type CatalogueIndex } from './check-scenario.ts';
import { parseScenario } from './parse-scenario.ts';
import type { ScenarioIssue } from './scenario-issue.ts';

export type ModuleFiles = {
  /** Path of scenario.json, as the issues should name it. */
  file: string;
  /** scenario.json as text or as parsed JSON. */
  source: unknown;
  locales: Record<'es' | 'en', { file: string; data: unknown }>;
};

export type ModuleCheck = { scenario?: Scenario; analysis?: PathAnalysis; issues: ScenarioIssue[] };

export function checkModule(
  f: ModuleFiles,
  cat: CatalogueIndex,
  opts: AnalyzeOptions,
): ModuleCheck {
  const parsed = parseScenario(f.file, f.source);
  if (!parsed.ok) return { issues: parsed.issues };
  const scenario = parsed.value;
  const issues = checkScenario({ file: f.file, scenario, locales: f.locales }, cat);
  if (issues.some((i) => i.severity === 'error')) return { scenario, issues };
  const played = analyzeModule(
    scenario,
    f.file,
    { es: f.locales.es.data, en: f.locales.en.data },
    opts,
  );
  return { scenario, analysis: played.analysis, issues: [...issues, ...played.issues] };
}
