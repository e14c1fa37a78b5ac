/**
 * Half-filled dispersion and interview boards survive a reload (issue 9: the draft is saved on
 * every change). `storage.test.mjs` covers the triage board; these are the other two kinds, each
 * in its own module, played to the board with the first options.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createProfile, launch, openPage } from './browser.mjs';
import { playUntil, startModule } from './drive.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const progress = (page) => page.locator('.board-progress').first().innerText();

describe('a half-filled board comes back as it was after a reload', () => {
  it('dispersion: the survivors placed so far keep their hospitals, the rest stay unplaced', async () => {
    const { page, errors, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page);
    await startModule(page, 'hospital-dispersion');
    await playUntil(page, 'dispersion');
    const selects = page.locator('.dispersion-board select');
    assert.ok((await selects.count()) >= 3, 'the board has at least three survivors');
    // Two of them placed, not in the first hospital for both, the others left unplaced.
    await selects.nth(0).selectOption({ index: 2 });
    await selects.nth(1).selectOption({ index: 1 });
    const values = () => selects.evaluateAll((els) => els.map((e) => e.value));
    const before = await values();
    assert.equal(before.filter(Boolean).length, 2);
    assert.notEqual(before[0], before[1]);
    const shown = await progress(page);
    await page.reload();
    await page.getByTestId('submit-board').waitFor();
    assert.deepEqual(await values(), before);
    assert.equal(await progress(page), shown);
    // Still incomplete, so it cannot be sent yet.
    assert.equal(await page.getByTestId('submit-board').isDisabled(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('interview (Spanish): the questions chosen so far stay chosen, and the count with them', async () => {
    const { page, errors, context } = await openPage(browser, { locale: 'es-MX' });
    await createProfile(page);
    await startModule(page, 'interviewing-without-revictimization');
    await playUntil(page, 'interview');
    const questions = page.getByTestId('question');
    assert.ok((await questions.count()) >= 3);
    // Chosen out of order (third, then first): the draft keeps the set, not the clicks.
    await questions.nth(2).check();
    await questions.nth(0).check();
    const checked = () => questions.evaluateAll((els) => els.map((e) => e.checked));
    const before = await checked();
    assert.equal(before.filter(Boolean).length, 2);
    const shown = await progress(page);
    assert.match(shown, /2/);
    await page.reload();
    await page.getByTestId('submit-board').waitFor();
    assert.deepEqual(await checked(), before);
    assert.equal(await progress(page), shown);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
