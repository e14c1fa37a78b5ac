/**
 * Lazy access to scenario files in the browser. Each module's structure, text and history are
 * their own chunks, so the first load carries none of them; the service worker precaches them all
 * for offline play. Scenarios were validated at build time, so they are cast, not parsed.
 */
import type { Scenario } from '../engine/schema/scenario';
import type { GuidelineCatalogue } from '../engine/schema/guideline';
import type { Dimension } from '../engine/schema/guideline';

type Loader<T> = () => Promise<T>;
const structures = import.meta.glob<Scenario>('/scenarios/*/scenario.json', { import: 'default' });
const histories = import.meta.glob<Scenario>('/scenarios/*/history/*.json', { import: 'default' });
const locales = import.meta.glob<Record<string, unknown>>('/scenarios/*/locales/*.json', {
  import: 'default',
});

export type ScenarioLanguage = 'es' | 'en';

export const hasScenario = (id: string): boolean => `/scenarios/${id}/scenario.json` in structures;

export async function loadScenario(id: string): Promise<Scenario | undefined> {
  const load: Loader<Scenario> | undefined = structures[`/scenarios/${id}/scenario.json`];
  return load ? load() : undefined;
}

/** The scenario as it was at `version`: the current file, or its copy in history/. */
export async function loadScenarioAt(id: string, version: number): Promise<Scenario | undefined> {
  const current = await loadScenario(id);
  if (current?.version === version) return current;
  const old = histories[`/scenarios/${id}/history/${version}.json`];
  return old ? old() : undefined;
}

export async function loadScenarioText(
  id: string,
  lang: ScenarioLanguage,
): Promise<Record<string, unknown> | undefined> {
  const load = locales[`/scenarios/${id}/locales/${lang}.json`];
  return load ? load() : undefined;
}

let catalogue: Promise<GuidelineCatalogue> | undefined;
/** The guideline catalogue (statements in both languages), loaded once, lazily. */
export function loadCatalogue(): Promise<GuidelineCatalogue> {
  catalogue ??= import('../../scenarios/guidelines/guidelines.json').then(
    (m) => m.default as GuidelineCatalogue,
  );
  return catalogue;
}

export async function dimensionLookup(): Promise<(id: string) => Dimension | undefined> {
  const c = await loadCatalogue();
  const map = new Map(c.guidelines.map((g) => [g.id, g.dimension]));
  return (id) => map.get(id);
}
