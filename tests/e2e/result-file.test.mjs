import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { axeViolations, createProfile, launch, openPage, BASE_URL } from './browser.mjs';
import { playFirstOptions, startModule } from './drive.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

describe('result files', () => {
  it('exports a result file; a tampered copy shows the score recomputed from its log; a foreign file is refused', async () => {
    const { page, context } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page, { pseudonym: 'Halcón-free' });
    await startModule(page, 'sample-first-hour', 'assessed');
    await playFirstOptions(page);
    const shown = await page.getByTestId('overall-score').innerText();
    await page.goto(`${BASE_URL}#/attempts`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-all').click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.kind, 'acompana.result');
    assert.equal(file.attempts.length, 1);
    assert.ok(file.attempts[0].log.length >= 7, 'the log travels with the file');

    file.attempts[0].claimed = { score: 1, passed: true };
    await page.getByTestId('import-file').setInputFiles({
      name: 'forged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByTestId('claimed-mismatch').waitFor();
    assert.match(
      await page.getByTestId('claimed-mismatch').innerText(),
      /The file said 100%; recomputed from its decisions, the score is \d+%/,
    );
    const imported = page.locator('.import [data-testid="debrief"]');
    assert.equal(await imported.getByTestId('overall-score').innerText(), shown);
    assert.match(await imported.getByTestId('verdict').innerText(), /Not passed/);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByTestId('import-file').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"h5p-report","score":1}'),
    });
    assert.equal(
      await page.getByTestId('import-error').innerText(),
      'This file is not an Acompaña result file.',
    );
    await page.getByTestId('import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"acompana.result","attempts":[{"recordVersion":1}]}'),
    });
    assert.match(
      await page.getByTestId('import-error').innerText(),
      /Attempt 1 in this file cannot be read: attemptId: should be string/,
    );
    await context.close();
  });

  it('sets a corrupt saved session aside with a message instead of crashing', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-US' });
    await createProfile(page);
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('acompana');
          req.onsuccess = () => {
            const tx = req.result.transaction('attempts', 'readwrite');
            tx.objectStore('attempts').put(
              { recordVersion: 1, attemptId: 'broken', log: 'not a log' },
              'broken',
            );
            tx.oncomplete = () => resolve(true);
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.goto(`${BASE_URL}#/play/broken`);
    await page.getByRole('alert').waitFor();
    assert.match(
      await page.getByRole('alert').innerText(),
      /This attempt is not on this device|could not be opened/,
    );
    await page.goto(BASE_URL);
    await page.getByTestId('module-card').first().waitFor();
    assert.equal((await page.getByTestId('module-card').count()) > 0, true);
    assert.deepEqual(
      errors.filter((e) => !/favicon/.test(e)),
      [],
    );
    await context.close();
  });
});
