import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launch, openPage } from './browser.mjs';

/**
 * Under `npm run dev`, saving a module's locale file refreshes the author preview and keeps the
 * node it was on (issue 15). Its own dev server: the other e2e tests run against the build.
 */
const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'scenarios', 'sample-first-hour', 'locales', 'en.json');
const original = readFileSync(file, 'utf8');
let browser;
let dev;
let url;

before(async () => {
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  dev = spawn(
    join(root, 'node_modules/.bin/vite'),
    ['--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite dev did not start')), 30_000);
    dev.stdout.on(
      'data',
      (d) => String(d).includes(String(port)) && (clearTimeout(timer), resolve()),
    );
  });
  url = `http://127.0.0.1:${port}/#/author/sample-first-hour/arrival`;
  browser = await launch();
});
after(async () => {
  writeFileSync(file, original);
  await browser?.close();
  dev?.kill();
});

it('refreshes the preview on a saved locale file and stays on the node', async () => {
  const { page, context } = await openPage(browser, { locale: 'en-US', width: 1280 });
  await page.goto(url);
  const panel = page.getByTestId('node-panel');
  await panel.waitFor({ timeout: 90_000 });
  const json = JSON.parse(original);
  const edited = `${json.nodes.arrival.text} (edited while previewing)`;
  try {
    json.nodes.arrival.text = edited;
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    await page.waitForFunction(
      (t) => document.querySelector('[data-testid="node-panel"]')?.textContent?.includes(t),
      edited,
      { timeout: 60_000 },
    );
  } finally {
    writeFileSync(file, original);
  }
  assert.match(page.url(), /#\/author\/sample-first-hour\/arrival$/);
  assert.match(await panel.locator('h2').first().innerText(), /arrival/);
  await context.close();
});
