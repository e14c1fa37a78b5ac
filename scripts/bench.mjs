/**
 * npm run bench: bundles scripts/bench.ts with esbuild (as the app's build would compile the
 * engine: no tsx runtime helpers in hot loops) and runs it with plain Node.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const out = join(root, 'node_modules', '.cache', 'acompana', 'bench.mjs');
mkdirSync(join(out, '..'), { recursive: true });
await build({
  entryPoints: [join(root, 'scripts', 'bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(out).href);
