/**
 * SCORM 1.2 and 2004 packages played in Chromium under scorm-again: launch, play, leave
 * mid-module (suspend), relaunch (resume at the same node), finish; what the LMS received is
 * asserted from scorm-again's data model.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { advanceOne, currentView } from './drive.mjs';
import { startLmsHarness } from './lms-harness.mjs';

const MODULE = 'sample-first-hour';
let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

const sco = async (page) => {
  const el = await page.waitForSelector('iframe');
  const frame = await el.contentFrame();
  await frame.waitForSelector('[data-testid="story-text"], [data-testid="feedback"]');
  return frame;
};

for (const [format, version] of [
  ['scorm12', '1.2'],
  ['scorm2004', '2004'],
]) {
  describe(`SCORM ${version} package`, () => {
    let lms;
    before(async () => (lms = await startLmsHarness(format, [MODULE])));
    after(async () => lms?.stop());

    it('has a manifest without mastery score or service worker, and a relative launch', () => {
      assert.match(lms.manifest, version === '1.2' ? /<schemaversion>1\.2</ : /2004 4th Edition/);
      assert.doesNotMatch(lms.manifest, /masteryscore|scaled_passing_score/i);
      assert.match(lms.manifest, /href="index\.html\?lms=sample-first-hour"/);
      assert.ok(!lms.files.some((f) => /sw\.js|registerSW|workbox/.test(f)), 'no service worker');
    });

    it('launch, play, leave mid-module, relaunch resumes at the same node, finish: the LMS has it all', async () => {
      const { page, errors, context } = await openPage(browser, { locale: 'es-MX', width: 1100 });
      await page.goto(lms.url);
      await page.evaluate(
        ([v]) => window.launch(v, null, 'index.html?lms=sample-first-hour'),
        [version],
      );
      let frame = await sco(page);
      for (let i = 0; i < 4; i++) await advanceOne(frame);
      await currentView(frame);
      const storyBefore = await frame.getByTestId('story-text').innerText();
      await page.evaluate(() => window.leave());
      await page.waitForFunction(
        () => window.calls.includes('LMSFinish') || window.calls.includes('Terminate'),
      );
      const suspended = await page.evaluate(() => window.cmi());
      const core = version === '1.2' ? suspended.core : suspended;
      assert.equal(version === '1.2' ? core.lesson_status : core.completion_status, 'incomplete');
      assert.equal(version === '1.2' ? core.exit : suspended.exit, 'suspend');
      assert.ok(suspended.suspend_data.length > 10, 'suspend data kept');
      assert.ok(Object.keys(suspended.interactions ?? {}).length >= 1, 'interactions written');

      // Relaunch: the LMS hands back its data with entry = resume.
      const saved = structuredClone(suspended);
      if (version === '1.2') saved.core.entry = 'resume';
      else saved.entry = 'resume';
      await page.goto(lms.url);
      await page.evaluate(
        ([v, s]) => window.launch(v, s, 'index.html?lms=sample-first-hour'),
        [version, saved],
      );
      frame = await sco(page);
      assert.equal(
        await frame.getByTestId('story-text').innerText(),
        storyBefore,
        'resumes exactly',
      );

      for (let v = await currentView(frame); v !== 'debrief'; v = await currentView(frame))
        await advanceOne(frame, v);
      await page.evaluate(() => window.leave());
      await page.waitForFunction(
        () => window.calls.includes('LMSFinish') || window.calls.includes('Terminate'),
      );
      const done = await page.evaluate(() => window.cmi());
      if (version === '1.2') {
        assert.match(done.core.lesson_status, /^(passed|failed)$/);
        assert.match(done.core.score.raw, /^\d+$/);
        assert.match(done.core.session_time, /^\d{2,4}:\d{2}:\d{2}/);
      } else {
        assert.equal(done.completion_status, 'completed');
        assert.match(done.success_status, /^(passed|failed)$/);
        assert.ok(Number(done.score.scaled) >= 0 && Number(done.score.scaled) <= 1);
        assert.match(done.session_time, /^PT/);
        const first = Object.values(done.interactions)[0];
        assert.equal(first.type, 'choice');
        assert.ok(first.description.length > 0, '2004 interactions carry a description');
        assert.match(first.result, /^(correct|incorrect|neutral)$/);
      }
      assert.deepEqual(
        errors.filter((e) => !/favicon/.test(e)),
        [],
      );
      await context.close();
    });
  });
}
