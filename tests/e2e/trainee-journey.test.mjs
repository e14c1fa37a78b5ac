import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations,
  createProfile,
  horizontalOverflow,
  launch,
  openPage,
  rawKeys,
  BASE_URL,
} from './browser.mjs';
import { playByKeyboard, startModule, advanceOne, playFirstOptions, playUntil } from './drive.mjs';

const MODULE = 'sample-first-hour';
let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

describe('trainee journey', () => {
  it('plays the sample module to the debrief with the keyboard alone, in Spanish, on a 360 px phone', async () => {
    const { page, errors, context } = await openPage(browser, {
      locale: 'es-MX',
      width: 360,
      height: 740,
    });
    await createProfile(page);
    await startModule(page, MODULE);
    assert.equal(await page.locator('html').getAttribute('lang'), 'es-MX');
    await playByKeyboard(page);
    const debrief = page.getByTestId('debrief');
    assert.match(await debrief.innerText(), /Retroalimentación final: La primera hora/);
    // "38 %" with a no-break space: the number and its sign never part at 360 px (UX review 18).
    assert.match(await page.getByTestId('verdict').innerText(), /Puntuación \d+\u00a0%/);
    // The summary first, then one line per step: every scored step is listed, collapsed.
    assert.ok((await page.getByTestId('fix-first').locator('li').count()) <= 3);
    assert.ok((await page.getByTestId('step-detail').count()) >= 7, 'every step is listed');
    assert.equal(await page.locator('[data-testid="step-detail"][open]').count(), 0);
    await page.getByTestId('route-svg').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await rawKeys(page), []);
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('resumes at the same node after a reload mid-module', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page);
    await startModule(page, MODULE);
    await advanceOne(page); // arrival → feedback
    await playUntil(page, 'triage');
    const before = await page.getByTestId('story-text').innerText();
    const trust = await page.locator('.status-trust .status-value').innerText();
    await page.reload();
    await page.getByTestId('submit-board').waitFor();
    assert.equal(await page.getByTestId('story-text').innerText(), before);
    assert.equal(await page.locator('.status-trust .status-value').innerText(), trust);
    await context.close();
  });

  it('switches language mid-module without losing or repeating anything', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page);
    await startModule(page, MODULE);
    // The live region's sentence follows the language too (review UX #22).
    await page.locator('[data-choice="line-up-for-id"]').click();
    await page.getByTestId('feedback').waitFor();
    assert.equal(await page.getByTestId('announcer').innerText(), 'Trust fell by 20.');
    await page.getByTestId('lang-es').click();
    await page.getByText('Retroalimentación', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('announcer').innerText(), 'La confianza bajó 20.');
    await page.getByTestId('try-another').click();
    await page.getByTestId('lang-en').click();
    await page.getByTestId('choice').first().waitFor();
    const englishOrder = await page
      .getByTestId('choice')
      .evaluateAll((els) => els.map((e) => e.dataset.choice));
    await page.getByTestId('lang-es').click();
    await page.getByText('Eres el primer personal de salud que entra.', { exact: false }).waitFor();
    const spanishOrder = await page
      .getByTestId('choice')
      .evaluateAll((els) => els.map((e) => e.dataset.choice));
    assert.deepEqual(spanishOrder, englishOrder, 'same node, same choice order');
    assert.deepEqual(await rawKeys(page), []);
    await page.reload();
    await page.getByText('Eres el primer personal de salud', { exact: false }).waitFor();
    assert.equal(
      await page.getByTestId('lang-es').getAttribute('aria-pressed'),
      'true',
      'the choice persists',
    );
    await context.close();
  });

  it('practice mode: feedback under its situation, "try another option" in the panel, progress and the moved value shown; assessed mode has no way back and holds feedback', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page);
    await startModule(page, MODULE, 'practice');
    const progress = page.getByTestId('play-progress');
    assert.equal(await progress.innerText(), 'Step 1 of 7');
    assert.equal(await page.getByTestId('status-delta').count(), 0, 'nothing has moved yet');
    const chosen = await page.locator('[data-choice="line-up-for-id"]').innerText();
    await page.locator('[data-choice="line-up-for-id"]').click();
    const feedback = page.getByTestId('feedback');
    await feedback.waitFor();
    assert.match(await feedback.innerText(), /Critical error/);
    // The value that moved carries a chip, with the live region's words for screen readers.
    const chip = page.locator('.status-trust [data-testid="status-delta"]');
    assert.match(await chip.innerText(), /▼ −20/);
    assert.match(await chip.innerText(), /Trust fell by 20\./);
    assert.equal(await page.locator('.status-trust .status-value').innerText(), '30 of 100');
    assert.equal(await page.getByTestId('status-delta').count(), 1, 'only trust moved');
    // The situation stays above the feedback, folded, with the chosen option marked.
    const situation = page.getByTestId('feedback-situation');
    assert.equal(await situation.getAttribute('open'), null);
    await situation.locator('summary').click();
    assert.match(await situation.innerText(), /You are the first medical/);
    assert.equal(await situation.locator('li.chosen').innerText(), `Your choice\n${chosen}`);
    assert.equal(await situation.locator('li').count(), 4);
    assert.equal(await progress.innerText(), 'Step 1 of 7');
    assert.deepEqual(await axeViolations(page), []);
    // Trying another option is right in the panel, and undoes the step (and its chip).
    await feedback.getByTestId('try-another').click();
    await page.getByTestId('choice').first().waitFor();
    assert.equal(await page.getByTestId('feedback').count(), 0);
    assert.equal(await page.locator('.status-trust .status-value').innerText(), '50 of 100');
    assert.equal(await page.getByTestId('status-delta').count(), 0);
    await page.locator('[data-choice="introduce-offer-water"]').click();
    assert.match(
      await page.locator('.status-trust [data-testid="status-delta"]').innerText(),
      /▲ \+10/,
    );
    await page.getByTestId('feedback').getByTestId('continue').click();
    await page.getByTestId('story-text').waitFor();
    assert.equal(await progress.innerText(), 'Step 2 of 7');
    assert.equal(
      await page.locator('.status-trust .status-value').innerText(),
      '60 of 100',
      'the retried choice counts, the undone one does not',
    );
    // The chip stays for the next screen: the value moved on the step that led here.
    assert.match(
      await page.locator('.status-trust [data-testid="status-delta"]').innerText(),
      /\+10/,
    );

    await startModule(page, MODULE, 'assessed');
    assert.equal(await page.getByTestId('go-back').count(), 0);
    await page.locator('[data-choice="line-up-for-id"]').click();
    assert.equal(await (await import('./drive.mjs')).currentView(page), 'triage');
    assert.equal(await page.getByTestId('feedback').count(), 0, 'no feedback until the end');
    await playFirstOptions(page);
    assert.match(await page.getByTestId('verdict').innerText(), /Not passed/);
    await page.getByTestId('route-map').waitFor();
    assert.equal(
      await page.getByTestId('replay-from').count(),
      0,
      'no replay of an assessed attempt',
    );
    await context.close();
  });

  it('boards on a 360 px phone: the footer with what is left and the button stays in view, the next person to tag is one press away, tagged cards show their tag; beds are counted where the trainee looks', async () => {
    const { page, errors, context } = await openPage(browser, {
      locale: 'es-MX',
      width: 360,
      height: 740,
    });
    await createProfile(page);
    await startModule(page, MODULE);
    await playUntil(page, 'triage');
    const footer = page.getByTestId('board-footer');
    const inView = async (locator) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 740;
    };
    // Sticky: in view at the top of a board thousands of pixels long, and again after scrolling.
    assert.ok((await page.evaluate(() => document.documentElement.scrollHeight)) > 2000);
    assert.ok(await inView(page.getByTestId('submit-board')));
    assert.equal(
      await footer.locator('.board-progress').innerText(),
      'Falta etiquetar a 5 personas.',
    );
    await page.mouse.wheel(0, 1200);
    await page.waitForFunction(() => window.scrollY > 0);
    assert.ok(await inView(page.getByTestId('submit-board')), 'the button stays in view');
    assert.ok(await inView(page.getByTestId('play-progress')), 'so does "where am I"');
    assert.match(await page.getByTestId('play-progress').innerText(), /^Paso 2 de 7$/);
    // Tag the first two; the next person to tag is the third, focused and clear of the footer.
    const cards = page.getByTestId('casualty');
    await cards.nth(0).locator('input[value="red"]').check();
    await cards.nth(1).locator('input[value="green"]').check();
    assert.equal(await cards.nth(0).getByTestId('casualty-tag').innerText(), 'Rojo — inmediato');
    assert.match((await cards.nth(0).getAttribute('class')) ?? '', /\btagged-red\b/);
    assert.equal(await cards.nth(2).getByTestId('casualty-tag').count(), 0);
    assert.equal(
      await footer.locator('.board-progress').innerText(),
      'Falta etiquetar a 3 personas.',
    );
    await page.getByTestId('next-untagged').click();
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const card = el?.closest('[data-casualty]');
      const r = el?.getBoundingClientRect();
      const f = document.querySelector('[data-testid="board-footer"]')?.getBoundingClientRect();
      return {
        name: el?.getAttribute('name'),
        card: [...document.querySelectorAll('[data-casualty]')].indexOf(card),
        clear: r && f ? r.bottom <= f.top && r.top >= 0 : false,
      };
    });
    assert.equal(focused.card, 2);
    assert.equal(focused.clear, true, 'the focused control is not under the sticky footer');
    // Keyboard from there: Space tags that person, and the jump goes on to the next one.
    await page.keyboard.press('Space');
    assert.equal(await cards.nth(2).getByTestId('casualty-tag').innerText(), 'Verde — menor');
    await page.getByTestId('next-untagged').click();
    assert.equal(
      await page.evaluate(() =>
        [...document.querySelectorAll('[data-casualty]')].indexOf(
          document.activeElement?.closest('[data-casualty]'),
        ),
      ),
      3,
    );
    for (const c of await cards.all())
      if (!(await c.locator('input:checked').count())) await c.locator('input').first().check();
    assert.equal(await page.getByTestId('next-untagged').count(), 0, 'nobody left to jump to');
    assert.equal(
      await footer.locator('.board-progress').innerText(),
      'Todas las personas tienen etiqueta.',
    );
    // The footer rests at the end of the board: nothing under it for axe to count as covered.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    assert.deepEqual(await axeViolations(page), []);
    await page.getByTestId('submit-board').click();
    // "Change my answers" brings the board back with the tags just sent.
    await page.getByTestId('feedback').waitFor();
    await page.getByTestId('try-another').click();
    await page.getByTestId('submit-board').waitFor();
    assert.equal(await page.locator('[data-testid="casualty"] input:checked').count(), 5);
    await page.getByTestId('submit-board').click();
    await page.getByTestId('feedback').getByTestId('continue').click();

    await playUntil(page, 'dispersion');
    const selects = page.locator('.dispersion-board select');
    const first = selects.first();
    assert.deepEqual((await first.locator('option').allInnerTexts()).slice(1), [
      'Hospital General — 3 libres',
      'Hospital Infantil — 3 libres',
      'Centro de salud comunitario — 3 libres',
    ]);
    for (const sel of await selects.all()) await sel.selectOption({ index: 1 });
    // Five people in a hospital with three places: the warning is on each of their cards.
    assert.equal(await page.getByTestId('capacity-warning').count(), 5);
    assert.equal(
      await page.getByTestId('capacity-warning').first().innerText(),
      'Hospital General tiene 5 personas para 3 lugares: alguien se queda sin cama.',
    );
    assert.match(await first.locator('option').nth(1).innerText(), /Hospital General — 2 de más/);
    assert.equal(
      await page.getByTestId('bed-tally').innerText(),
      'Hospital General\n5 de 3\nHospital Infantil\n0 de 3\nCentro de salud comunitario\n0 de 3',
    );
    assert.ok(await inView(page.getByTestId('bed-tally')), 'the tally stays in view');
    await selects.nth(1).selectOption({ index: 2 });
    await selects.nth(2).selectOption({ index: 2 });
    assert.equal(await page.getByTestId('capacity-warning').count(), 0);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await horizontalOverflow(page), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('boards at 1280 px use the width: two columns of cards, the footer in one row', async () => {
    const { page, context } = await openPage(browser, {
      locale: 'en-US',
      width: 1280,
      height: 800,
    });
    await createProfile(page);
    await startModule(page, MODULE);
    await playUntil(page, 'triage');
    const boxes = await Promise.all(
      [0, 1, 2].map((i) => page.getByTestId('casualty').nth(i).boundingBox()),
    );
    assert.equal(boxes[0].y, boxes[1].y, 'the first two cards side by side');
    assert.ok(boxes[2].y > boxes[0].y);
    assert.ok(boxes[0].width > 500, `cards are wide enough for the tags (${boxes[0].width}px)`);
    const footer = await page.getByTestId('board-footer').boundingBox();
    assert.ok(footer.height < 80, `the footer is one row (${footer.height}px)`);
    await context.close();
  });

  it('the header on a phone is one row with 44 px targets; the menu opens the links', async () => {
    const { page, context } = await openPage(browser, { locale: 'es-MX', width: 360, height: 740 });
    await createProfile(page);
    const header = await page.locator('.site-header').boundingBox();
    assert.ok(header.height <= 60, `header ${header.height}px tall`);
    assert.equal(await page.locator('.site-header nav').isVisible(), false);
    await page.getByTestId('menu-button').click();
    assert.equal(await page.getByTestId('menu-button').getAttribute('aria-expanded'), 'true');
    const links = page.locator('.site-header nav a');
    for (const l of await links.all()) assert.ok((await l.boundingBox()).height >= 44);
    for (const b of ['menu-button', 'lang-en'])
      assert.ok((await page.getByTestId(b).boundingBox()).height >= 44);
    assert.deepEqual(await axeViolations(page), []);
    await links.nth(1).click();
    await page.waitForURL(/#\/attempts$/);
    assert.equal(
      await page.locator('.site-header nav').isVisible(),
      false,
      'closed after choosing',
    );
    await page.getByTestId('lang-en').click();
    await page.getByTestId('lang-es').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await context.close();
  });

  it('stays usable with text at 200%: no horizontal scrolling on the player, boards and debrief', async () => {
    // bypassCSP only so the test can inject a style sheet; the app itself needs no exception.
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 640, height: 800 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = 'html { font-size: 200% !important; }';
        document.head.append(style);
      });
    });
    await createProfile(page);
    await startModule(page, MODULE);
    const wide = [];
    const measure = async (name) => {
      const o = await horizontalOverflow(page);
      if (o > 0) wide.push(`${name}: ${o}px`);
    };
    await measure('decision');
    await playUntil(page, 'triage');
    await measure('triage board');
    await playUntil(page, 'dispersion');
    await measure('dispersion board');
    await playUntil(page, 'interview');
    await measure('interview planner');
    await playFirstOptions(page);
    await measure('debrief');
    assert.deepEqual(wide, []);
    await context.close();
  });

  it('plays offline after the first visit', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await page.goto(BASE_URL);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return Boolean(reg.active);
    });
    await createProfile(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('module-card').first().waitFor();
    await startModule(page, MODULE);
    await playFirstOptions(page);
    assert.match(await page.getByTestId('verdict').innerText(), /Score \d+%/);
    await context.close();
  });
});
