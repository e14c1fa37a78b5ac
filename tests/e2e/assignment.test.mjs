import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations,
  horizontalOverflow,
  launch,
  openPage,
  rawKeys,
  BASE_URL,
} from './browser.mjs';
import { playFirstOptions } from './drive.mjs';
import { buildAssignment, decodeQr, downloadResults, openAsNewTrainee } from './assign-drive.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const noErrors = (errors) => errors.filter((e) => !/favicon/.test(e));

async function screenProblems(page, name) {
  const problems = [];
  const v = await axeViolations(page);
  const k = await rawKeys(page);
  const o = await horizontalOverflow(page);
  if (v.length) problems.push(`${name}: axe ${v.join('; ')}`);
  if (k.length) problems.push(`${name}: raw keys ${k.join(', ')}`);
  if (o > 0) problems.push(`${name}: ${o}px horizontal overflow`);
  return problems;
}

describe('assignments', () => {
  it('an instructor builds an assignment; a new trainee opens its link, plays a module under it and exports the result', async () => {
    const instructor = await openPage(browser, { locale: 'en-US', width: 1280 });
    const { page } = instructor;
    const problems = [];
    await page.goto(`${BASE_URL}#/assign`);
    await page.getByTestId('no-assignments').waitFor();
    problems.push(...(await screenProblems(page, 'empty list')));
    await page.getByTestId('new-assignment').click();
    await page.getByTestId('save-assignment').click();
    const errors = await page.getByTestId('form-errors').innerText();
    assert.match(errors, /Give the cohort a label\./);
    assert.match(errors, /Choose at least one module\./);
    problems.push(...(await screenProblems(page, 'editor with errors')));

    const link = await buildAssignment(page);
    assert.equal(await page.getByTestId('detail-modules').locator('li').count(), 2);
    assert.ok(link.startsWith(`${BASE_URL}#/a/`), link);
    const payload = link.slice(link.indexOf('#/a/') + 4);
    assert.ok(payload.length <= 300, `payload is ${payload.length} characters`);
    const version = Number(/version (\d+)/.exec(await page.getByTestId('qr-info').innerText())[1]);
    assert.ok(version <= 10, `QR version ${version}`);
    assert.equal(await decodeQr(page), link, 'the rendered QR decodes back to the link');
    assert.deepEqual(await page.getByTestId('detail-modules').locator('li').allInnerTexts(), [
      'The first hour (sample)',
      'Triage at the safehouse',
    ]);
    problems.push(...(await screenProblems(page, 'detail')));

    // The instructor goes from the assignment to its group's results, and back.
    await page.getByTestId('cohort-link').click();
    await page.getByRole('heading', { level: 1, name: /^Cohort results/ }).waitFor();
    await page.goBack();
    await page.getByTestId('handout-link').waitFor();

    await page.getByTestId('handout-link').click();
    await page.getByTestId('handout-page').waitFor();
    assert.equal(await decodeQr(page, 'handout-qr'), link, 'the handout QR decodes to the link');
    assert.equal(await page.getByTestId('handout-due').innerText(), 'December 18, 2026');
    assert.match(
      await page.getByTestId('handout-contacts').innerText(),
      /Línea de la Vida · 800 911 2000/,
    );
    assert.equal(await page.getByTestId('handout-url').innerText(), link);
    problems.push(...(await screenProblems(page, 'handout')));
    await page.emulateMedia({ media: 'print' });
    assert.equal(
      await page.locator('.site-header').isVisible(),
      false,
      'print hides the app header',
    );
    assert.equal(await page.locator('.no-print').isVisible(), false, 'print hides the buttons');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(noErrors(instructor.errors), []);

    // The trainee: a fresh device, Spanish, a 360 px phone, no profile yet.
    const trainee = await openPage(browser, { locale: 'es-MX', width: 360, height: 740 });
    const tp = trainee.page;
    await openAsNewTrainee(tp, link);
    assert.equal(
      await tp.getByTestId('assignment-cohort').innerText(),
      'Guardia Nacional — Reynosa',
    );
    assert.equal(
      await tp.getByTestId('assignment-due').innerText(),
      'Termina a más tardar el 18 de diciembre de 2026',
    );
    assert.deepEqual(
      await tp
        .getByTestId('assignment-module')
        .evaluateAll((els) => els.map((e) => e.dataset.module)),
      ['sample-first-hour', 'triage-safehouse'],
    );
    assert.deepEqual(await tp.getByTestId('module-status').allInnerTexts(), [
      'Sin empezar',
      'Sin empezar',
    ]);
    assert.match(
      await tp.getByTestId('assignment-contacts').innerText(),
      /Línea de la Vida · 800 911 2000/,
    );
    problems.push(...(await screenProblems(tp, 'trainee assignment (es, 360)')));

    await tp.getByTestId('start-module').first().click();
    await tp.waitForSelector('[data-testid="story-text"]');
    assert.equal(await tp.getByTestId('go-back').count(), 0, 'assessed: no going back');
    await playFirstOptions(tp);
    await tp.goto(link);
    await tp.getByTestId('assignment').waitFor();
    const statuses = await tp.getByTestId('module-status').allInnerTexts();
    assert.match(statuses[0], /^Terminado · (aprobado|no aprobado)/);
    assert.equal(statuses[1], 'Sin empezar');

    const { file } = await downloadResults(tp);
    assert.equal(file.attempts.length, 1);
    const attempt = file.attempts[0];
    assert.equal(attempt.assignment.cohort, 'Guardia Nacional — Reynosa');
    assert.match(attempt.assignment.id, /^[0-9a-z]{10}$/);
    assert.equal(attempt.mode, 'assessed');
    assert.equal(attempt.feedback, 'end');
    assert.equal(attempt.passMark, 0.7);
    assert.deepEqual(attempt.languages, ['es-MX']);
    // Back on the home screen, the assignment is one tap away.
    await tp.goto(BASE_URL);
    await tp.getByTestId('my-assignments').waitFor();
    await tp
      .getByTestId('my-assignments')
      .getByRole('link', { name: 'Guardia Nacional — Reynosa' })
      .click();
    await tp.getByTestId('assignment').waitFor();
    assert.deepEqual(noErrors(trainee.errors), []);
    assert.deepEqual(problems, []);
    await instructor.context.close();
    await trainee.context.close();
  });
});
