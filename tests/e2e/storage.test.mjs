/**
 * Nothing is lost, and the trainee knows where their work stands (issue 9; review H1, H2, M2 and
 * the UX resume defects): reloads with feedback open or a board half filled, forced storage
 * faults, two tabs on one attempt, and a database upgraded by a newer build in another tab.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations, createProfile, launch, openPage, rawKeys, BASE_URL } from './browser.mjs';
import { advanceOne, currentView, playUntil, startModule } from './drive.mjs';

const MODULE = 'sample-first-hour';
let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Makes every IndexedDB write fail as a full disk does (quota), until `restore`. */
const failWrites = (page) =>
  page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__put ??= IDBObjectStore.prototype.put;
    w.__add ??= IDBObjectStore.prototype.add;
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
const restoreWrites = (page) =>
  page.evaluate(() => {
    const w = /** @type {any} */ (window);
    IDBObjectStore.prototype.put = w.__put;
    IDBObjectStore.prototype.add = w.__add;
  });
/** The text of a panel once it stops changing (guideline text arrives a moment after the panel). */
const settledText = async (locator) => {
  let last = await locator.innerText();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await locator.innerText();
    if (now === last) return now;
    last = now;
  }
  return last;
};
const attemptIdOf = (page) => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');

describe('resume exactly', () => {
  it('a reload with practice feedback open comes back to the same feedback', async () => {
    const { page, errors, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page);
    await startModule(page, MODULE);
    await advanceOne(page); // arrival → feedback on the first decision
    await page.getByTestId('feedback').waitFor();
    const shown = await settledText(page.getByTestId('feedback'));
    await page.reload();
    await page.getByTestId('feedback').waitFor();
    assert.equal(await settledText(page.getByTestId('feedback')), shown);
    // Continue goes on to the next node, and a reload then does not bring the feedback back.
    await page.getByTestId('feedback').getByTestId('continue').click();
    await page.getByTestId('story-text').waitFor();
    const next = await page.getByTestId('story-text').innerText();
    await page.reload();
    await page.getByTestId('story-text').waitFor();
    assert.equal(await page.getByTestId('feedback').count(), 0);
    assert.equal(await page.getByTestId('story-text').innerText(), next);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a half-filled triage board comes back as it was', async () => {
    const { page, errors, context } = await openPage(browser, { locale: 'es-MX' });
    await createProfile(page);
    await startModule(page, MODULE);
    await playUntil(page, 'triage');
    const cards = page.getByTestId('casualty');
    await cards.nth(0).locator('input[type="radio"]').nth(2).check();
    await cards.nth(1).locator('input[type="radio"]').nth(0).check();
    const checked = () =>
      page.$$eval('[data-testid="casualty"] input:checked', (els) =>
        els.map((e) => `${e.getAttribute('name')}=${e.getAttribute('value')}`),
      );
    const before = await checked();
    assert.equal(before.length, 2);
    await page.reload();
    await page.getByTestId('submit-board').waitFor();
    assert.deepEqual(await checked(), before);
    assert.match(await page.locator('.board-progress').first().innerText(), /\d/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('failed writes are never silent (review H1)', () => {
  it('says progress is not saved, plays on, retries, downloads the attempt so far, then resumes', async () => {
    const { page, errors, context } = await openPage(browser, {
      locale: 'en-US',
      width: 360,
      height: 740,
    });
    await createProfile(page);
    await startModule(page, MODULE);
    await failWrites(page);
    await advanceOne(page); // a choice whose step cannot be stored
    const alert = page.getByTestId('save-problem');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Your progress is not being saved/);
    assert.match(await alert.innerText(), /no space left/);
    assert.equal(await alert.getAttribute('role'), 'alert');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await rawKeys(page), []);
    // Play goes on in memory.
    await page.getByTestId('feedback').getByTestId('continue').click();
    await advanceOne(page);
    // The attempt so far, as a result file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('save-download').click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.kind, 'acompana.result');
    assert.equal(file.attempts[0].log.length, 2);
    // Space is back: retry stores everything played so far.
    await restoreWrites(page);
    await page.getByTestId('save-retry').click();
    await page.getByTestId('save-recovered').waitFor();
    assert.equal(await page.getByTestId('save-problem').count(), 0);
    const view = await currentView(page);
    const story =
      view === 'feedback'
        ? await page.getByTestId('feedback').innerText()
        : await page.getByTestId('story-text').innerText();
    await page.reload();
    await page.waitForSelector('[data-testid="story-text"], [data-testid="feedback"]');
    assert.equal(await currentView(page), view);
    const again =
      view === 'feedback'
        ? await page.getByTestId('feedback').innerText()
        : await page.getByTestId('story-text').innerText();
    assert.equal(again, story);
    assert.deepEqual(
      errors.filter((e) => !/QuotaExceeded|quota/.test(e)),
      [],
    );
    await context.close();
  });

  it('a failed start says so and gives the button back (Spanish)', async () => {
    const { page, context } = await openPage(browser, { locale: 'es-MX' });
    await createProfile(page);
    await page.goto(`${BASE_URL}#/module/${MODULE}`);
    await page.getByTestId('start').waitFor();
    await failWrites(page);
    await page.getByTestId('start').click();
    const failed = page.getByTestId('start-failed');
    await failed.waitFor();
    assert.match(
      await failed.innerText(),
      /No se pudo empezar el intento\. Este dispositivo ya no tiene espacio/,
    );
    assert.equal(await page.getByTestId('start').isEnabled(), true);
    await restoreWrites(page);
    await page.getByTestId('start').click();
    await page.getByTestId('story-text').waitFor();
    await context.close();
  });
});

describe('two tabs on one attempt (review H2)', () => {
  it('the second tab is read-only until it takes over; the first is then told', async () => {
    const { page: first, errors, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(first);
    await startModule(first, MODULE);
    const id = attemptIdOf(first);
    const second = await context.newPage();
    await second.goto(`${BASE_URL}#/play/${id}`);
    await second.getByTestId('read-only').waitFor();
    assert.match(await second.getByTestId('read-only').innerText(), /open in another tab/);
    assert.deepEqual(await axeViolations(second), []);
    // The first tab keeps playing and saving.
    await advanceOne(first);
    await first.getByTestId('feedback').waitFor();
    await first.getByTestId('feedback').getByTestId('continue').click();
    await first.getByTestId('story-text').waitFor();
    const where = await first.getByTestId('story-text').innerText();
    // Taking over loads what the first tab saved, and the first tab stops.
    await second.getByTestId('take-over').click();
    await second.getByTestId('story-text').waitFor();
    assert.equal(await second.getByTestId('story-text').innerText(), where);
    await first.getByTestId('read-only').waitFor();
    assert.match(await first.getByTestId('read-only').innerText(), /took over this attempt/);
    await advanceOne(second);
    await second.waitForSelector('[data-testid="feedback"], [data-testid="story-text"]');
    const log = await second.evaluate(async (attemptId) => {
      const db = await new Promise((res) => {
        const r = indexedDB.open('acompana');
        r.onsuccess = () => res(r.result);
      });
      return new Promise((res) => {
        const g = db.transaction('attempts').objectStore('attempts').get(attemptId);
        g.onsuccess = () => {
          db.close();
          res(g.result.log.length);
        };
      });
    }, id);
    assert.equal(log, 2, 'both tabs\u2019 steps are kept, in order');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('database version changes (review M2)', () => {
  it('an open tab gives way to a newer build and asks to reload; the older build then explains', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page);
    const newer = await context.newPage();
    await newer.goto(`${BASE_URL}icon.svg`);
    // A newer build opens the database at a higher version: it must not wait for this tab.
    const upgraded = await newer.evaluate(
      () =>
        new Promise((res) => {
          const r = indexedDB.open('acompana', 99);
          r.onsuccess = () => {
            r.result.close();
            res('opened');
          };
          r.onblocked = () => res('blocked');
          r.onerror = () => res('error');
        }),
    );
    assert.equal(upgraded, 'opened');
    await page.getByTestId('db-upgrade').waitFor();
    assert.match(
      await page.getByTestId('db-upgrade').innerText(),
      /updated in another tab\. Reload/,
    );
    // This (older) build now meets a database newer than itself.
    await page.reload();
    await page.getByTestId('storage-failed').waitFor();
    assert.match(
      await page.getByTestId('storage-failed').innerText(),
      /saved by a newer version of Acompaña/,
    );
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});

describe('set-aside sessions (review M1)', () => {
  it('are listed on the attempts screen with the reason, exportable, and put back on request', async () => {
    const { page, errors, context } = await openPage(browser, {
      locale: 'es-MX',
      width: 360,
      height: 740,
    });
    await createProfile(page);
    await startModule(page, MODULE);
    const id = attemptIdOf(page);
    await page.goto(`${BASE_URL}#/`);
    // Damage the saved attempt, and add one written by a newer build.
    await page.evaluate(async (attemptId) => {
      const db = await new Promise((res) => {
        const r = indexedDB.open('acompana');
        r.onsuccess = () => res(r.result);
      });
      await new Promise((res) => {
        const tx = db.transaction('attempts', 'readwrite');
        const store = tx.objectStore('attempts');
        const g = store.get(attemptId);
        g.onsuccess = () => {
          store.put({ ...g.result, log: 'dañado' }, attemptId);
          store.put({ ...g.result, attemptId: 'future', recordVersion: 9 }, 'future');
        };
        tx.oncomplete = () => res(undefined);
      });
      db.close();
    }, id);
    await page.goto(`${BASE_URL}#/attempts`);
    const list = page.getByTestId('set-aside-list');
    await list.waitFor();
    assert.match(await list.innerText(), /Sesiones apartadas/);
    assert.match(
      await page.getByTestId('set-aside-item').innerText(),
      /La primera hora.*apartada el .*: los datos guardados están dañados o incompletos/s,
    );
    assert.match(
      await page.getByTestId('newer-records').innerText(),
      /1 intento lo guardó una versión más nueva/,
    );
    assert.deepEqual(await axeViolations(page), []);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-set-aside').click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.kind, 'acompana.set-aside');
    assert.equal(file.records[0].raw.log, 'dañado');
    assert.match(file.records[0].reason, /log: should be array/);
    // Trying again puts it back; it is still unreadable, so it is set aside again, not lost.
    await page.getByTestId('set-aside-item').getByRole('button').click();
    await page.getByTestId('set-aside-item').waitFor();
    assert.equal(await page.getByTestId('set-aside-item').count(), 1);
    // The newer build's record is untouched.
    const kept = await page.evaluate(async () => {
      const db = await new Promise((res) => {
        const r = indexedDB.open('acompana');
        r.onsuccess = () => res(r.result);
      });
      return new Promise((res) => {
        const g = db.transaction('attempts').objectStore('attempts').get('future');
        g.onsuccess = () => {
          db.close();
          res(g.result?.recordVersion);
        };
      });
    });
    assert.equal(kept, 9);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
