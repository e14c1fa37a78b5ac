/**
 * The real LRS the delivery tests post to: Learning Locker's statement service (xapi-statements
 * 5.0.1) in memory mode, no Mongo or Redis (STACK.md). Started on a free loopback port by the test
 * that needs it and stopped by it; its access logs go to a temporary directory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = import.meta.dirname;
const server = join(here, 'node_modules', 'xapi-statements', 'dist', 'server.js');

export const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Basic auth the test LRS accepts (it accepts any credentials in test mode). */
export const TEST_AUTH = `Basic ${Buffer.from('acompana:write-only').toString('base64')}`;

export async function startLrs() {
  if (!existsSync(server))
    throw new Error('The test LRS is not installed: run `npm run setup` (installs tests/lrs).');
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), 'acompana-lrs-'));
  const child = spawn(process.execPath, [server], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      EXPRESS_PORT: String(port),
      AUTH_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      EVENTS_REPO: 'test',
      WINSTON_CONSOLE_LEVEL: 'error',
    },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the test LRS exited: ${stderr}`);
    try {
      const r = await fetch(`${endpoint}about`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the test LRS did not start in 20 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    endpoint,
    port,
    /** Every statement stored, following `more` links. */
    async statements(query = '') {
      const all = [];
      let url = `${endpoint}statements?limit=500${query}`;
      while (url) {
        const r = await fetch(url, {
          headers: { Authorization: TEST_AUTH, 'X-Experience-API-Version': '1.0.3' },
        });
        if (!r.ok) throw new Error(`GET statements: ${r.status} ${await r.text()}`);
        const body = await r.json();
        all.push(...body.statements);
        url = body.more ? new URL(body.more, endpoint).href : '';
      }
      return all;
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
