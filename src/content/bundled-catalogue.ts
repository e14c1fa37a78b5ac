/**
 * The import pipeline's scenario catalogue from the files bundled with this build: every module's
 * current structure and its history copies, eagerly, because the worker that uses it scores
 * against any of them and loads only when an import starts (never on the trainee's first load).
 */
import type { Dimension, GuidelineCatalogue } from '../engine/schema/guideline';
import type { Scenario } from '../engine/schema/scenario';
import {
  createScenarioCatalogue,
  type ScenarioCatalogue,
} from '../records/import/scenario-catalogue';
import guidelines from '../../scenarios/guidelines/guidelines.json';

const structures = import.meta.glob<Scenario>('/scenarios/*/scenario.json', {
  import: 'default',
  eager: true,
});
const histories = import.meta.glob<Scenario>('/scenarios/*/history/*.json', {
  import: 'default',
  eager: true,
});

let catalogue: ScenarioCatalogue | undefined;
export function bundledCatalogue(): ScenarioCatalogue {
  if (catalogue) return catalogue;
  const dims = new Map(
    (guidelines as GuidelineCatalogue).guidelines.map((g) => [g.id, g.dimension as Dimension]),
  );
  catalogue = createScenarioCatalogue(
    [...Object.values(structures), ...Object.values(histories)],
    (id) => dims.get(id),
  );
  return catalogue;
}
