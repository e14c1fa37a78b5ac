/** The shipped modules' raw files, for tests that mutate them before checking. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue, scenarioFolders, SCENARIOS_DIR } from '../../scripts/lib/load-scenarios';
import { checkModule } from '../../src/engine/load/check-module';
import type { AnalyzeOptions } from '../../src/engine/load/analyze-module';
import { guidelineDimension } from '../fixtures/catalogue';

export type RawModule = {
  id: string;
  scenario: Record<string, unknown>;
  locales: Record<'es' | 'en', Record<string, unknown>>;
};

const read = (...parts: string[]) =>
  JSON.parse(readFileSync(join(SCENARIOS_DIR, ...parts), 'utf8'));

export const rawModules = (): RawModule[] =>
  scenarioFolders().map((id) => ({
    id,
    scenario: read(id, 'scenario.json'),
    locales: { es: read(id, 'locales', 'es.json'), en: read(id, 'locales', 'en.json') },
  }));

export const { index: catalogueIndex } = loadCatalogue();

/** Runs the whole checker on (possibly mutated) module files, as the CLI does. */
export function check(m: RawModule, opts: Partial<AnalyzeOptions> = {}) {
  return checkModule(
    {
      file: `scenarios/${m.id}/scenario.json`,
      source: m.scenario,
      locales: {
        es: { file: `scenarios/${m.id}/locales/es.json`, data: m.locales.es },
        en: { file: `scenarios/${m.id}/locales/en.json`, data: m.locales.en },
      },
    },
    catalogueIndex,
    { dimensionOf: guidelineDimension, lengthRule: 'warning', ...opts },
  );
}

export const errorsOf = (r: ReturnType<typeof check>) =>
  r.issues.filter((i) => i.severity === 'error');
