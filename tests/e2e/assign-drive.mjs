/**
 * Instructor and assigned-trainee steps for end-to-end tests (issue 10). `assignedResultFile`
 * makes a real result file of an assigned attempt, for the cohort view's tests to load.
 */
import { writeFile, mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { BASE_URL, openPage } from './browser.mjs';
import { playFirstOptions } from './drive.mjs';

/** Builds an assignment in the builder and returns its link, as the detail screen shows it. */
export async function buildAssignment(
  page,
  {
    cohort = 'Guardia Nacional — Reynosa',
    modules = ['sample-first-hour', 'triage-safehouse'],
    due = '2026-12-18',
    passMark = '70',
    language = 'choice',
    mode = 'assessed',
    feedback = 'end',
    contacts = [{ name: 'Línea de la Vida', phone: '800 911 2000' }],
    lrs,
    /** false: save and return without waiting for the link (the builder may refuse). */
    link = true,
  } = {},
) {
  await page.goto(`${BASE_URL}#/assign/new`);
  await page.locator('#cohort').waitFor();
  await page.fill('#cohort', cohort);
  for (const m of modules)
    await page.locator(`[data-testid="add-module"][data-module="${m}"]`).click();
  if (due) await page.fill('#due', due);
  await page.fill('#pass-mark', passMark);
  await page.locator(`input[name="language"][value="${language}"]`).check();
  await page.locator(`input[name="mode"][value="${mode}"]`).check();
  if (mode === 'assessed')
    await page.locator(`input[name="feedback"][value="${feedback}"]`).check();
  for (const [i, c] of contacts.entries()) {
    await page.getByTestId('add-contact').click();
    await page.fill(`#contact-${i}-name`, c.name);
    if (c.phone) await page.fill(`#contact-${i}-phone`, c.phone);
    if (c.url) await page.fill(`#contact-${i}-url`, c.url);
  }
  if (lrs) {
    await page.fill('#lrs-endpoint', lrs.endpoint);
    await page.fill('#lrs-key', lrs.key);
  }
  await page.getByTestId('link-size').waitFor();
  await page.getByTestId('save-assignment').click();
  return link ? readLink(page) : undefined;
}

/** The link on an assignment's detail screen. */
export async function readLink(page) {
  await page.getByTestId('assignment-link').waitFor();
  return page.getByTestId('assignment-link').inputValue();
}

/** Draws the rendered QR image into a canvas and decodes its pixels with jsQR (an independent decoder). */
export async function decodeQr(page, testId = 'qr') {
  const img = page.getByTestId(testId);
  await img.waitFor();
  await page.waitForFunction(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.complete,
    testId,
  );
  const { width, height, data } = await page.evaluate((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    const size = 480;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(el, 0, 0, size, size);
    return { width: size, height: size, data: Array.from(ctx.getImageData(0, 0, size, size).data) };
  }, testId);
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

/** A trainee without a profile opens the link: the profile first, then back to the assignment. */
export async function openAsNewTrainee(page, link, { pseudonym = 'Garza', roleIndex = 0 } = {}) {
  await page.goto(link);
  await page.locator('#pseudonym').waitFor();
  await page.fill('#pseudonym', pseudonym);
  await page.locator('input[name="role"]').nth(roleIndex).check();
  await page.getByTestId('save-profile').click();
  await page.getByTestId('assignment').waitFor();
}

/** Downloads every finished attempt on this device as a result file; returns its path and JSON. */
export async function downloadResults(page) {
  await page.goto(`${BASE_URL}#/attempts`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-all').click(),
  ]);
  const path = await download.path();
  return {
    path,
    name: download.suggestedFilename(),
    file: JSON.parse(await readFile(path, 'utf8')),
  };
}

/**
 * For the cohort view's tests: builds an assignment, plays its first module as a new trainee and
 * writes the exported result file to `dir` (default: the system's temporary folder). Returns the
 * file's path and the assignment's link.
 */
export async function assignedResultFile(browser, { dir = join(tmpdir(), 'acompana-e2e') } = {}) {
  const instructor = await openPage(browser, { locale: 'en-US' });
  const link = await buildAssignment(instructor.page);
  await instructor.context.close();
  const trainee = await openPage(browser, { locale: 'es-MX' });
  await openAsNewTrainee(trainee.page, link);
  await trainee.page.getByTestId('start-module').first().click();
  await playFirstOptions(trainee.page);
  const { file, name } = await downloadResults(trainee.page);
  await trainee.context.close();
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(file));
  return { path, link, file };
}
