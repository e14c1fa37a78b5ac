/**
 * Editor schemas (issue 15): generated from the zod schemas and up to date, and every shipped
 * module file validates against them with an independent validator (ajv).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemaText } from '../../scripts/lib/json-schemas';
import { loadCatalogue, SCENARIOS_DIR } from '../../scripts/lib/load-scenarios';
import { rawModules } from './module-files';

const generated = jsonSchemas(loadCatalogue().catalogue);
const ajv = new Ajv({ allErrors: true, strict: false });
const validScenario = ajv.compile(generated['scenario.schema.json']);
const validLocale = ajv.compile(generated['locale.schema.json']);

describe('JSON Schemas for editors', () => {
  it.each(Object.keys(generated))(
    'scenarios/%s is up to date (npm run scenarios:schema)',
    (name) => {
      const committed = readFileSync(join(SCENARIOS_DIR, name), 'utf8');
      expect(committed).toBe(schemaText(generated[name as keyof typeof generated]));
    },
  );

  it.each(rawModules().map((m) => [m.id, m] as const))(
    '%s: scenario.json and both locales validate',
    (_id, m) => {
      expect(validScenario(m.scenario), JSON.stringify(validScenario.errors)).toBe(true);
      expect(validLocale(m.locales.es), JSON.stringify(validLocale.errors)).toBe(true);
      expect(validLocale(m.locales.en), JSON.stringify(validLocale.errors)).toBe(true);
    },
  );

  it('refuses an unknown quality, an unknown guideline and a missing title', () => {
    const m = structuredClone(rawModules().find((x) => x.id === 'sample-first-hour')!);
    const choice = (m.scenario.nodes as Record<string, { choices: Record<string, unknown>[] }>)
      .arrival!.choices[0]!;
    choice.quality = 'great';
    choice.guidelines = ['NOT-IN-CATALOGUE'];
    expect(validScenario(m.scenario)).toBe(false);
    const paths = (validScenario.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/nodes/arrival/choices/0/quality');
    expect(paths).toContain('/nodes/arrival/choices/0/guidelines/0');
    delete m.locales.es.title;
    expect(validLocale(m.locales.es)).toBe(false);
  });
});
