/**
 * The instructor's cohort view in Chromium (issue 10): 200 demo trainees' result files and five broken
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
import { assignedResultFile } from './assign-drive.mjs';

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

const inputs = (good = files.good.length) => [
  ...files.good.slice(0, good).map((f) => ({
    name: f.name,
    mimeType: 'application/json',
    buffer: Buffer.from(f.text),
  })),
  ...files.broken.map((f) => ({
    name: f.name,
    mimeType: 'application/json',
    buffer: Buffer.from(f.data),
  })),
];
const attemptsOf = (good = files.good.length) =>
  files.good.slice(0, good).reduce((a, f) => a + f.attempts, 0);

async function loadCohort(page, good) {
  await page.goto(`${BASE_URL}#/cohort`);
  await page.getByTestId('cohort-files').waitFor();
  await page.getByTestId('cohort-files').setInputFiles(inputs(good));
  await page.getByTestId('trainee-table').waitFor({ timeout: 60_000 });
}

const cohortKeys = (page) =>
  page.evaluate(() => document.body.innerText.match(/\bcohort\.[a-zA-Z.-]+/g) ?? []);

const summary = (n, lang = 'en') =>
  lang === 'en'
    ? `${n} trainees, ${attemptsOf(n)} attempts.`
    : `${n} participantes, ${attemptsOf(n)} intentos.`;

describe('cohort view', () => {
  it('takes the file an assigned trainee exported, with 200 demo files and five broken ones', async () => {
    // The whole chain: build an assignment, open its link as a new trainee, play a
    // module, export; the instructor loads that file among the others.
    const assigned = await assignedResultFile(browser);
    const learner = assigned.file.attempts[0].learner.id;
    const { page, context, errors } = await openPage(browser, { locale: 'en-US', width: 1280 });
    await page.goto(`${BASE_URL}#/cohort`);
    await page.getByTestId('cohort-files').waitFor();
    await page.getByTestId('cohort-files').setInputFiles([
      ...inputs(),
      {
        name: 'assigned-trainee.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(assigned.file)),
      },
    ]);
    await page.getByTestId('trainee-table').waitFor({ timeout: 60_000 });
    assert.equal(
      await page.getByTestId('cohort-summary').innerText(),
      `201 trainees, ${attemptsOf() + assigned.file.attempts.length} attempts.`,
    );
    assert.equal(await page.getByTestId('cohort-refused').locator('li').count(), 5);
    assert.equal(
      await page.locator(`[data-testid="trainee-row"][data-learner="${learner}"]`).count(),
      1,
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('counts 200 demo trainees, lists each broken file with its reason, exports a CSV that matches the table and opens a debrief', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-US', width: 1280 });
    await loadCohort(page);
    assert.equal(await page.getByTestId('cohort-summary').innerText(), summary(200));
    assert.equal(await page.getByTestId('trainee-row').count(), 200);

    const refused = await page.getByTestId('cohort-refused').locator('li').allInnerTexts();
    assert.equal(refused.length, 5);
    for (const b of files.broken) {
      const line = refused.find((l) => l.startsWith(`${b.name}:`));
      assert.match(line ?? `${b.name} not listed`, b.reason.en);
    }

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
    const statusText = {
      passed: 'Passed',
      'not-passed': 'Not passed',
      'in-progress': 'In progress',
    };
    for (const row of rows) {
      // Demo pseudonyms hold no comma or quote, so a plain split reads these rows.
      const [pseudonym, learner, , status, done, expected, , score, critical, attempts] =
        row.split(',');
      const cells = byLearner.get(learner);
      assert.ok(cells, `${learner} is in the table`);
      assert.deepEqual(cells.slice(0, 1).concat(cells.slice(2, 7)), [
        pseudonym,
        `${done} of ${expected}`,
        statusText[status],
        score === '' ? '—' : `${score}%`,
        critical,
        attempts,
      ]);
    }

    const someone = files.good[7];
    await page.locator(`[data-learner="${someone.learnerId}"]`).getByTestId('open-trainee').click();
    await page.getByTestId('trainee-attempts').waitFor();
    assert.equal(await page.getByTestId('open-attempt').count(), someone.attempts);
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
    assert.equal(await page.getByTestId('cohort-summary').innerText(), summary(200));
    assert.equal(await page.getByTestId('cohort-refused').locator('li').count(), 5);
    await page
      .locator(`[data-learner="${someone.learnerId}"]`)
      .getByTestId('remove-trainee')
      .click();
    await page.getByText(`199 trainees, ${attemptsOf(200) - someone.attempts} attempts.`).waitFor();
    await page.getByTestId('restore-trainee').click();
    await page.getByText(summary(200)).waitFor();
    // Adding the same files again counts nothing twice.
    await page.getByTestId('cohort-files').setInputFiles(inputs(3));
    await page.getByText(/^8 files read: 0 attempts counted/).waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('cohort-summary').innerText(), summary(200));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a newcomer loads the demo cohort', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'es-MX', width: 1280 });
    await page.goto(`${BASE_URL}#/cohort`);
    await page.getByTestId('cohort-empty').waitFor();
    await page.getByTestId('cohort-demo').click();
    await page.getByTestId('trainee-table').waitFor({ timeout: 60_000 });
    assert.match(
      await page.getByTestId('cohort-summary').innerText(),
      /^40 participantes, \d+ intentos\.$/,
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  // The other language and width on a smaller cohort: the 200-file load is proven above.
  for (const [locale, width] of [
    ['es-MX', 360],
    ['en-US', 360],
  ])
    it(`reads in ${locale} at ${width} px: reasons in the language, axe clean, no overflow`, async () => {
      const lang = locale.slice(0, 2);
      const { page, context, errors } = await openPage(browser, { locale, width, height: 800 });
      await page.goto(`${BASE_URL}#/cohort`);
      await page.getByTestId('cohort-files').waitFor();
      assert.equal(await horizontalOverflow(page), 0, 'empty cohort');
      await loadCohort(page, 12);
      assert.equal(await page.getByTestId('cohort-summary').innerText(), summary(12, lang));
      const refused = await page.getByTestId('cohort-refused').locator('li').allInnerTexts();
      for (const b of files.broken) {
        const line = refused.find((l) => l.startsWith(`${b.name}:`));
        assert.match(line ?? `${b.name} not listed`, b.reason[lang]);
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
