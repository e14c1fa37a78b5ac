/**
 * npm run demo:data -- --out DIR [--trainees N] [--seed S] [--broken]
 *
 * Writes one result file per simulated trainee (src/records/demo/demo-cohort.ts): skill profiles
 * that vary by welfare dimension and improve over repeated attempts, playing the real modules
 * through the real engine. The same seed gives the same files. `--broken` adds five broken files,
 * each named for the refusal the import gives it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brokenDemoFiles } from '../src/records/demo/broken-files';
import { demoCohort } from '../src/records/demo/demo-cohort';
import { diskCatalogue } from './lib/disk-catalogue';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    trainees: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    broken: { type: 'boolean', default: false },
  },
});
const trainees = Number(values.trainees);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(trainees) || trainees < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run demo:data -- --out DIR [--trainees N] [--seed S] [--broken]');
  process.exit(2);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const catalogue = diskCatalogue();
const t0 = performance.now();
const cohort = demoCohort({
  modules: catalogue.latest(),
  dimensionOf: catalogue.dimensionOf,
  trainees,
  seed,
});
let attempts = 0;
for (const t of cohort) {
  writeFileSync(join(out, t.fileName), `${JSON.stringify(t.file, null, 2)}\n`);
  attempts += t.file.attempts.length;
}
if (values.broken)
  for (const b of brokenDemoFiles(cohort[0]!.file)) writeFileSync(join(out, b.name), b.data);
console.log(
  `${cohort.length} result files (${attempts} attempts, seed ${seed})${values.broken ? ' + 5 broken files' : ''} in ${out} — ${(performance.now() - t0).toFixed(0)} ms`,
);
