import { loadLibrary, type LibraryEntry } from '../../content/library';
import { loadCatalogue, loadScenario } from '../../content/scenario-source';
import { loadGuidelineSources } from '../../content/guideline-sources';
import { citedGuidelines } from '../../engine/load/cited-guidelines';
import { citedByModule, type GuidelineEntry } from './guideline-search';

export type GuidelineBrowserData = { entries: GuidelineEntry[]; modules: LibraryEntry[] };

/** The catalogue joined with its sources and with the modules of this build that cite each entry. */
export async function loadGuidelineEntries(): Promise<GuidelineBrowserData> {
  const [catalogue, sources, modules] = await Promise.all([
    loadCatalogue(),
    loadGuidelineSources(),
    loadLibrary(),
  ]);
  const scenarios = await Promise.all(modules.map((m) => loadScenario(m.id)));
  const cited = citedByModule(
    scenarios.flatMap((s) => (s ? [{ id: s.id, cited: citedGuidelines(s) }] : [])),
  );
  const entries = catalogue.guidelines.map((guideline) => ({
    guideline,
    sources: guideline.sources.map((id) => ({ id, title: sources.get(id)?.title ?? id })),
    citedBy: cited.get(guideline.id) ?? [],
  }));
  return { entries, modules };
}
