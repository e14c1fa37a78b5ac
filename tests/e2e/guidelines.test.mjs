import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import {
  axeViolations,
  horizontalOverflow,
  launch,
  openPage,
  rawKeys,
  BASE_URL,
} from './browser.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const read = (f) =>
  JSON.parse(readFileSync(new URL(`../../scenarios/guidelines/${f}`, import.meta.url)));
const pep = read('guidelines.json').guidelines.find((g) => g.id === 'SV-PEP72');
const pepSources = pep.sources.map((id) => read('sources.json').sources.find((s) => s.id === id));

const shots = process.env.SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

/** The guideline browser (issue 15), with no trainee profile: authors and trainees both read it. */
for (const [locale, words] of [
  [
    'es-MX',
    { search: 'Buscar', pep: 'profilaxis', count: /^1 guía de \d+$/, all: 'Todas las guías' },
  ],
  [
    'en-US',
    { search: 'Search', pep: 'prophylaxis', count: /^1 guideline of \d+$/, all: 'All guidelines' },
  ],
]) {
  describe(`guideline browser in ${locale}`, () => {
    for (const width of [360, 1280]) {
      it(`searches, filters and opens one guideline at ${width} px`, async () => {
        const { page, errors, context } = await openPage(browser, { locale, width, height: 800 });
        await page.goto(`${BASE_URL}#/guidelines`);
        const count = page.getByTestId('guideline-count');
        await count.waitFor();
        // No profile was made, and the browser stays open (no bounce to the welcome screen).
        assert.match(page.url(), /#\/guidelines$/);
        const total = Number((await count.innerText()).match(/(\d+)\s*$/)[1]);
        assert.ok(total >= 150, `the whole catalogue is listed (${total})`);
        assert.equal(await page.getByTestId('guideline-card').count(), total);
        const check = async (name) => {
          assert.deepEqual(await axeViolations(page), [], `${name}: axe`);
          assert.deepEqual(await rawKeys(page), [], `${name}: raw keys`);
          assert.equal(await horizontalOverflow(page), 0, `${name}: overflow`);
        };
        await check('list');
        if (shots) await page.screenshot({ path: `${shots}/guidelines-${locale}-${width}.png` });

        // A code typed in lower case finds the post-exposure prophylaxis guideline.
        await page.getByLabel(words.search, { exact: true }).fill('sv-pep72');
        await assert.doesNotReject(() =>
          page.getByTestId('guideline-card').first().getByText('SV-PEP72').waitFor(),
        );
        assert.equal(await page.getByTestId('guideline-card').count(), 1);
        assert.match(await count.innerText(), words.count);

        // A word without its accents, narrowed by verification mark: every card shown has it.
        await page.getByLabel(words.search, { exact: true }).fill('');
        await page.getByTestId('guideline-mark').selectOption('U');
        const unverified = await page.getByTestId('guideline-card').count();
        assert.ok(unverified > 0 && unverified < total, `unverified only (${unverified})`);
        const classes = await page
          .getByTestId('guideline-card')
          .evaluateAll((cards) => cards.map((c) => c.className));
        assert.ok(classes.every((c) => c.includes('mark-U')));
        await page.getByTestId('guideline-mark').selectOption('');
        await page.getByTestId('guideline-step').selectOption('T');
        await page.getByLabel(words.search, { exact: true }).fill(words.pep);
        const found = await page.getByTestId('guideline-card').allInnerTexts();
        assert.ok(
          found.some((t) => t.includes('SV-PEP72')),
          found.join('\n'),
        );

        // One guideline by its code, as a debrief citation links to it: source and citing modules.
        await page.goto(`${BASE_URL}#/guidelines/SV-PEP72`);
        const card = page.getByTestId('guideline-card');
        await card.waitFor();
        assert.equal(await card.count(), 1);
        assert.equal(await page.locator('h1').innerText(), await card.locator('h1').innerText());
        const text = await card.innerText();
        for (const s of pepSources) assert.ok(text.includes(s.title), `names its source ${s.id}`);
        assert.ok(
          text.includes(pep.statement.es) && text.includes(pep.statement.en),
          'both languages',
        );
        assert.ok((await card.locator('a[href^="#/module/"]').count()) >= 1, 'cited by a module');
        await check('one guideline');
        if (shots) await page.screenshot({ path: `${shots}/guideline-${locale}-${width}.png` });
        await page.getByRole('link', { name: words.all }).click();
        await count.waitFor();

        await page.goto(`${BASE_URL}#/guidelines/NO-SUCH-ID`);
        await page.getByRole('alert').waitFor();
        assert.match(await page.getByRole('alert').innerText(), /NO-SUCH-ID/);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  });
}
