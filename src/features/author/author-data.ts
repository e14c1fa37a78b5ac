import { loadLibrary, type LibraryEntry } from '../../content/library';
import { loadCatalogue, loadScenario, loadScenarioText } from '../../content/scenario-source';
import { answerTells, guessability, type Guessability } from '../../engine/load/check-guessability';
import { checkScenario } from '../../engine/load/check-scenario';
import { citedGuidelines } from '../../engine/load/cited-guidelines';
import type { ScenarioIssue } from '../../engine/load/scenario-issue';
import type { Guideline } from '../../engine/schema/guideline';
import type { Scenario } from '../../engine/schema/scenario';
import { scenarioGraph, type ScenarioGraph } from '../../engine/graph/scenario-graph';

export type Locales = { es: unknown; en: unknown };

/** Everything the author preview shows of one module, computed in the browser from its files. */
export type ModulePreview = {
  entry: LibraryEntry;
  scenario: Scenario;
  locales: Locales;
  graph: ScenarioGraph;
  /** Structure and cross-reference checks (no path analysis: that is `scenarios:check`'s). */
  issues: ScenarioIssue[];
  cited: { V: string[]; P: string[]; U: string[] };
  tells: Record<'es' | 'en', { g: Guessability; broken: ReturnType<typeof answerTells> }>;
};

export async function loadModulePreview(id: string): Promise<ModulePreview | undefined> {
  const [library, scenario, es, en, catalogue, points] = await Promise.all([
    loadLibrary(),
    loadScenario(id),
    loadScenarioText(id, 'es'),
    loadScenarioText(id, 'en'),
    loadCatalogue(),
    import('../../../scenarios/guidelines/decision-points.json').then((m) => m.default),
  ]);
  const entry = library.find((m) => m.id === id);
  if (!entry || !scenario || !es || !en) return undefined;
  const marks = new Map<string, Pick<Guideline, 'status'>>(
    catalogue.guidelines.map((g) => [g.id, { status: g.status }]),
  );
  const issues = checkScenario(
    {
      file: `scenarios/${id}/scenario.json`,
      scenario,
      locales: {
        es: { file: `scenarios/${id}/locales/es.json`, data: es },
        en: { file: `scenarios/${id}/locales/en.json`, data: en },
      },
    },
    {
      guidelines: marks,
      decisionPoints: new Map(
        points.decisionPoints.map((p) => [p.id, { needsExpertDecision: p.needsExpertDecision }]),
      ),
    },
  );
  const cited: ModulePreview['cited'] = { V: [], P: [], U: [] };
  for (const g of [...citedGuidelines(scenario)].sort()) cited[marks.get(g)?.status ?? 'U'].push(g);
  const tell = (locale: unknown) => {
    const g = guessability(scenario, locale);
    return { g, broken: answerTells(g) };
  };
  return {
    entry,
    scenario,
    locales: { es, en },
    graph: scenarioGraph(scenario),
    issues,
    cited,
    tells: { es: tell(es), en: tell(en) },
  };
}
