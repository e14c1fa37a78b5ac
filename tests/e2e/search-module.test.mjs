import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  axeViolations,
  createProfile,
  horizontalOverflow,
  launch,
  openPage,
  rawKeys,
} from './browser.mjs';
import { currentView, startModule } from './drive.mjs';

// search-not-rescued (issue 13) played in the app to each of its five endings, in both languages,
// on a 360 px phone: each choice is picked by its text, as a trainee would, and the debrief must
// name the ending the path earns. Set SHOTS_DIR to keep screenshots of the screens passed on the way.
const dir = join(import.meta.dirname, '../../scenarios/search-not-rescued');
const scenario = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8'));
const texts = {
  'es-MX': JSON.parse(readFileSync(join(dir, 'locales/es.json'), 'utf8')),
  'en-US': JSON.parse(readFileSync(join(dir, 'locales/en.json'), 'utf8')),
};
const best = Object.fromEntries(
  Object.entries(scenario.nodes)
    .filter(([, n]) => n.kind === 'decision')
    .map(([id, n]) => [id, n.choices.find((c) => c.quality === 'best').id]),
);
const bestQuestions = ['open-route', 'open-other-house', 'open-features'];

const paths = {
  'end-searching-well': {},
  'end-partial': { 'immediate-search': 'itzel-today-men-monday' },
  'end-search-late': { 'immediate-search': 'wait-for-complaint' },
  'end-site-lost': { 'families-at-site': 'let-them-search' },
  'end-families-harmed': { 'amparo-asks': 'shirt-prepare-yourself' },
};

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

async function look(page, name, locale) {
  assert.equal(await horizontalOverflow(page), 0, `${name}: no horizontal overflow at 360 px`);
  assert.deepEqual(await rawKeys(page), [], `${name}: no raw keys`);
  if (process.env.SHOTS_DIR)
    await page.screenshot({
      path: join(process.env.SHOTS_DIR, `${locale}-${name}.png`),
      fullPage: true,
    });
}

describe('search-not-rescued plays to every ending', () => {
  for (const locale of ['es-MX', 'en-US'])
    for (const [ending, overrides] of Object.entries(paths))
      it(`${ending} in ${locale}`, async () => {
        const L = texts[locale];
        const { page, context, errors } = await openPage(browser, { locale, width: 360 });
        await createProfile(page);
        const card = page.getByTestId('module-card').filter({ hasText: L.title });
        await card.waitFor();
        if (ending === 'end-searching-well') {
          await card.scrollIntoViewIfNeeded();
          await look(page, 'library', locale);
        }
        await startModule(page, scenario.id);
        const axeAt = ending === 'end-searching-well' ? new Set(['site-report', 'debrief']) : null;
        for (let i = 0; i < 80; i++) {
          const view = await currentView(page);
          if (view === 'debrief') break;
          if (view === 'feedback') {
            await page.getByTestId('feedback').getByTestId('continue').click();
          } else if (view === 'narrative') {
            await page.locator('.story [data-testid="continue"]').click();
          } else if (view === 'interview') {
            if (ending === 'end-searching-well') await look(page, 'interview', locale);
            for (const q of bestQuestions)
              await page.locator('label.question', { hasText: L.questions[q].text }).click();
            await page.getByTestId('submit-board').click();
          } else {
            const shown = await page.getByTestId('choice').allInnerTexts();
            const node = Object.keys(best).find((id) =>
              Object.values(L.nodes[id].choices).some((c) => shown.includes(c.text)),
            );
            assert.ok(node, `the choices on screen belong to a decision node: ${shown[0]}`);
            if (ending === 'end-searching-well') await look(page, node, locale);
            if (axeAt?.has(node)) assert.deepEqual(await axeViolations(page), [], node);
            const choice = overrides[node] ?? best[node];
            await page
              .getByTestId('choice')
              .filter({ hasText: L.nodes[node].choices[choice].text })
              .click();
          }
        }
        await page.getByTestId('debrief').waitFor();
        const debrief = await page.getByTestId('debrief').innerText();
        assert.ok(debrief.includes(L.nodes[ending].title), `the debrief names ${ending}`);
        assert.match(
          await page.getByTestId('verdict').innerText(),
          locale === 'es-MX' ? /Puntuación/ : /Score/,
        );
        await look(page, `debrief-${ending}`, locale);
        if (axeAt) assert.deepEqual(await axeViolations(page), [], 'debrief');
        assert.deepEqual(errors, []);
        await context.close();
      });
});
