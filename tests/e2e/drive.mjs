/**
 * Drives the player like a person would. `keyboardStep` uses only Tab, Space, Enter and arrow
 * keys, so a test built on it proves keyboard-only play of every node kind.
 */
import { BASE_URL } from './browser.mjs';

/** Opens a module's intro from the library and starts it in the given mode. */
export async function startModule(page, moduleId, mode = 'practice') {
  await page.goto(`${BASE_URL}#/module/${moduleId}`);
  await page.getByTestId('start').waitFor();
  if (mode === 'assessed') await page.locator('input[name="mode"][value="assessed"]').check();
  await page.getByTestId('start').click();
  await page.waitForSelector('[data-testid="story-text"], [data-testid="feedback"]');
}

const focusInfo = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return {};
    const group =
      el.getAttribute('type') === 'radio'
        ? document.querySelectorAll(`input[name="${el.getAttribute('name')}"]:checked`).length
        : 0;
    return {
      testid: el.getAttribute('data-testid'),
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute('type'),
      checked: el.checked === true,
      disabled: el.disabled === true,
      value: el.value,
      groupChecked: group,
      chosen: document.querySelectorAll('[data-testid="question"]:checked').length,
    };
  });

/** One keyboard action: Tab to the next control and operate it if it needs operating. */
export async function keyboardStep(page, { questions = 2 } = {}) {
  await page.keyboard.press('Tab');
  const f = await focusInfo(page);
  if (f.disabled) return;
  if (f.testid === 'choice' || f.testid === 'continue' || f.testid === 'submit-board')
    return page.keyboard.press('Enter');
  if (f.type === 'radio' && f.groupChecked === 0) return page.keyboard.press('Space');
  if (f.tag === 'select' && !f.value) return page.keyboard.press('ArrowDown');
  if (f.testid === 'question' && !f.checked && f.chosen < questions)
    return page.keyboard.press('Space');
}

/** Plays with the keyboard alone until the debrief shows. */
export async function playByKeyboard(page, maxKeys = 2500) {
  for (let i = 0; i < maxKeys; i++) {
    if (
      await page
        .getByTestId('debrief')
        .isVisible()
        .catch(() => false)
    )
      return;
    await keyboardStep(page);
  }
  throw new Error('keyboard play did not reach the debrief');
}

const ACTIONABLE =
  '[data-testid="debrief"], [data-testid="feedback"] [data-testid="continue"], [data-testid="choice"], .story [data-testid="continue"], [data-testid="submit-board"]';

/** Waits for the player to show something to act on and says what it is. */
export async function currentView(page) {
  await page.waitForSelector(ACTIONABLE);
  if (await page.getByTestId('debrief').count()) return 'debrief';
  if (await page.getByTestId('feedback').count()) return 'feedback';
  if (await page.getByTestId('choice').count()) return 'decision';
  if (await page.locator('.story [data-testid="continue"]').count()) return 'narrative';
  if (await page.getByTestId('casualty').count()) return 'triage';
  if (await page.getByTestId('survivor').count()) return 'dispersion';
  return 'interview';
}

/** Takes the first option everywhere (mouse), until the debrief; returns the nodes' texts seen. */
export async function playFirstOptions(page, maxSteps = 200) {
  const seen = [];
  for (let i = 0; i < maxSteps; i++) {
    const view = await currentView(page);
    if (view === 'debrief') return seen;
    if (view !== 'feedback') seen.push(await page.getByTestId('story-text').innerText());
    await advanceOne(page, view);
  }
  throw new Error('did not reach the debrief');
}

/** Plays until the player shows the given view (e.g. 'dispersion'). */
export async function playUntil(page, wanted, maxSteps = 100) {
  for (let i = 0; i < maxSteps; i++) {
    const view = await currentView(page);
    if (view === wanted) return;
    if (view === 'debrief') throw new Error(`reached the debrief before ${wanted}`);
    await advanceOne(page, view);
  }
  throw new Error(`never reached ${wanted}`);
}

/** Answers whatever the current view is with its first options. */
export async function advanceOne(page, view) {
  view ??= await currentView(page);
  if (view === 'feedback') return page.getByTestId('feedback').getByTestId('continue').click();
  if (view === 'decision') return page.getByTestId('choice').first().click();
  if (view === 'narrative') return page.locator('.story [data-testid="continue"]').click();
  for (const card of await page.getByTestId('casualty').all())
    await card.locator('input[type="radio"]').first().check();
  for (const sel of await page.locator('.dispersion-board select').all())
    await sel.selectOption({ index: 1 });
  const qs = page.getByTestId('question');
  if (await qs.count()) await qs.first().check();
  await page.getByTestId('submit-board').click();
}
