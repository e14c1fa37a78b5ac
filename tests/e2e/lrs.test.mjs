/**
 * The app sending to a real LRS (Learning Locker's xapi-statements, memory mode) through a proxy
 * the test cuts mid-module: statements wait on the device ("n results waiting"), survive a reload,
 * and arrive exactly once when the network is back, with a second tab open. The LRS alone then
 * holds the whole attempt: one statement per log entry, in order, plus one passed/failed and one
 * completed.
 */
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
import { advanceOne, currentView, playFirstOptions, startModule } from './drive.mjs';
import { buildAssignment, openAsNewTrainee, readLink } from './assign-drive.mjs';
import { startLrs } from '../lrs/start-lrs.mjs';
import { startFaultProxy } from '../lrs/fault-proxy.mjs';

const EXT = 'https://w3id.org/acompana/xapi/extensions/';
let browser;
let lrs;
let proxy;
before(async () => {
  [browser, lrs] = await Promise.all([launch(), startLrs()]);
  proxy = await startFaultProxy(lrs.port);
});
after(async () => {
  await browser?.close();
  await proxy?.stop();
  await lrs?.stop();
});

async function giveConsent(page) {
  await page.goto(`${BASE_URL}#/settings`);
  await page.locator('label.consent input').check();
  await page.getByTestId('save-profile').click();
  await page.getByTestId('module-card').first().waitFor();
}

async function configureLrs(page, endpoint) {
  await page.goto(`${BASE_URL}#/lrs`);
  await page.locator('#lrs-endpoint').fill(endpoint);
  await page.locator('#lrs-key').fill('acompana:write-only');
  await page.getByTestId('lrs-save').click();
  await page.getByTestId('lrs-notice').waitFor();
}

const until = async (fn, what, ms = 30_000) => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

const recordIn = (page, attemptId) =>
  page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('acompana');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('attempts').objectStore('attempts').get(id);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
    attemptId,
  );

describe('LRS settings and delivery', () => {
  for (const [locale, bad, consentText] of [
    ['es-MX', /debe empezar con https/, /No has aceptado/],
    ['en-US', /must start with https/, /have not agreed/],
  ])
    it(`settings screen (${locale}): says what is wrong with an endpoint, shows the consent, no axe violations at 360 px`, async () => {
      const { page, errors, context } = await openPage(browser, {
        locale,
        width: 360,
        height: 740,
      });
      await createProfile(page);
      await page.goto(`${BASE_URL}#/lrs`);
      await page.locator('#lrs-endpoint').waitFor();
      assert.match(await page.getByTestId('lrs-consent').innerText(), consentText);
      await page.locator('#lrs-endpoint').fill('http://lrs.example.org/xapi/');
      await page.locator('#lrs-key').fill('k:s');
      await page.getByTestId('lrs-save').click();
      assert.match(await page.getByRole('alert').innerText(), bad);
      // Nothing typed is lost on an error.
      assert.equal(
        await page.locator('#lrs-endpoint').inputValue(),
        'http://lrs.example.org/xapi/',
      );
      assert.equal(
        await page.locator('#lrs-endpoint').getAttribute('aria-describedby'),
        // The error first: a screen reader says what is wrong before the hint (ui/text-field.tsx).
        'lrs-error lrs-endpoint-hint',
        'the error is tied to the field it is about',
      );
      // Styled like the app's other fields (the profile's pseudonym): full width, 44 px tall.
      const look = (sel) =>
        page.locator(sel).evaluate((el) => {
          const c = getComputedStyle(el);
          return {
            minHeight: c.minHeight,
            border: `${c.borderTopWidth} ${c.borderTopStyle}`,
            radius: c.borderTopLeftRadius,
            font: c.fontSize,
            full: Math.abs(el.getBoundingClientRect().width - el.parentElement.clientWidth) < 1,
          };
        });
      const endpointLook = await look('#lrs-endpoint');
      assert.deepEqual(endpointLook, await look('#lrs-key'));
      assert.equal(endpointLook.minHeight, '44px');
      assert.equal(endpointLook.border, '1px solid');
      assert.ok(endpointLook.full);
      await page.goto(`${BASE_URL}#/settings`);
      await page.locator('#pseudonym').waitFor();
      assert.deepEqual(await look('#pseudonym'), endpointLook);
      await page.goto(`${BASE_URL}#/lrs`);
      await page.locator('#lrs-endpoint').waitFor();
      await page.screenshot({ path: `/tmp/lrs-${locale}-360.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: `/tmp/lrs-${locale}-1280.png`, fullPage: true });
      await page.setViewportSize({ width: 360, height: 740 });
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(await rawKeys(page), []);
      assert.equal(await horizontalOverflow(page), 0);
      assert.deepEqual(errors, []);
      await context.close();
    });

  it('network cut mid-module, reload, second tab, restored: the LRS holds the attempt exactly once', async () => {
    const { page, context } = await openPage(browser, { locale: 'es-MX' });
    await createProfile(page);
    await giveConsent(page);
    await configureLrs(page, proxy.endpoint);
    assert.match(await page.getByTestId('lrs-consent').innerText(), /Aceptaste enviar/);

    await startModule(page, 'sample-first-hour', 'assessed');
    const attemptId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
    for (let i = 0; i < 3; i++) await advanceOne(page);
    await until(async () => (await lrs.statements()).length >= 4, 'the first steps to arrive');

    proxy.set({ kind: 'down' });
    for (let i = 0; i < 3; i++) await advanceOne(page);
    await until(() => page.getByTestId('lrs-banner').isVisible(), 'the waiting banner');
    assert.match(
      await page.getByTestId('lrs-banner').innerText(),
      /\d+ resultados? en espera de envío/,
    );

    await page.reload();
    await page.getByTestId('story-text').waitFor();
    await until(() => page.getByTestId('lrs-banner').isVisible(), 'the banner after reload');
    const second = await context.newPage();
    await second.goto(`${BASE_URL}#/lrs`);
    await second.getByTestId('lrs-waiting').waitFor();
    assert.match(await second.getByTestId('lrs-waiting').innerText(), /en espera de envío/);

    proxy.set({ kind: 'up' });
    await second.getByRole('button', { name: 'Enviar ahora' }).click();
    for (let v = await currentView(page); v !== 'debrief'; v = await currentView(page))
      await advanceOne(page, v);
    await page.goto(`${BASE_URL}#/attempts`); // leaving ends the session (terminated)
    await until(
      async () =>
        /Todos los resultados se enviaron/.test(
          await second.getByTestId('lrs-waiting').innerText(),
        ),
      'everything sent',
    );

    const record = await recordIn(page, attemptId);
    const mine = (await lrs.statements()).filter(
      (s) => s.context?.extensions?.[`${EXT}attempt`]?.attemptId === attemptId,
    );
    const verb = (v) => mine.filter((s) => s.verb.id.endsWith(`/${v}`));
    const steps = mine
      .map((s) => s.context.extensions[`${EXT}step`])
      .filter(Boolean)
      .sort((a, b) => a.index - b.index);
    assert.deepEqual(
      steps.map((s) => s.index),
      record.log.map((_, i) => i),
      'one statement per log entry',
    );
    assert.deepEqual(
      steps.map((s) => s.entry),
      record.log,
    );
    assert.equal(verb('completed').length, 1);
    assert.equal(verb('passed').length + verb('failed').length, 1);
    assert.ok(verb('initialized').length >= 2, 'a session before and after the reload');
    assert.ok(verb('resumed').length >= 1);
    assert.ok(verb('terminated').length >= 1);
    await context.close();
  });

  it("an assignment link carries its LRS: the builder refuses a key that can read; the trainee's attempt goes to that LRS", async () => {
    const instructor = await openPage(browser, { locale: 'en-US' });
    const ip = instructor.page;
    // The key can read (the test LRS grants everything): refused, with the reason, nothing lost.
    proxy.set({ kind: 'up' });
    await ip.goto(`${BASE_URL}#/assign/new`);
    await buildAssignment(ip, {
      modules: ['sample-first-hour'],
      contacts: [],
      lrs: { endpoint: proxy.endpoint, key: 'cohort7:write' },
      link: false,
    });
    await ip.getByTestId('form-errors').waitFor();
    assert.match(await ip.getByTestId('form-errors').innerText(), /can read results/);
    assert.equal(await ip.locator('#lrs-endpoint').inputValue(), proxy.endpoint);
    // An LRS that enforces the key's scope refuses the read: the assignment is saved.
    proxy.set({ kind: 'write-only' });
    await ip.getByTestId('save-assignment').click();
    const link = await readLink(ip);
    await instructor.context.close();

    const trainee = await openPage(browser, { locale: 'es-MX' });
    const tp = trainee.page;
    await openAsNewTrainee(tp, link);
    await giveConsent(tp);
    await tp.goto(link);
    await tp.getByTestId('start-module').first().click();
    await tp.waitForSelector('[data-testid="story-text"]');
    const attemptId = decodeURIComponent(new URL(tp.url()).hash.split('/')[2]);
    await playFirstOptions(tp);
    const record = await recordIn(tp, attemptId);
    const mine = await until(async () => {
      const got = (await lrs.statements()).filter(
        (s) => s.context?.extensions?.[`${EXT}attempt`]?.attemptId === attemptId,
      );
      return got.some((s) => s.verb.id.endsWith('/completed')) && got;
    }, 'the assigned attempt in the LRS');
    assert.equal(mine.filter((s) => s.context.extensions[`${EXT}step`]).length, record.log.length);
    assert.ok(
      mine.every((s) =>
        s.context.contextActivities.grouping.some((g) =>
          g.id.endsWith(`/assignments/${record.assignment.id}`),
        ),
      ),
      'every statement names the assignment',
    );
    await trainee.context.close();
  });
});
