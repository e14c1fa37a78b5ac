/**
 * npm test — the whole suite, in the order a failure is cheapest to find: typecheck, lint,
 * formatting, unit and path tests (Vitest), the scenario check, the production build, and the
 * end-to-end tests in Chromium. Prints each runner's own result lines, then one summary line.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
mkdirSync(join(root, 'test-results'), { recursive: true });

function run(label, cmd, args, { capture = false, env = process.env } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n▶ ${label}`);
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
      env,
    });
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('exit', (code) => {
      console.log(
        `◀ ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      resolve({ code: code ?? 1, out });
    });
  });
}

let passed = 0;
let failed = 0;
const stages = [];
const stage = async (label, cmd, args, opts) => {
  const r = await run(label, cmd, args, opts);
  stages.push([label, r.code]);
  return r;
};

const fatal = async (label, cmd, args, opts) => {
  const r = await stage(label, cmd, args, opts);
  if (r.code !== 0) {
    failed += 1;
    finish();
  }
};

function finish() {
  console.log('\nSummary');
  for (const [label, code] of stages) console.log(`  ${code === 0 ? '✓' : '✗'} ${label}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed || stages.some(([, c]) => c !== 0) ? 1 : 0);
}

// The test LRS (tests/lrs) keeps its own lockfile, so a plain `npm ci` does not install it: do it
// here, once, so `npm test` stays the one command a new user types after `npm ci`.
if (!existsSync(join(root, 'tests', 'lrs', 'node_modules'))) {
  // The app's engine-strict must not reach it (the LRS package declares old engines): the
  // npm_config_* variables `npm test` passes down would carry it, so they are not passed on.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')),
  );
  await fatal(
    'test LRS install',
    'npm',
    ['ci', '--prefix', 'tests/lrs', '--no-audit', '--no-fund'],
    {
      env,
    },
  );
}
await fatal('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
await fatal('lint', bin('eslint'), ['.', '--max-warnings', '0']);
await fatal('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);

const unit = await stage('unit and path tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
try {
  const r = JSON.parse(readFileSync(join(root, 'test-results/vitest.json'), 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (unit.code !== 0 && r.numFailedTests === 0 ? 1 : 0);
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
} catch {
  failed += 1;
}

const check = await stage('scenario check', bin('tsx'), ['scripts/scenarios-check.ts']);
if (check.code !== 0) failed += 1;
await fatal('production build', bin('vite'), ['build', '--logLevel', 'warn']);

const e2e = await stage('end-to-end tests (Chromium)', process.execPath, ['tests/e2e/run.mjs'], {
  capture: true,
});
const pass = Number(/# pass (\d+)/.exec(e2e.out)?.[1] ?? 0);
const fail = Number(/# fail (\d+)/.exec(e2e.out)?.[1] ?? 0);
passed += pass;
failed += fail + (e2e.code !== 0 && fail === 0 ? 1 : 0);
console.log(`e2e: ${pass} passed, ${fail} failed`);
finish();
