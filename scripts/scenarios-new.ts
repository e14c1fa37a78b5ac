/**
 * npm run scenarios:new -- <id> --step <step>
 * Writes scenarios/<id>/ with scenario.json, locales/es.json and en.json, and NOTES.md: a module
 * that already passes `npm run scenarios:check -- <id>` and plays, ready to be written over.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../src/engine/load/did-you-mean';
import { idSchema, STEPS, type Step } from '../src/engine/schema/scenario';
import { loadCatalogue, SCENARIOS_DIR } from './lib/load-scenarios';
import { skeleton } from './lib/skeleton';

const args = process.argv.slice(2);
const stepAt = args.indexOf('--step');
const step = stepAt >= 0 ? args[stepAt + 1] : undefined;
const id = args.find((a, i) => !a.startsWith('--') && i !== stepAt + 1);
const usage = `Usage: npm run scenarios:new -- <id> --step <step>
  <id>    the module's folder name, kebab-case (e.g. shelter-arrival)
  <step>  one of ${STEPS.join(', ')} (see "step" in scenarios/README.md)`;

const fail = (message: string): never => {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
};
if (args.includes('--help')) {
  console.log(usage);
  process.exit(0);
}
if (!id) fail('Give the new module an id.');
if (!idSchema.safeParse(id).success)
  fail(`"${id}" is not a kebab-case id (lowercase letters, digits and single hyphens).`);
if (!step) fail('Say which step the module trains with --step.');
if (!(STEPS as readonly string[]).includes(step!))
  fail(`"${step}" is not a step.${didYouMean(step!, STEPS)}`);
const dir = join(SCENARIOS_DIR, id!);
if (existsSync(dir)) fail(`scenarios/${id} already exists; choose another id.`);

const files = skeleton(id!, step as Step, loadCatalogue().catalogue);
mkdirSync(join(dir, 'locales'), { recursive: true });
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
writeFileSync(join(dir, 'scenario.json'), json(files.scenario));
writeFileSync(join(dir, 'locales', 'es.json'), json(files.es));
writeFileSync(join(dir, 'locales', 'en.json'), json(files.en));
writeFileSync(join(dir, 'NOTES.md'), files.notes);
console.log(`Wrote scenarios/${id}/ (scenario.json, locales/es.json, locales/en.json, NOTES.md).
It is an unreleased draft: change it freely. Next:
  npm run scenarios:check -- ${id} --watch   # re-checks on every save
  npm run scenarios:graph -- ${id}           # its graph as Mermaid text`);
