/**
 * npm run package -- --format cmi5|scorm12|scorm2004 [--modules a,b] [--out dir]
 * Builds an LMS package from the production build in dist/ (run by `npm run package`, which
 * builds first) and writes dist-packages/acompana-<format>[-<modules>].zip.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPackage } from '../src/standards/package/build-package.ts';
import type { PackageFormat, PackageModule } from '../src/standards/package/manifests.ts';
import { lookupText } from '../src/engine/text/text-keys.ts';
import { loadAll, ROOT } from './lib/load-scenarios.ts';

const FORMATS: PackageFormat[] = ['cmi5', 'scorm12', 'scorm2004'];
const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    modules: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'dist-packages') },
    dist: { type: 'string', default: join(ROOT, 'dist') },
  },
});
const format = values.format as PackageFormat;
if (!FORMATS.includes(format)) {
  console.error(
    `--format must be one of ${FORMATS.join(', ')} (got ${values.format ?? 'nothing'})`,
  );
  process.exit(2);
}
if (!existsSync(join(values.dist!, 'index.html'))) {
  console.error(`No build in ${values.dist}: run \`npm run build\` first.`);
  process.exit(2);
}
const all = loadAll().scenarios.filter((m) => m.scenario);
const wanted = values.modules
  ?.split(',')
  .map((m) => m.trim())
  .filter(Boolean);
const unknown = wanted?.filter((w) => !all.some((m) => m.id === w)) ?? [];
if (unknown.length) {
  console.error(
    `Unknown module(s): ${unknown.join(', ')}. Known: ${all.map((m) => m.id).join(', ')}`,
  );
  process.exit(2);
}
const chosen = wanted ? all.filter((m) => wanted.includes(m.id)) : all;
const both = (m: (typeof all)[number], key: string) => ({
  es: lookupText(m.locales.es, key) ?? m.id,
  en: lookupText(m.locales.en, key) ?? m.id,
});
const modules: PackageModule[] = chosen
  .sort((a, b) => (a.scenario!.order ?? 99) - (b.scenario!.order ?? 99))
  .map((m) => ({ id: m.id, title: both(m, 'title'), summary: both(m, 'summary') }));

const appFiles: Record<string, Uint8Array> = {};
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else appFiles[relative(values.dist!, path).split('\\').join('/')] = readFileSync(path);
  }
};
walk(values.dist!);

const zip = buildPackage({
  format,
  info: {
    id: `acompana-${wanted ? wanted.join('-') : 'all'}`,
    title: { es: 'Acompaña: capacitación', en: 'Acompaña: training' },
    modules,
  },
  appFiles,
});
mkdirSync(values.out!, { recursive: true });
const file = join(values.out!, `acompana-${format}${wanted ? `-${wanted.join('-')}` : ''}.zip`);
writeFileSync(file, zip);
console.log(
  `${relative(process.cwd(), file)}: ${modules.length} module(s), ${(zip.length / 1024).toFixed(0)} KB`,
);
