/**
 * The organization dashboard's screens (issue 12) with 200 demo trainees, one language per test
 * file (dashboard-screens-es/en.test.mjs: each stays under the runner's per-file limit): axe, raw
 * keys, console errors and horizontal overflow at 1280 px and 360 px, with screenshots (screen and
 * print) in node_modules/.cache/acompana/dashboard-shots/.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  axeViolations,
  horizontalOverflow,
  launch,
  openPage,
  rawKeys,
  BASE_URL,
} from './browser.mjs';

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'node_modules', '.cache', 'acompana', 'dashboard-shots');
mkdirSync(shots, { recursive: true });

async function loadDemo(page) {
  await page.goto(`${BASE_URL}#/review`);
  await page.getByTestId('review-demo').click();
  await page.getByTestId('review-summary').waitFor({ timeout: 120_000 });
}

export async function checkScreens(locale) {
  const browser = await launch();
  try {
    const { page, context, errors } = await openPage(browser, { locale, width: 1280 });
    await loadDemo(page);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(300);
      assert.deepEqual(await axeViolations(page), [], `axe at ${width} px`);
      assert.deepEqual(await rawKeys(page), []);
      assert.equal(await horizontalOverflow(page), 0, `overflow at ${width} px`);
      await page.screenshot({ path: join(shots, `review-${locale}-${width}.png`) });
      await page.getByTestId('table-by-module').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, `review-${locale}-${width}-modules.png`) });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(shots, `review-${locale}-${width}-print.png`) });
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
  }
}
