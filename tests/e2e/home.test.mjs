/**
 * The trainee's way in and around (issue 14, review items 10–15, 17, 20): welcome, home, module
 * intro, attempts and settings, as a user sees them, with what each screen now promises.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  axeViolations,
  createProfile,
  horizontalOverflow,
  launch,
  openPage,
  rawKeys,
  BASE_URL,
} from './browser.mjs';
import { advanceOne, playFirstOptions, startModule } from './drive.mjs';

const MODULE = 'sample-first-hour';
let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const clean = async (page, name, problems) => {
  const v = await axeViolations(page);
  const k = await rawKeys(page);
  const o = await horizontalOverflow(page);
  if (v.length) problems.push(`${name}: axe ${v.join('; ')}`);
  if (k.length) problems.push(`${name}: raw keys ${k.join(', ')}`);
  if (o > 0) problems.push(`${name}: ${o}px horizontal overflow`);
};

describe('welcome and profile form', () => {
  it('shows no navigation before a profile, puts each error on its field and focuses it', async () => {
    const { page, errors, context } = await openPage(browser, { locale: 'en-US', width: 360 });
    await page.goto(BASE_URL);
    await page.locator('#pseudonym').waitFor();
    assert.equal(await page.title(), 'Welcome — Acompaña');
    assert.equal(await page.locator('nav').count(), 0, 'no nav links that bounce back');
    // Item 15: the main region takes focus on arrival but shows no frame.
    const mainOutline = await page.evaluate(() => {
      const main = document.getElementById('main');
      return {
        focused: document.activeElement === main,
        style: getComputedStyle(main).outlineStyle,
      };
    });
    assert.deepEqual(mainOutline, { focused: true, style: 'none' });
    await page.getByTestId('save-profile').click();
    await page.getByTestId('pseudonym-error').waitFor();
    const field = await page.evaluate(() => {
      const input = document.getElementById('pseudonym');
      return {
        focused: document.activeElement === input,
        invalid: input.getAttribute('aria-invalid'),
        describedBy: input
          .getAttribute('aria-describedby')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent),
      };
    });
    assert.equal(field.focused, true);
    assert.equal(field.invalid, 'true');
    assert.equal(field.describedBy[0], 'Please choose a pseudonym.');
    assert.equal(await page.getByTestId('role-error').innerText(), 'Please choose your role.');
    const problems = [];
    await clean(page, 'welcome with errors', problems);
    assert.deepEqual(problems, []);
    await createProfile(page);
    assert.deepEqual(
      await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ['#/', '#/attempts', '#/settings', '#/cohort', '#/review', '#/guidelines'],
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('home, intro and attempts', () => {
  for (const [locale, width] of [
    ['en-US', 1280],
    ['es-MX', 360],
  ]) {
    it(`recommends the role's modules, offers to continue, and lists attempts with a result (${locale}, ${width} px)`, async () => {
      const en = locale === 'en-US';
      const { page, errors, context } = await openPage(browser, { locale, width, height: 800 });
      const problems = [];
      await createProfile(page, { roleIndex: 0 }); // paramedic
      assert.equal(
        await page.title(),
        en ? 'Training modules — Acompaña' : 'Módulos de capacitación — Acompaña',
      );
      const forRole = page.getByTestId('for-role');
      assert.match(
        await forRole.getByRole('heading', { level: 2 }).innerText(),
        en ? /Recommended for your role: Paramedic/ : /Recomendados para tu función: Paramédico/,
      );
      const recommended = await forRole
        .getByTestId('module-card')
        .evaluateAll((cards) => cards.map((c) => c.querySelector('h3').textContent));
      assert.ok(recommended.length >= 2, 'a path of several modules');
      assert.match(recommended[0], /^1\. /);
      assert.match(recommended[1], /^2\. /);
      assert.ok((await page.getByTestId('other-modules').getByTestId('module-card').count()) > 0);
      const first = page.locator(`[data-testid="module-card"][data-module="${MODULE}"]`);
      assert.equal(
        await first.getByTestId('progress').innerText(),
        en ? 'Not started' : 'Sin empezar',
      );
      assert.equal(await first.getByTestId('open-module').innerText(), en ? 'Start' : 'Empezar');
      if (width === 1280) {
        // A grid: the first two cards sit side by side.
        const [a, b] = await page
          .getByTestId('module-card')
          .evaluateAll((cards) => cards.slice(0, 2).map((c) => c.getBoundingClientRect().top));
        assert.equal(a, b);
      }
      await clean(page, 'home', problems);

      // An open attempt: the intro offers it instead of a second one, and the card says Continue.
      await startModule(page, MODULE);
      const story = await page.getByTestId('story-text').innerText();
      await page.goBack();
      await page.getByTestId('continue-attempt').waitFor();
      assert.equal(
        await page.getByTestId('start').innerText(),
        en ? 'Start a new attempt' : 'Empezar un intento nuevo',
      );
      const order = await page.locator('.module-intro h2').allInnerTexts();
      assert.equal(
        order[0],
        en ? 'Content notes' : 'Advertencias de contenido',
        'content notes first',
      );
      await clean(page, 'intro with an open attempt', problems);
      await page.getByTestId('continue-attempt').click();
      await page.getByTestId('story-text').waitFor();
      assert.equal(await page.getByTestId('story-text').innerText(), story);
      await advanceOne(page);
      await page.goto(BASE_URL);
      await first.getByTestId('resume').waitFor();
      assert.equal(await first.getByTestId('resume').innerText(), en ? 'Continue' : 'Continuar');
      assert.equal(
        await first.getByTestId('progress').innerText(),
        en ? 'In progress' : 'En curso',
      );

      // Finish it in practice: the card never calls a practice run a failure.
      await first.getByTestId('resume').click();
      await playFirstOptions(page);
      assert.match(
        await page.title(),
        en ? /^Debrief — Acompaña$/ : /^Retroalimentación final — Acompaña$/,
      );
      await page.goto(`${BASE_URL}#/attempts`);
      await page.getByTestId('attempt-row').first().waitFor();
      assert.equal(
        await page.getByTestId('attempt-row').count(),
        1,
        'one attempt, not a duplicate',
      );
      const row = page.getByTestId('attempt-row').first();
      const result = await row.getByTestId('attempt-result').innerText();
      const passed = /Passed|Aprobado/.test(result);
      assert.match(
        result,
        passed ? /✔/ : en ? /Practice: below the pass mark/ : /Práctica: debajo del mínimo/,
      );
      assert.match(await row.getByTestId('attempt-score').innerText(), /^\d+\u00a0?%$/);
      // The file picker: a styled button in the page's language; the native input is hidden
      // but is the control a keyboard reaches.
      assert.equal(
        await page.locator('label[for="import-file"]').innerText(),
        en ? 'Open file' : 'Abrir archivo',
      );
      assert.ok((await page.getByTestId('import-file').boundingBox()).width <= 1);
      await page.getByTestId('import-file').focus();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-file');
      await clean(page, 'attempts', problems);
      await page.goto(BASE_URL);
      await first.getByTestId('progress').waitFor();
      assert.equal(
        await first.getByTestId('progress').innerText(),
        passed ? (en ? 'Passed' : 'Aprobado') : en ? 'Practiced' : 'Practicado',
      );
      assert.deepEqual(problems, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe('shared devices', () => {
  it('switches trainee (attempts kept, shown only to their owner) and erases after offering a copy', async () => {
    const { page, errors, context } = await openPage(browser, { locale: 'en-US', width: 360 });
    const problems = [];
    await createProfile(page, { pseudonym: 'Garza' });
    await startModule(page, MODULE);
    await advanceOne(page);
    await page.goto(`${BASE_URL}#/settings`);
    await page.getByTestId('switch-trainee').click();
    const sw = page.getByTestId('confirm-switch');
    assert.match(await sw.innerText(), /Your profile \(Garza\) is removed from this device/);
    assert.match(await sw.innerText(), /Your attempt stays on this device/);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H3');
    await clean(page, 'switch confirmation', problems);
    await page.getByTestId('confirm-device').click();
    await page.locator('#pseudonym').waitFor();
    // The shell learns the profile is gone from its next read of the store: wait for that.
    await page.locator('nav').waitFor({ state: 'detached', timeout: 5_000 });
    assert.equal(await page.locator('nav').count(), 0);

    // The next trainee starts clean…
    await page.fill('#pseudonym', 'Otra');
    await page.locator('input[name="role"]').nth(1).check();
    await page.getByTestId('save-profile').click();
    await page.getByTestId('module-card').first().waitFor();
    assert.equal(await page.getByTestId('resume').count(), 0);
    await page.goto(`${BASE_URL}#/attempts`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.getByTestId('attempt-row').count(), 0);

    // …and the settings copy fits the page; a placeholder contact is not shown.
    await page.goto(`${BASE_URL}#/settings`);
    const note = page.getByTestId('support-note');
    await note.getByRole('listitem').first().waitFor();
    assert.match(await note.innerText(), /Support if you need it/);
    assert.doesNotMatch(await note.innerText(), /This module|to configure/);

    // Erase: says exactly what goes, including the other trainee's attempt, and offers a copy.
    await page.getByTestId('erase-device').click();
    const erase = page.getByTestId('confirm-erase');
    assert.match(
      await erase.getByTestId('erase-list').innerText(),
      /1 attempt, finished or not.*\(including 1 by another trainee\)[\s\S]*boards half filled in[\s\S]*the profile “Otra”/,
    );
    assert.match(await erase.innerText(), /Not erased: results already sent/);
    await clean(page, 'erase confirmation', problems);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-first').click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.kind, 'acompana.result');
    assert.equal(file.attempts.length, 1);
    assert.equal(file.attempts[0].learner.pseudonym, 'Garza');
    await page.getByTestId('confirm-device').click();
    await page.locator('#pseudonym').waitFor();
    // Signing in as Garza again finds nothing: the device's data is gone.
    await createProfile(page, { pseudonym: 'Garza' });
    assert.equal(await page.getByTestId('resume').count(), 0);
    const left = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const req = indexedDB.open('acompana');
          req.onsuccess = () => {
            const get = req.result.transaction('attempts').objectStore('attempts').count();
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    assert.equal(left, 0);
    assert.deepEqual(problems, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('page titles (item 20)', () => {
  it('names every screen in the tab, in the language in use', async () => {
    const { page, context } = await openPage(browser, { locale: 'es-MX' });
    await createProfile(page);
    const titles = {};
    for (const [hash, ready] of [
      ['#/attempts', 'h1'],
      ['#/settings', 'h1'],
      [`#/module/${MODULE}`, '[data-testid="start"]'],
      ['#/lrs', 'h1'],
      ['#/assign', 'h1'],
      ['#/cohort', 'h1'],
    ]) {
      await page.goto(`${BASE_URL}${hash}`);
      await page.locator(ready).first().waitFor();
      await page.waitForFunction(() => document.title !== 'Acompaña');
      titles[hash] = await page.title();
    }
    await startModule(page, MODULE);
    titles.play = await page.title();
    assert.deepEqual(titles, {
      '#/attempts': 'Mis intentos — Acompaña',
      '#/settings': 'Perfil y privacidad — Acompaña',
      [`#/module/${MODULE}`]: 'La primera hora (muestra) — Acompaña',
      '#/lrs': 'Servidor de resultados (LRS) — Acompaña',
      '#/assign': 'Asignaciones — Acompaña',
      '#/cohort': 'Resultados del grupo — Acompaña',
      play: 'La primera hora (muestra) — Acompaña',
    });
    await context.close();
  });
});
