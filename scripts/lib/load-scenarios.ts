/**
 * Reads every scenario folder from disk for the checker, the benchmarks and the path tests.
 * Node-only; the app loads scenarios through Vite instead.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { catalogueSchema, type GuidelineCatalogue } from '../../src/engine/schema/guideline.ts';
import type { Scenario } from '../../src/engine/schema/scenario.ts';
import { parseScenario } from '../../src/engine/load/parse-scenario.ts';
import { checkScenario, type CatalogueIndex } from '../../src/engine/load/check-scenario.ts';
import type { ScenarioIssue } from '../../src/engine/load/scenario-issue.ts';

/** The project root: the nearest folder above this file with a package.json (also when bundled). */
export const ROOT = (() => {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
export const SCENARIOS_DIR = join(ROOT, 'scenarios');

export type LoadedScenario = {
  id: string;
  file: string;
  scenario?: Scenario;
  locales: Record<'es' | 'en', unknown>;
  issues: ScenarioIssue[];
};

const rel = (p: string) => relative(ROOT, p);

/** Larger than any real module file (about 30 KB) by far; beyond it, checking would only stall. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

function readText(path: string, issues: ScenarioIssue[]): string | undefined {
  if (!existsSync(path)) {
    issues.push({ severity: 'error', file: rel(path), path: '(root)', message: 'is missing' });
    return undefined;
  }
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    issues.push({
      severity: 'error',
      file: rel(path),
      path: '(root)',
      message: `is ${(size / 1024 / 1024).toFixed(1)} MB; a module file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    });
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

function readJson(path: string, issues: ScenarioIssue[]): unknown {
  const text = readText(path, issues);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    issues.push({
      severity: 'error',
      file: rel(path),
      path: '(root)',
      message: `is not valid JSON: ${(e as Error).message}`,
    });
    return undefined;
  }
}

export function loadCatalogue(dir = SCENARIOS_DIR): {
  catalogue: GuidelineCatalogue;
  index: CatalogueIndex;
} {
  const catalogue = catalogueSchema.parse(
    JSON.parse(readFileSync(join(dir, 'guidelines', 'guidelines.json'), 'utf8')),
  );
  const dps = JSON.parse(readFileSync(join(dir, 'guidelines', 'decision-points.json'), 'utf8')) as {
    decisionPoints: { id: string; needsExpertDecision: boolean }[];
  };
  return {
    catalogue,
    index: {
      guidelines: new Map(catalogue.guidelines.map((g) => [g.id, { status: g.status }])),
      decisionPoints: new Map(
        dps.decisionPoints.map((d) => [d.id, { needsExpertDecision: d.needsExpertDecision }]),
      ),
    },
  };
}

export function scenarioFolders(dir = SCENARIOS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'scenario.json')))
    .map((d) => d.name)
    .sort();
}

/** Loads one scenario folder and runs every check on it. */
export function loadScenario(
  id: string,
  index: CatalogueIndex,
  dir = SCENARIOS_DIR,
): LoadedScenario {
  const base = join(dir, id);
  const file = rel(join(base, 'scenario.json'));
  const issues: ScenarioIssue[] = [];
  const es = readJson(join(base, 'locales', 'es.json'), issues);
  const en = readJson(join(base, 'locales', 'en.json'), issues);
  const source = readText(join(base, 'scenario.json'), issues);
  if (source === undefined) return { id, file, locales: { es, en }, issues };
  const parsed = parseScenario(file, source);
  if (!parsed.ok) return { id, file, locales: { es, en }, issues: [...issues, ...parsed.issues] };
  issues.push(
    ...checkScenario(
      {
        file,
        scenario: parsed.value,
        locales: {
          es: { file: rel(join(base, 'locales', 'es.json')), data: es },
          en: { file: rel(join(base, 'locales', 'en.json')), data: en },
        },
      },
      index,
    ),
  );
  return { id, file, scenario: parsed.value, locales: { es, en }, issues };
}

export function loadAll(dir = SCENARIOS_DIR) {
  const { catalogue, index } = loadCatalogue(dir);
  return {
    catalogue,
    index,
    scenarios: scenarioFolders(dir).map((id) => loadScenario(id, index, dir)),
  };
}
