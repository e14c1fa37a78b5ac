/**
 * The instructor's package download (issue 11): from an assignment's screen, the browser gathers
 * the built app's files, zips them with the assignment's modules, and the zip it downloads plays
 * in an LMS (scorm-again in the parent frame, as in scorm.test.mjs).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { axeViolations, horizontalOverflow, launch, openPage, rawKeys } from './browser.mjs';
import { buildAssignment } from './assign-drive.mjs';
import { advanceOne, currentView } from './drive.mjs';
import { serveLmsPackage } from './lms-harness.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const MODULES = ['sample-first-hour', 'triage-safehouse'];

async function downloadPackage(page, format) {
  await page.locator(`input[name="package-format"][value="${format}"]`).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-package').click(),
  ]);
  const bytes = await readFile(await download.path());
  return { name: download.suggestedFilename(), bytes };
}

describe('package download from an assignment', () => {
  it('downloads SCORM 1.2 and cmi5 packages of the assignment modules; the SCORM one plays in an LMS', async () => {
    const { page, errors, context } = await openPage(browser, { locale: 'en-US', width: 1280 });
    await buildAssignment(page, { cohort: 'Búsqueda Jalisco', modules: MODULES });

    const scorm = await downloadPackage(page, 'scorm12');
    assert.equal(scorm.name, 'acompana-scorm12-busqueda-jalisco.zip');
    await page.getByTestId('package-status').filter({ hasText: 'Ready:' }).waitFor();
    const files = unzipSync(scorm.bytes);
    const manifest = strFromU8(files['imsmanifest.xml']);
    assert.match(manifest, /<schemaversion>1\.2</);
    const hrefs = [...manifest.matchAll(/href="(index\.html\?lms=[^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(
      hrefs,
      MODULES.map((m) => `index.html?lms=${m}`),
      'one SCO per assignment module, in its order',
    );
    assert.ok(files['index.html'] && Object.keys(files).some((f) => /^assets\/.+\.js$/.test(f)));
    assert.ok(
      !Object.keys(files).some((f) => /sw\.js|registerSW|workbox|app-files\.json/.test(f)),
      'no service worker, no file list',
    );

    const cmi5 = await downloadPackage(page, 'cmi5');
    const cmi5Xml = strFromU8(unzipSync(cmi5.bytes)['cmi5.xml']);
    assert.equal([...cmi5Xml.matchAll(/<au /g)].length, 2);
    assert.match(cmi5Xml, /index\.html\?au=triage-safehouse/);
    assert.deepEqual(
      errors.filter((e) => !/favicon/.test(e)),
      [],
    );
    await context.close();

    // The downloaded SCORM package, played to its ending under scorm-again.
    const lms = await serveLmsPackage(scorm.bytes);
    try {
      const run = await openPage(browser, { locale: 'es-MX', width: 1100 });
      await run.page.goto(lms.url);
      await run.page.evaluate(() => window.launch('1.2', null, 'index.html?lms=sample-first-hour'));
      const frame = await (await run.page.waitForSelector('iframe')).contentFrame();
      await frame.waitForSelector('[data-testid="story-text"], [data-testid="feedback"]');
      for (let v = await currentView(frame); v !== 'debrief'; v = await currentView(frame))
        await advanceOne(frame, v);
      await run.page.evaluate(() => window.leave());
      await run.page.waitForFunction(() => window.calls.includes('LMSFinish'));
      const cmi = await run.page.evaluate(() => window.cmi());
      assert.match(cmi.core.lesson_status, /^(passed|failed)$/);
      assert.match(cmi.core.score.raw, /^\d+$/);
      assert.ok(Object.keys(cmi.interactions ?? {}).length >= 2, 'interactions reached the LMS');
      assert.deepEqual(
        run.errors.filter((e) => !/favicon/.test(e)),
        [],
      );
      await run.context.close();
    } finally {
      await lms.stop();
    }
  });

  it('the section is accessible, translated and fits 360 px in Spanish', async () => {
    const { page, errors, context } = await openPage(browser, { locale: 'es-MX', width: 360 });
    await buildAssignment(page, { cohort: 'Comisión de Búsqueda', modules: MODULES });
    await page
      .getByRole('heading', { name: 'Paquete para una plataforma de aprendizaje (LMS)' })
      .waitFor();
    await page.screenshot({ path: '/tmp/package-360-es.png', fullPage: true });
    // Keyboard: the format radios and the button are reachable and work without a mouse.
    await page.locator('input[name="package-format"][value="scorm2004"]').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(
      await page.locator('input[name="package-format"]:checked').getAttribute('value'),
      'cmi5',
    );
    await page.getByTestId('download-package').focus();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    assert.match(download.suggestedFilename(), /^acompana-cmi5-comision-de-busqueda\.zip$/);
    await page.getByTestId('package-status').filter({ hasText: 'Listo:' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await rawKeys(page), []);
    assert.equal(await horizontalOverflow(page), 0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: '/tmp/package-1280-es.png', fullPage: true });
    assert.deepEqual(
      errors.filter((e) => !/favicon/.test(e)),
      [],
    );
    await context.close();
  });
});
