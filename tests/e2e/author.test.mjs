import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import {
  axeViolations,
  createProfile,
  horizontalOverflow,
  launch,
  openPage,
  rawKeys,
  BASE_URL,
} from './browser.mjs';
import { currentView } from './drive.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const shots = process.env.SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });
const read = (p) => JSON.parse(readFileSync(new URL(`../../scenarios/${p}`, import.meta.url)));
const sample = read('sample-first-hour/scenario.json');
const es = read('sample-first-hour/locales/es.json');
const en = read('sample-first-hour/locales/en.json');
// A node two steps in: reaching it needs a path, which "play from this node" must find.
const target = Object.entries(sample.nodes).find(([, n]) => n.kind === 'triage')[0];

/** The author preview (issue 15): map, both languages side by side, stats, play from a node. */
for (const [locale, words] of [
  ['es-MX', { play: 'Jugar desde este nodo', decisions: 'Decisiones' }],
  ['en-US', { play: 'Play from this node', decisions: 'Decisions' }],
]) {
  describe(`author preview in ${locale}`, () => {
    for (const width of [360, 1280]) {
      it(`shows a module's map, a node in both languages, and plays from it at ${width} px`, async () => {
        const { page, errors, context } = await openPage(browser, { locale, width, height: 900 });
        const check = async (name) => {
          assert.deepEqual(await axeViolations(page), [], `${name}: axe`);
          // The node panel names each text key on purpose (in <code>): those are not raw keys.
          const shownKeys = new Set(await page.locator('.node-text-row code').allInnerTexts());
          const raw = (await rawKeys(page)).filter((k) => !shownKeys.has(k));
          assert.deepEqual(raw, [], `${name}: raw keys`);
          assert.equal(await horizontalOverflow(page), 0, `${name}: overflow`);
        };
        // No profile needed to read the preview.
        await page.goto(`${BASE_URL}#/author`);
        await page.locator('a[href="#/author/sample-first-hour"]').click();
        const nodes = page.getByTestId('map-node');
        await nodes.first().waitFor();
        assert.equal(
          await nodes.count(),
          Object.keys(sample.nodes).length,
          'every node on the map',
        );
        const stats = await page.getByTestId('author-stats').innerText();
        const decisions = Object.values(sample.nodes).filter((n) => n.kind === 'decision').length;
        assert.match(stats, new RegExp(`${words.decisions}\\s+${decisions}\\b`));
        await check('module');

        await page.locator(`a[href="#/author/sample-first-hour/${target}"]`).first().click();
        const panel = page.getByTestId('node-panel');
        await panel.waitFor();
        const text = await panel.innerText();
        assert.ok(text.includes(es.nodes[target].text.slice(0, 40)), 'Spanish text shown');
        assert.ok(text.includes(en.nodes[target].text.slice(0, 40)), 'English text shown');
        await check('node');
        if (shots) await page.screenshot({ path: `${shots}/author-${locale}-${width}.png` });

        // The place is in the URL: a reload comes back to the same node.
        await page.reload();
        await panel.waitFor();
        assert.match(await panel.locator('h2').first().innerText(), new RegExp(target));

        // Play from this node needs a trainee profile on this device, then lands on that node.
        await createProfile(page);
        await page.goto(`${BASE_URL}#/author/sample-first-hour/${target}`);
        await page.getByRole('link', { name: words.play }).click();
        await page.waitForURL(/#\/play\//);
        assert.equal(await currentView(page), 'triage');
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  });
}
