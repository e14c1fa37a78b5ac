/**
 * Runs scripts/scenarios-check.ts from one pre-bundled file (issue 15: one module in under 2 s).
 * Through tsx, transpiling and resolving some 40 TypeScript files took about half of a one-module
 * check; the bundle loads in a few milliseconds. It lives in node_modules/.cache and is rebuilt
 * (esbuild, about 0.1 s) whenever one of the files it was built from, or esbuild, has changed.
 * The bundle is the same code as the sources: `tsx scripts/scenarios-check.ts` gives the same output.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = dirname(import.meta.dirname);
// One bundle per checkout: worktrees that share a node_modules must not run each other's code.
const dir = join(
  root,
  'node_modules',
  '.cache',
  'scenarios-check',
  createHash('sha256').update(root).digest('hex').slice(0, 12),
);
const bundle = join(dir, 'check.mjs');
const inputsFile = join(dir, 'inputs.json');

/** Whether the bundle is older than any file it was built from (or than this launcher). */
function stale() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return true;
  const built = statSync(bundle).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return true;
  }
  for (const file of [
    ...inputs,
    'scripts/scenarios-check.mjs',
    'node_modules/esbuild/package.json',
  ]) {
    const path = join(root, file);
    if (!existsSync(path) || statSync(path).mtimeMs > built) return true;
  }
  return false;
}

if (stale()) {
  const { build } = await import('esbuild');
  mkdirSync(dir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['scripts/scenarios-check.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages (zod) stay imports, resolved from node_modules as the sources resolve them.
    packages: 'external',
    outfile: bundle,
    metafile: true,
    // load-scenarios.ts finds the project root from its own folder (its only use of it); in the
    // bundle that folder would be the cache's, which a symlinked node_modules puts elsewhere.
    define: { 'import.meta.dirname': JSON.stringify(join(root, 'scripts', 'lib')) },
    logLevel: 'warning',
  });
  writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)));
}

await import(pathToFileURL(bundle).href);
