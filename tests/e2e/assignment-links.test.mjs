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
import { buildAssignment, decodeQr, openAsNewTrainee, readLink } from './assign-drive.mjs';

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

describe('assignment links', () => {
  for (const [locale, damaged, truncated] of [
    [
      'en-US',
      /The link is damaged: its checksum does not match/,
      /The link is incomplete: it has \d+ of its \d+ characters/,
    ],
    [
      'es-MX',
      /El enlace está dañado: su suma de verificación no coincide/,
      /El enlace está incompleto: tiene \d+ de sus \d+ caracteres/,
    ],
  ]) {
    it(`refuses a tampered or truncated link with a message saying what is wrong (${locale})`, async () => {
      const instructor = await openPage(browser, { locale: 'en-US' });
      const link = await buildAssignment(instructor.page, { contacts: [] });
      await instructor.context.close();
      const { page, context, errors } = await openPage(browser, {
        locale,
        width: 360,
        height: 740,
      });
      await openAsNewTrainee(page, link);
      const at = link.length - 12;
      const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
      await page.goto(tampered);
      await page.getByTestId('link-refused').waitFor();
      assert.match(await page.getByTestId('link-error').innerText(), damaged);
      assert.deepEqual(await screenProblems(page, 'refused link'), []);
      await page.goto(link.slice(0, -10));
      await page.waitForFunction(
        () => document.querySelector('[data-testid="link-error"]')?.dataset.kind === 'truncated',
      );
      assert.match(await page.getByTestId('link-error').innerText(), truncated);
      assert.deepEqual(noErrors(errors), []);
      await context.close();
    });
  }

  it('a handout with all seven modules and three contacts prints on one page; a fixed language opens in it', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'es-MX', width: 1280 });
    const link = await buildAssignment(page, {
      language: 'en',
      modules: [
        'sample-first-hour',
        'orientation-first-contact',
        'triage-safehouse',
        'hospital-dispersion',
        'identification-reunification',
        'interviewing-without-revictimization',
        'integrated-operation',
      ],
      contacts: [
        { name: 'Línea de la Vida', phone: '800 911 2000' },
        { name: 'Coordinación estatal de atención psicosocial', phone: '81 2020 3030' },
        { name: 'Refugio temporal', url: 'https://refugio.example.mx' },
      ],
    });
    await page.getByTestId('handout-link').click();
    await page.getByTestId('handout-page').waitFor();
    // Fixed English: the handout is in English though the instructor's screen is in Spanish.
    assert.match(await page.getByTestId('handout-page').innerText(), /^Training assignment/);
    assert.equal(await decodeQr(page, 'handout-qr'), link);
    for (const format of ['Letter', 'A4']) {
      const pdf = (await page.pdf({ format })).toString('latin1');
      assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g).length, 1, `one ${format} page`);
    }
    const trainee = await openPage(browser, { locale: 'es-MX', width: 360, height: 740 });
    await openAsNewTrainee(trainee.page, link);
    await trainee.page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await trainee.page.locator('h1').innerText(), 'Your assignment');
    assert.equal(await trainee.page.getByTestId('assignment-module').count(), 7);
    assert.deepEqual(await screenProblems(trainee.page, 'seven modules (360)'), []);
    assert.deepEqual(noErrors([...errors, ...trainee.errors]), []);
    await trainee.context.close();
    await context.close();
  });

  it('edits make a new revision and old links keep working; duplicate and archive', async () => {
    const { page, context, errors } = await openPage(browser, {
      locale: 'es-MX',
      width: 360,
      height: 740,
    });
    const first = await buildAssignment(page, { cohort: 'DIF Tamaulipas', due: '2026-12-18' });
    await page.getByRole('link', { name: 'Editar' }).click();
    await page.locator('#due').waitFor();
    assert.deepEqual(await screenProblems(page, 'editor (es, 360)'), []);
    await page.fill('#due', '2027-01-15');
    await page.getByTestId('save-assignment').click();
    const second = await readLink(page);
    assert.notEqual(second, first);
    assert.match(await page.locator('.assign-detail .hint').first().innerText(), /Versión 2/);

    const trainee = await openPage(browser, { locale: 'es-MX' });
    await openAsNewTrainee(trainee.page, first);
    assert.match(
      await trainee.page.getByTestId('assignment-due').innerText(),
      /18 de diciembre de 2026/,
    );
    await trainee.page.goto(second);
    await trainee.page.waitForFunction(() =>
      document.querySelector('[data-testid="assignment-due"]')?.textContent.includes('2027'),
    );
    await trainee.context.close();

    await page.goto(`${BASE_URL}#/assign`);
    await page.getByTestId('assignment-card').first().waitFor();
    await page.getByTestId('duplicate').first().click();
    await page.locator('#cohort').waitFor();
    assert.equal(await page.locator('#cohort').inputValue(), 'DIF Tamaulipas (copia)');
    await page.goto(`${BASE_URL}#/assign`);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="assignment-card"]').length === 2,
    );
    assert.deepEqual(await screenProblems(page, 'list (es, 360)'), []);
    await page.getByTestId('archive').first().click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="assignment-card"]').length === 1,
    );
    await page.getByTestId('show-archived').check();
    assert.equal(await page.getByTestId('assignment-card').count(), 2);
    assert.deepEqual(noErrors(errors), []);
    await context.close();
  });
});
