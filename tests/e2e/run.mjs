/**
 * npm run test:e2e — serves the production build with `vite preview` on loopback, runs the
 * end-to-end tests (node's test runner driving Debian's Chromium through playwright-core), then
 * stops the server. Under CI=true a missing Chromium fails the run; it is never skipped.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from './browser.mjs';

const root = join(import.meta.dirname, '..', '..');
if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
if (!chromiumPath()) {
  const msg = 'Chromium is not installed (apt-get install -y chromium, or set CHROME_PATH).';
  if (process.env.CI === 'true') {
    console.error(`${msg} End-to-end tests cannot be skipped in CI.`);
    process.exit(1);
  }
  console.warn(`${msg} Skipping end-to-end tests (not CI).`);
  process.exit(0);
}

// A free loopback port, so a preview left running elsewhere cannot collide with the tests.
const port =
  process.env.E2E_PORT ??
  (await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(String(free)));
    });
  }));
const server = spawn(
  join(root, 'node_modules/.bin/vite'),
  ['preview', '--host', '127.0.0.1', '--port', port, '--strictPort'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('vite preview did not start')), 20_000);
  server.stdout.on('data', (d) => {
    if (String(d).includes(port)) {
      clearTimeout(timer);
      resolve();
    }
  });
  server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
});

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith('.test.mjs'))
      .sort()
      .map((f) => join('tests', 'e2e', f));
const tests = spawn(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-timeout=180000', ...files],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BASE_URL: `http://127.0.0.1:${port}/` },
    shell: false,
  },
);
const code = await new Promise((resolve) => tests.on('exit', resolve));
server.kill('SIGTERM');
process.exit(code ?? 1);
