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
    const trust = await page.locator('.status-trust dd').innerText();
    await page.reload();
    await page.getByTestId('submit-board').waitFor();
    assert.equal(await page.getByTestId('story-text').innerText(), before);
    assert.equal(await page.locator('.status-trust dd').innerText(), trust);
    await context.close();
  });

  it('switches language mid-module without losing or repeating anything', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page);
    await startModule(page, MODULE);
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

  it('practice mode allows going back and retrying; assessed mode has no way back and holds feedback', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page);
    await startModule(page, MODULE, 'practice');
    await page.locator('[data-choice="line-up-for-id"]').click();
    await page.getByTestId('feedback').waitFor();
    assert.match(await page.getByTestId('feedback').innerText(), /Critical error/);
    await page.getByTestId('feedback').getByTestId('continue').click();
    await page.getByTestId('go-back').click();
    await page.locator('[data-choice="introduce-offer-water"]').click();
    await page.getByTestId('feedback').getByTestId('continue').click();
    assert.equal(
      await page.locator('.status-trust dd').innerText(),
      '60 of 100',
      'the retried choice counts, the undone one does not',
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
