import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createProfile, launch, openPage, rawKeys } from './browser.mjs';
import { playFirstOptions, startModule } from './drive.mjs';

// Every module in the build, played to an ending in both languages (issue 5).
const dir = join(import.meta.dirname, '../../scenarios');
const only = process.env.ACOMPANA_ONLY?.split(',').filter(Boolean);
const modules = readdirSync(dir).filter(
  (d) => existsSync(join(dir, d, 'scenario.json')) && (!only || only.includes(d)),
);

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

describe('every module plays to an ending', () => {
  for (const locale of ['es-MX', 'en-US'])
    for (const id of modules)
      it(`${id} in ${locale}`, async () => {
        const { page, context, errors } = await openPage(browser, { locale });
        await createProfile(page);
        await startModule(page, id);
        const seen = await playFirstOptions(page);
        assert.ok(seen.length >= 3, 'went through the story');
        assert.match(
          await page.getByTestId('verdict').innerText(),
          locale === 'es-MX' ? /Puntuación/ : /Score/,
        );
        assert.deepEqual(await rawKeys(page), []);
        assert.deepEqual(errors, []);
        await context.close();
      });
});
