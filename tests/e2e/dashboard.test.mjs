/**
 * The organization dashboard in Chromium (issue 12): 200 demo trainees loaded with the demo
 * button; every chart's bars agree with its table, and the CSV with the table; a hidden figure is
 * hidden in all three; filters live in the URL and a withheld view shows nothing; an LRS read with
 * a read key (kept in sessionStorage only) against the real test LRS. Screens (axe, 360 px, both
 * languages) are in dashboard-screens.test.mjs, so neither file nears the runner's time limit.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launch, openPage, BASE_URL } from './browser.mjs';
import { startLrs, TEST_AUTH } from '../lrs/start-lrs.mjs';

const root = join(import.meta.dirname, '..', '..');
let browser;
let lrs;
let fixture;
before(async () => {
  const out = join(root, 'node_modules', '.cache', 'acompana', 'dashboard-lrs.mjs');
  await build({
    entryPoints: [join(root, 'tests', 'fixtures', 'dashboard-lrs.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'warning',
  });
  fixture = await import(pathToFileURL(out).href);
  [browser, lrs] = await Promise.all([launch(), startLrs()]);
});
after(async () => {
  await browser?.close();
  await lrs?.stop();
});

async function loadDemo(page) {
  await page.goto(`${BASE_URL}#/review`);
  await page.getByTestId('review-demo').click();
  await page.getByTestId('review-summary').waitFor({ timeout: 120_000 });
}

/** A table's rows as { key, hidden, cells: { column id: text } }. */
const tableRows = (page, id) =>
  page
    .getByTestId(`table-${id}`)
    .getByTestId('row')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.dataset.key,
        hidden: tr.dataset.hidden === 'true',
        cells: Object.fromEntries(
          [...tr.querySelectorAll('td[data-col]')].map((td) => [td.dataset.col, td.textContent]),
        ),
      })),
    );
const bars = (page, id) =>
  page
    .getByTestId(`table-${id}`)
    .getByTestId('bar')
    .evaluateAll((gs) => gs.map((g) => ({ key: g.dataset.key, value: g.dataset.value })));

async function downloadCsv(page, id) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`csv-${id}`).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), `${id}: UTF-8 byte-order mark`);
  const [header, ...lines] = text.slice(1).trimEnd().split('\r\n');
  // The fixture's values hold no commas or quotes except cohort names, which are quoted.
  const split = (l) =>
    [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]).slice(0, -1);
  const cols = header.split(',');
  return lines.map((l) => Object.fromEntries(split(l).map((v, i) => [cols[i], v])));
}
const pctOf = (text) => (text === 'hidden' ? 'suppressed' : String(Number.parseInt(text, 10)));

describe('organization dashboard', () => {
  it('shows 200 demo trainees; charts, tables and CSV agree, hidden figures hidden in all three', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-US', width: 1280 });
    await loadDemo(page);
    assert.match(
      await page.getByTestId('review-summary').innerText(),
      /^200 learners, [\d,]+ attempts\. Source: result files \(honour system\)\.$/,
    );
    const charted = [
      'by-module',
      'by-cohort',
      'by-role',
      'trend',
      'scores',
      'dimensions',
      'guidelines',
    ];
    const column = {
      'by-module': 'pass_pct',
      'by-cohort': 'pass_pct',
      'by-role': 'pass_pct',
      trend: 'pass_pct',
      scores: 'share_pct',
      dimensions: 'adherence_pct',
      guidelines: 'broken_pct',
    };
    let hiddenSeen = 0;
    for (const id of charted) {
      const rows = await tableRows(page, id);
      const drawn = await bars(page, id);
      assert.ok(rows.length > 0, `${id} has rows`);
      assert.equal(drawn.length, Math.min(rows.length, 15), `${id}: one bar per row`);
      for (const bar of drawn) {
        const row = rows.find((r) => r.key === bar.key);
        const cell = row.cells[column[id]];
        assert.equal(bar.value || 'hidden', cell, `${id} ${bar.key}: bar and table`);
      }
      const csv = await downloadCsv(page, id);
      assert.equal(csv.length, rows.length, `${id}: CSV rows`);
      assert.ok(!Object.keys(csv[0]).some((c) => /^(pseudonym|learner_id|attempt_id)$/.test(c)));
      rows.forEach((row, i) => {
        for (const [col, text] of Object.entries(row.cells)) {
          const v = csv[i][col];
          if (text === 'hidden') {
            hiddenSeen++;
            assert.equal(v, 'suppressed', `${id} ${row.key} ${col}`);
          } else if (col.endsWith('_pct')) assert.equal(v, pctOf(text), `${id} ${row.key} ${col}`);
          else assert.equal(Number(v), Number(text.replace(/,/g, '')), `${id} ${row.key} ${col}`);
        }
      });
    }
    assert.ok(hiddenSeen > 0, 'some small groups are hidden in the demo data');
    // The guideline links lead to the guideline browser's route.
    const href = await page
      .getByTestId('table-guidelines')
      .locator('a')
      .first()
      .getAttribute('href');
    assert.match(href, /^#\/guidelines\/[A-Z0-9-]+$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('keeps the filters in the URL and withholds a view that is too small', async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-US', width: 1280 });
    await loadDemo(page);
    await page.getByTestId('filter-mode').selectOption('assessed');
    await page.waitForFunction(() => location.hash.includes('mode=assessed'));
    await page.getByTestId('filter-by').selectOption('week');
    await page.waitForFunction(() => location.hash.includes('by=week'));
    const assessed = await page.getByTestId('review-summary').innerText();
    assert.notEqual(assessed.split(' ')[0], '200');
    // A shared address opens the same filters.
    const hash = await page.evaluate(() => location.hash);
    await page.evaluate(() => (location.hash = '#/review'));
    await page.waitForFunction(
      () => document.querySelector('[data-testid="filter-mode"]').value === '',
    );
    await page.evaluate((h) => (location.hash = h), hash);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="filter-mode"]').value === 'assessed',
    );
    assert.equal(await page.getByTestId('review-summary').innerText(), assessed);
    // A threshold above the view's size: nothing is shown, not even a CSV button.
    await page.evaluate(() => (location.hash = '#/review?mode=assessed&k=500'));
    await page.getByTestId('review-withheld').waitFor();
    assert.match(await page.getByTestId('review-withheld').innerText(), /fewer than 500 learners/);
    assert.equal(await page.locator('[data-testid^="csv-"]').count(), 0);
    assert.equal(await page.getByTestId('chart').count(), 0);
    // k below 5 is raised to 5.
    await page.evaluate(() => (location.hash = '#/review?k=2'));
    await page.getByTestId('review-summary').waitFor();
    assert.equal(await page.getByTestId('filter-k').inputValue(), '5');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('reads attempts from the test LRS with a read key kept for this tab only', async () => {
    const { statements, attempts, learners } = fixture.lrsStatements(12);
    for (let i = 0; i < statements.length; i += 200) {
      const res = await fetch(`${lrs.endpoint}statements`, {
        method: 'POST',
        headers: {
          Authorization: TEST_AUTH,
          'X-Experience-API-Version': '1.0.3',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(statements.slice(i, i + 200)),
      });
      assert.equal(res.status, 200, await res.text());
    }
    const { page, context, errors } = await openPage(browser, { locale: 'es-MX', width: 1280 });
    await page.goto(`${BASE_URL}#/review`);
    await page.getByTestId('lrs-endpoint').fill(lrs.endpoint);
    await page.getByTestId('lrs-key').fill('acompana:read-key');
    await page.getByTestId('lrs-read').click();
    await page.getByTestId('review-summary').waitFor({ timeout: 60_000 });
    assert.equal(
      await page.getByTestId('review-summary').innerText(),
      `${learners} participantes, ${attempts} intentos. Origen: un LRS, mediante enlaces de asignación (se basa en la buena fe).`,
    );
    const kept = await page.evaluate(() => ({
      session: sessionStorage.getItem('acompana.review.lrs-read'),
      local: Object.keys(localStorage).filter((k) => localStorage.getItem(k).includes('read-key')),
    }));
    assert.match(kept.session, /read-key/);
    assert.deepEqual(kept.local, []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it("reads this device's records (none here) and says so", async () => {
    const { page, context, errors } = await openPage(browser, { locale: 'en-US', width: 1280 });
    await page.goto(`${BASE_URL}#/review`);
    await page.getByTestId('review-device').click();
    await page
      .getByText('0 attempts added; 0 were already loaded; 0 could not be counted.')
      .waitFor();
    assert.equal(await page.getByTestId('review-empty').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
