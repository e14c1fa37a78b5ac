/**
 * JSON Schemas for editors (issue 15), generated from the zod schemas so they are never written
 * twice: `scenarios/scenario.schema.json` and `scenarios/locale.schema.json`, mapped to the module
 * files in `.vscode/settings.json`. Guideline ids become an enum of the catalogue's ids, so an
 * editor completes them. `npm run scenarios:schema` rewrites both; a test fails when they are stale.
 */
import { z } from 'zod';
import { scenarioSchema } from '../../src/engine/schema/scenario.ts';
import type { GuidelineCatalogue } from '../../src/engine/schema/guideline.ts';

type Json = { [k: string]: unknown };
const text = z.string().min(1);
type Texts = { [k: string]: string | Texts };
const texts: z.ZodType<Texts> = z.lazy(() => z.record(z.string(), z.union([text, texts])));
/** A module's locale file: nested objects of texts, with the library card's title and summary. */
export const localeSchema = z
  .looseObject({ title: text, summary: text })
  .catchall(z.union([text, texts]));

/** The pattern zod writes for `guidelineIdSchema` (a test checks a shipped id still matches). */
export const GUIDELINE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)+$/.source;

/** Adds the catalogue's ids as an enum wherever the schema asks for a guideline id. */
function withGuidelineEnum(node: unknown, ids: string[]): unknown {
  if (Array.isArray(node)) return node.map((x) => withGuidelineEnum(x, ids));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) out[k] = withGuidelineEnum(v, ids);
  if (out.type === 'string' && out.pattern === GUIDELINE_PATTERN) {
    delete out.pattern;
    out.enum = ids;
  }
  return out;
}

export function jsonSchemas(catalogue: GuidelineCatalogue) {
  const ids = catalogue.guidelines.map((g) => g.id).sort();
  const scenario = withGuidelineEnum(
    z.toJSONSchema(scenarioSchema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }),
    ids,
  ) as Json;
  const locale = z.toJSONSchema(localeSchema, { target: 'draft-7', io: 'input' }) as Json;
  return {
    'scenario.schema.json': { title: 'Acompaña scenario.json', ...scenario },
    'locale.schema.json': { title: 'Acompaña module locale (es.json, en.json)', ...locale },
  };
}

export const schemaText = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;
