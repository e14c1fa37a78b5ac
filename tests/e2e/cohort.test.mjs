/**
 * The instructor's cohort view in Chromium (issue 10): 200 trainees' result files and five broken
 * ones, loaded with no trainee profile on this browser; each broken file listed with its reason;
 * the trainees CSV agrees with the table; a trainee's debrief opens read-only; the cohort survives
 * a reload; a trainee can be removed and brought back; axe, raw keys and 360 px in both languages.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { axeViolations, horizontalOverflow, launch, openPage, BASE_URL } from './browser.mjs';

const root = join(import.meta.dirname, '..', '..');
let browser;
let files;
before(async () => {
  // The fixture plays the real modules through the engine (TypeScript): bundle it for Node.
  const out = join(root, 'node_modules', '.cache', 'acompana', 'cohort-e2e-files.mjs');
  await build({
    entryPoints: [join(root, 'tests', 'fixtures', 'cohort-e2e-files.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'warning',
  });
  files = (await import(pathToFileURL(out).href)).cohortFiles(200);
  browser = await launch();
});
after(async () => browser?.close());

const inputs = (good = files.good.length) =>
  [...files.good.slice(0, good), ...files.broken].map((f) => ({
    name: f.name,
    mimeType: 'application/json',
    buffer: Buffer.from(f.text),
  }));

async function loadCohort(page, good) {
  await page.goto(`${BASE_URL}#/cohort`);
  await page.getByTestId('cohort-files').waitFor();
  await page.getByTestId('cohort-files').setInputFiles(inputs(good));
  await page.getByTestId('trainee-table').waitFor({ timeout: 60_000 });
}

const cohortKeys = (page) =>
  page.evaluate(() => document.body.innerText.match(/\bcohort\.[a-zA-Z.-]+/g) ?? []);

describe('cohort view', () => {
  it('counts 200 trainees, lists every broken file with its reason, exports a CSV that matches the table and opens a debrief', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-US', width: 1280 });
    await loadCohort(page);
    assert.equal(
      await page.getByTestId('cohort-summary').innerText(),
      '200 trainees, 400 attempts.',
    );
    assert.equal(await page.getByTestId('trainee-row').count(), 200);

    const refused = await page.getByTestId('cohort-refused').locator('li').allInnerTexts();
    for (const b of files.broken) {
      const line = refused.find((l) => l.startsWith(`${b.name}:`) || l.startsWith('trainee-000'));
      assert.ok(line, `${b.name} is listed`);
    }
    for (const b of files.broken.filter((x) => !x.name.includes('copy'))) {
      const line = refused.find((l) => l.startsWith(`${b.name}:`));
      assert.match(line ?? '', b.reason, `${b.name}: ${line}`);
    }
    // The copy of trainee-000's file: its two attempts are duplicates, whichever file came first.
    assert.equal(refused.filter((l) => /already in this cohort/.test(l)).length, 2);
    assert.equal(refused.length, 6);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('csv-trainees').click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 byte-order mark');
    const [header, ...rows] = csv.slice(1).trimEnd().split('\r\n');
    assert.match(header, /^pseudonym,learner_id,role,status,modules_done,/);
    assert.equal(rows.length, 200);
    const table = await page.getByTestId('trainee-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        learner: tr.dataset.learner,
        cells: [...tr.children].map((c) => c.firstChild?.textContent?.trim() ?? ''),
      })),
    );
    const byLearner = new Map(table.map((r) => [r.learner, r.cells]));
    for (const row of rows) {
      const [pseudonym, learner, , status, done, expected, , score, critical, attempts] =
        row.split(',');
      const cells = byLearner.get(learner);
      assert.ok(cells, `${learner} is in the table`);
      assert.equal(cells[0], pseudonym);
      assert.equal(cells[2], `${done} of ${expected}`);
      assert.equal(
        cells[3],
        { passed: 'Passed', 'not-passed': 'Not passed', 'in-progress': 'In progress' }[status],
      );
      assert.equal(cells[4], score === '' ? '—' : `${score}%`);
      assert.equal(cells[5], critical);
      assert.equal(cells[6], attempts);
    }

    await page.locator('[data-learner="L-7"]').getByTestId('open-trainee').click();
    await page.getByTestId('trainee-attempts').waitFor();
    await page.getByTestId('open-attempt').first().click();
    const debrief = page.getByTestId('cohort-debrief');
    await debrief.getByTestId('overall-score').waitFor();
    assert.match(await debrief.getByTestId('verdict').innerText(), /passed/i);
    await page
      .locator('details.module-detail')
      .first()
      .evaluate((d) => d.setAttribute('open', ''));
    await page.getByTestId('missed-item').first().waitFor();
    // axe runs on the smaller cohorts below: on 200 rows plus a debrief it takes over a minute here.
    assert.deepEqual(await cohortKeys(page), []);

    // Stored on this device: a reload shows the same cohort; a removed trainee leaves the figures.
    await page.reload();
    await page.getByTestId('trainee-table').waitFor({ timeout: 60_000 });
    assert.equal(
      await page.getByTestId('cohort-summary').innerText(),
      '200 trainees, 400 attempts.',
    );
    assert.equal(await page.getByTestId('cohort-refused').locator('li').count(), 6);
    await page.locator('[data-learner="L-7"]').getByTestId('remove-trainee').click();
    await page.getByText('199 trainees, 398 attempts.').waitFor();
    await page.getByTestId('restore-trainee').click();
    await page.getByText('200 trainees, 400 attempts.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  // The other language and width on a smaller cohort: the 200-file load is proven above.
  for (const [locale, width] of [
    ['es-MX', 360],
    ['en-US', 360],
  ])
    it(`reads in ${locale} at ${width} px: reasons in the language, axe clean, no overflow`, async () => {
      const { page, context, errors } = await openPage(browser, { locale, width, height: 800 });
      await page.goto(`${BASE_URL}#/cohort`);
      await page.getByTestId('cohort-files').waitFor();
      assert.equal(await horizontalOverflow(page), 0, 'empty cohort');
      await loadCohort(page, 12);
      const refused = await page.getByTestId('cohort-refused').innerText();
      if (locale === 'es-MX') {
        assert.equal(
          await page.getByTestId('cohort-summary').innerText(),
          '12 participantes, 24 intentos.',
        );
        assert.match(refused, /notes\.txt: Este no es un archivo JSON\./);
        assert.match(
          refused,
          /h5p-report\.json: Este no es un archivo de resultados de Acompaña\./,
        );
        assert.match(
          refused,
          /no-learner\.json: No se puede leer el intento 1: el campo «learner\.id» no es válido/,
        );
        assert.match(
          refused,
          /unknown-module\.json: El intento 1 es de un módulo que esta aplicación no tiene/,
        );
        assert.match(refused, /ya está en este grupo/);
      }
      await page.getByTestId('open-trainee').first().click();
      await page.getByTestId('open-attempt').first().click();
      await page.getByTestId('cohort-debrief').getByTestId('overall-score').waitFor();
      await page
        .locator('details.module-detail')
        .first()
        .evaluate((d) => d.setAttribute('open', ''));
      await page.getByTestId('missed-item').first().waitFor();
      assert.deepEqual(await axeViolations(page), []);
      assert.equal(await horizontalOverflow(page), 0);
      assert.deepEqual(await cohortKeys(page), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
});
