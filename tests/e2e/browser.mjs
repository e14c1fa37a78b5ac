/**
 * Shared browser helpers for end-to-end tests: Debian's Chromium through playwright-core (the
 * Playwright browser download does not work here). Under CI=true a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';

export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  try {
    return (
      execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
        encoding: 'utf8',
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

export async function launch() {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error(
      'Chromium not found: install it (apt-get install -y chromium) or set CHROME_PATH',
    );
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (empty IndexedDB) in a language, collecting console errors and page errors. */
export async function openPage(browser, { locale = 'es-MX', width = 1024, height = 800 } = {}) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

export async function axeViolations(page) {
  const r = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return r.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

/** Text that looks like an untranslated i18next key (e.g. "debrief.title" or "nodes.x.text"). */
export async function rawKeys(page) {
  const text = await page.evaluate(() => document.body.innerText);
  return [...text.matchAll(/\b(?:[a-z][a-zA-Z-]*\.){1,4}[a-z][a-zA-Z-]*(?:_(?:one|other))?\b/g)]
    .map((m) => m[0])
    .filter(
      (k) =>
        !/^(?:www\.|[a-z]+\.(?:json|js|com|mx|org|gob))/.test(k) &&
        /^(?:nodes|casualties|survivors|hospitals|facts|questions|goals|agencies|player|debrief|module|home|status|triage|dispersion|interview|items|quality|reasons|feedback|mode|support|profile|privacy|welcome|settings|attempts|nav|language|step|role|contentNote|review|progress|dimension|measure|guidelines|editor|detail|handout|link)\./.test(
          k,
        ),
    );
}

/** Pages wider than the viewport (layout overflow on a 360 px phone). */
export const horizontalOverflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** First use: choose a pseudonym and role; consent left off. */
export async function createProfile(page, { pseudonym = 'Garza', roleIndex = 0 } = {}) {
  await page.goto(BASE_URL);
  await page.locator('#pseudonym').waitFor();
  await page.fill('#pseudonym', pseudonym);
  await page.locator('input[name="role"]').nth(roleIndex).check();
  await page.getByTestId('save-profile').click();
  await page.getByTestId('module-card').first().waitFor();
}
