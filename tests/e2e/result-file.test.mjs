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
    // One attempt in the file: its debrief opens at once, below the summary.
    await page.getByTestId('claimed-mismatch').waitFor();
    assert.match(
      await page.getByTestId('claimed-mismatch').innerText(),
      /The file said 100%; recomputed from its decisions, the score is \d+%/,
    );
    assert.match(await page.getByTestId('row-claimed').innerText(), /the file said 100%/);
    const imported = page.locator('.import [data-testid="debrief"]');
    assert.equal(await imported.getByTestId('overall-score').innerText(), shown);
    assert.match(await imported.getByTestId('verdict').innerText(), /Not passed/);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByTestId('import-file').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"h5p-report","score":1}'),
    });
    await page.getByTestId('import-problem').waitFor();
    assert.equal(
      await page.getByTestId('import-problem').innerText(),
      'other.json\twhole file\tThis is not an Acompaña result file: it says it is “h5p-report”.',
    );
    await page.getByTestId('import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"kind":"acompana.result","recordVersion":2,"attempts":[{"recordVersion":1}]}',
      ),
    });
    await page.getByText('The field “attemptId” is missing.').waitFor();
    assert.equal(await page.getByTestId('total-refused').innerText(), 'Attempts not counted\t1');
    await context.close();
  });

  it('imports a big file off the main thread with progress, then a summary of what was and was not counted, in Spanish', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'es-MX', width: 360 });
    await createProfile(page, { pseudonym: 'Ceiba' });
    await startModule(page, 'sample-first-hour', 'practice');
    await playFirstOptions(page);
    await page.goto(`${BASE_URL}#/attempts`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-all').click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    const [real] = file.attempts;
    // 6,000 copies of a real attempt under new ids, one exact duplicate, one broken attempt.
    const many = Array.from({ length: 6000 }, (_, i) => ({ ...real, attemptId: `copy-${i}` }));
    many.push({ ...many[0] }, { ...real, attemptId: 'bad', seed: 'x' });
    const big = Buffer.from(JSON.stringify({ ...file, attempts: many }, null, 2));
    const text = JSON.stringify({ ...file, attempts: [real] });
    const broken = [
      { name: 'latin1.json', buffer: Buffer.from(text.replace('Ceiba', 'Peña'), 'latin1') },
      { name: 'cortado.json', buffer: Buffer.from(text.slice(0, 200)) },
      { name: 'nuevo.json', buffer: Buffer.from(JSON.stringify({ ...file, recordVersion: 99 })) },
    ];
    // Watch the progress bar from the page: every value it shows while the worker runs.
    await page.evaluate(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="import-progress"] progress');
        if (bar) window.__progress.push(Number(bar.getAttribute('value')) / Number(bar.max));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page
      .getByTestId('import-file')
      .setInputFiles([
        { name: 'grande.json', mimeType: 'application/json', buffer: big },
        ...broken.map((b) => ({ ...b, mimeType: 'application/json' })),
      ]);
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => window.__progress);
    assert.ok(
      seen.some((v) => v > 0 && v < 1),
      `the bar moved between 0 and 1: ${seen.slice(0, 10)}`,
    );
    const total = async (k) => (await page.getByTestId(`total-${k}`).innerText()).split('\t')[1];
    assert.equal(await total('filesRead'), '1');
    assert.equal(await total('filesRefused'), '3');
    assert.equal(await total('accepted'), '6,000');
    assert.equal(await total('refused'), '1');
    assert.equal(await total('duplicates'), '1');
    const problems = await page.getByTestId('import-problem').allInnerTexts();
    assert.deepEqual(
      problems.map((p) => p.split('\t').slice(0, 2).join(' ')),
      [
        'grande.json núm. 6001',
        'grande.json núm. 6002',
        'latin1.json todo el archivo',
        'cortado.json todo el archivo',
        'nuevo.json todo el archivo',
      ],
    );
    assert.match(problems[0], /El mismo intento aparece dos veces; se cuenta una sola vez\./);
    assert.match(problems[1], /El campo «seed» tiene un tipo equivocado \(debe ser un número\)\./);
    assert.match(
      problems[2],
      /no está guardado como texto UTF-8: el byte [\d,]+ no es UTF-8\. Parece texto Latin-1/,
    );
    assert.match(problems[3], /termina antes de tiempo/);
    assert.match(
      problems[4],
      /versión más reciente de Acompaña \(formato 99; esta lee hasta el 2\)/,
    );
    // A summary, not 6,000 debriefs: 100 rows and a note, no debrief until one is asked for.
    assert.equal(await page.getByTestId('import-row').count(), 100);
    await page.getByText('…y 5,900 filas más, que no se muestran.').waitFor();
    assert.equal(await page.locator('.import [data-testid="debrief"]').count(), 0);
    await page.getByTestId('import-row').first().getByRole('button').click();
    await page.locator('.import [data-testid="debrief"]').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
      0,
    );
    assert.deepEqual(errors, []);
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
