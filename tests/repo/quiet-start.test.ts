/**
 * `npm start` prints the URL and little else (issue 9). Vite warns about every relative import
 * without a file extension that its config reaches (the native config loader cannot resolve
 * them), so every import reached from vite.config.ts names its file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '../..');
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*(['"])(\.{1,2}\/[^'"]+)\1|import\s*\(\s*(['"])(\.{1,2}\/[^'"]+)\3/g;

/** Relative imports without an extension, in every file the config reaches. */
function extensionless(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(root, entry)];
  const found: string[] = [];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[2] ?? m[4])!;
      const target = resolve(dirname(file), spec);
      if (!/\.[cm]?[jt]sx?$|\.json$/.test(spec)) {
        found.push(`${relative(root, file)}: ${spec}`);
        const guess = ['.ts', '.tsx'].map((e) => target + e).find(existsSync);
        if (guess) queue.push(guess);
      } else if (/\.tsx?$/.test(spec) && existsSync(target)) queue.push(target);
    }
  }
  return found;
}

it('every relative import reached from vite.config.ts has a file extension', () => {
  expect(extensionless('vite.config.ts')).toEqual([]);
});

it('nothing in the repository reads files from outside it (the catalogue is our own)', () => {
  const dirs = ['scripts', 'src', 'tests'];
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir), { withFileTypes: true })) {
      const p = join(dir, name.name);
      if (name.isDirectory()) walk(p);
      else if (/\.(ts|tsx|mjs|js)$/.test(name.name) && !p.endsWith('quiet-start.test.ts'))
        if (/\.\.\/shared\//.test(readFileSync(join(root, p), 'utf8'))) offenders.push(p);
    }
  };
  dirs.forEach(walk);
  expect(offenders).toEqual([]);
});
