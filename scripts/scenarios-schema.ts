/** npm run scenarios:schema — regenerates scenarios/*.schema.json from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, schemaText } from './lib/json-schemas';
import { loadCatalogue, SCENARIOS_DIR } from './lib/load-scenarios';

for (const [name, schema] of Object.entries(jsonSchemas(loadCatalogue().catalogue))) {
  writeFileSync(join(SCENARIOS_DIR, name), schemaText(schema));
  console.log(`scenarios/${name} written`);
}
