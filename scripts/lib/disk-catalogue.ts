/**
 * The import pipeline's scenario catalogue read from disk (Node: tests, bench, demo data): every
 * scenario's current file and its history copies, with the guideline catalogue's dimensions. The app
 * builds the same catalogue from the bundled files in src/content/import-worker.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../src/engine/schema/scenario';
import {
  createScenarioCatalogue,
  type ScenarioCatalogue,
} from '../../src/records/import/scenario-catalogue';
import { loadAll, SCENARIOS_DIR } from './load-scenarios';

export function diskScenarios(dir = SCENARIOS_DIR): { current: Scenario[]; history: Scenario[] } {
  const { scenarios } = loadAll(dir);
  const current = scenarios.flatMap((l) => (l.scenario ? [l.scenario] : []));
  const history: Scenario[] = [];
  for (const s of current) {
    const h = join(dir, s.id, 'history');
    if (!existsSync(h)) continue;
    for (const f of readdirSync(h)
      .filter((n) => n.endsWith('.json'))
      .sort())
      history.push(JSON.parse(readFileSync(join(h, f), 'utf8')) as Scenario);
  }
  return { current, history };
}

let cached: ScenarioCatalogue | undefined;
export function diskCatalogue(): ScenarioCatalogue {
  if (cached) return cached;
  const { catalogue } = loadAll();
  const dims = new Map(catalogue.guidelines.map((g) => [g.id, g.dimension]));
  const { current, history } = diskScenarios();
  cached = createScenarioCatalogue([...current, ...history], (id) => dims.get(id));
  return cached;
}
