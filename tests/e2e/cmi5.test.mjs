/**
 * A cmi5 AU launched from the package in Chromium: fetch URL once (a reload the page sees coming
 * keeps the session), LMS.LaunchData, statements to the real test LRS that follow the cmi5 rules, a
 * relaunch on another device that resumes from the State API, a retake in a registration that
 * already has its Completed, the learner's language from cmi5LearnerPreferences, and a tab closed
 * mid-session that still sends terminated. Fetch URL, State API and agent profile are a stand-in
 * (tests/lrs/cmi5-lms.mjs); statements go to Learning Locker's statement service.
 *
 * Waits are on conditions (what the LRS holds), bounded only by each test's own timeout, so a
 * loaded machine makes them slower, not red.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, openPage } from './browser.mjs';
import { advanceOne, currentView } from './drive.mjs';
import { startLmsHarness } from './lms-harness.mjs';
import { startLrs } from '../lrs/start-lrs.mjs';
import { startCmi5Lms } from '../lrs/cmi5-lms.mjs';

const validate = createRequire(import.meta.url)('xapi-validation').default;
const MODULE = 'sample-first-hour';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
let browser;
let lrs;
let lms;
let pkg;
before(async () => {
  [browser, lrs, pkg] = await Promise.all([
    launch(),
    startLrs(),
    startLmsHarness('cmi5', [MODULE]),
  ]);
  lms = await startCmi5Lms(lrs.port);
});
after(async () => {
  await browser?.close();
  await pkg?.stop();
  await lms?.stop();
  await lrs?.stop();
});

const auUrl = (query) => pkg.url.replace('harness.html', `sco/index.html?au=${MODULE}&${query}`);
const waitStory = (page) =>
  page.waitForSelector('[data-testid="story-text"], [data-testid="feedback"]');
/** Polls `fn` until it holds; the test's timeout (its signal) is the only limit. */
const until = async (signal, fn, what) => {
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (signal.aborted) throw new Error(`the test timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};
const TIMEOUT = { timeout: 300_000 };
const verb = (s) => s.verb.id.split('/').pop();
const inRegistration = async (registration) =>
  (await lrs.statements()).filter((s) => s.context?.registration === registration);
const isDefined = (s) => s.context.contextActivities.category?.some((c) => c.id === CMI5);

describe('cmi5 AU', () => {
  it(
    'launch, reload mid-module (one fetch), leave; relaunch on another device resumes; a retake sends no second Completed; statements follow the cmi5 rules',
    TIMEOUT,
    async (t) => {
      assert.match(pkg.manifest, /<url>index\.html\?au=sample-first-hour<\/url>/);
      const actor = {
        objectType: 'Agent',
        account: { homePage: 'https://lms.example.org', name: 'learner-42' },
        name: 'Ana',
      };
      const registration = 'c0ffee00-1234-4abc-8def-0123456789ab';
      const activityId = 'https://lms.example.org/au/sample-first-hour';
      const first = lms.launch({ actor, registration, activityId, masteryScore: 0.5 });

      const a = await openPage(browser, { locale: 'es-MX' });
      await a.page.goto(auUrl(first.query));
      await waitStory(a.page);
      for (let i = 0; i < 3; i++) await advanceOne(a.page);
      // A reload the page sees coming keeps the session (DESIGN §8.10). Playwright's key presses
      // do not reach the browser's F5, so this is a script reload (the Navigation API's
      // "reload"); the keyboard's F5 / Ctrl+R is caught by a keydown listener, unit-tested in
      // src/app/lms/cmi5-page-hide.test.ts.
      await a.page.evaluate(() => {
        window.beforeReload = true;
        window.location.reload();
      });
      await a.page.waitForFunction(() => !window.beforeReload);
      await waitStory(a.page);
      assert.equal(first.fetchCalls(), 1, 'the fetch URL is used once; the reload kept the token');
      await advanceOne(a.page);
      await currentView(a.page);
      const left = await a.page.getByTestId('story-text').innerText();
      await until(
        t.signal,
        async () => (await inRegistration(registration)).length >= 5,
        'initialized and the four steps of the first session',
      );
      await a.page.getByTestId('leave').click(); // the player's exit: suspended, terminated, back to the LMS
      await until(
        t.signal,
        async () => (await inRegistration(registration)).some((s) => verb(s) === 'terminated'),
        'terminated of the first session',
      );
      await a.context.close();

      // Another device: no sessionStorage, no IndexedDB; resumes from the State API.
      const second = lms.launch({ actor, registration, activityId, masteryScore: 0.5 });
      const b = await openPage(browser, { locale: 'es-MX' });
      await b.page.goto(auUrl(second.query));
      await waitStory(b.page);
      assert.equal(
        await b.page.getByTestId('story-text').innerText(),
        left,
        'resumes where the other device left',
      );
      for (let v = await currentView(b.page); v !== 'debrief'; v = await currentView(b.page))
        await advanceOne(b.page, v);
      await until(
        t.signal,
        async () =>
          (await inRegistration(registration)).filter((s) => verb(s) === 'terminated').length >= 2,
        'terminated of the second session',
      );
      // The resume state is looked up first; the State API's 404 (none yet) is logged by Chromium.
      assert.deepEqual(
        b.errors.filter((e) => !/status of 404/.test(e)),
        [],
      );
      await b.context.close();

      // A retake in the same registration: it plays and reports its steps, but the registration
      // already has its Completed (and maybe its Passed), so those go as cmi5 "allowed" statements.
      const third = lms.launch({ actor, registration, activityId, masteryScore: 0.5 });
      const c = await openPage(browser, { locale: 'es-MX' });
      await c.page.goto(auUrl(third.query));
      await waitStory(c.page);
      for (let v = await currentView(c.page); v !== 'debrief'; v = await currentView(c.page))
        await advanceOne(c.page, v);
      await until(
        t.signal,
        async () =>
          (await inRegistration(registration)).filter((s) => verb(s) === 'terminated').length >= 3,
        'terminated of the retake',
      );
      await c.context.close();

      const all = await inRegistration(registration);
      for (const s of all)
        assert.deepEqual(
          validate(s).map((w) => String(w.path)),
          [],
          s.verb.id,
        );
      for (const sid of [first.sessionId, second.sessionId, third.sessionId]) {
        const session = all
          .filter((s) => s.context.extensions[SESSION] === sid)
          .sort(
            (x, y) => x.timestamp.localeCompare(y.timestamp) || x.stored.localeCompare(y.stored),
          );
        const verbs = session.map((s) => s.verb.id.split('/').pop());
        assert.equal(verbs[0], 'initialized', `session ${sid} starts with initialized`);
        assert.equal(verbs.at(-1), 'terminated', `session ${sid} ends with terminated`);
        assert.equal(verbs.filter((v) => v === 'initialized').length, 1);
        assert.equal(verbs.filter((v) => v === 'terminated').length, 1);
        for (const s of session.filter(
          (x) => isDefined(x) || /\/(initialized|terminated)$/.test(x.verb.id),
        )) {
          assert.equal(s.object.id, activityId);
          assert.ok(
            s.context.contextActivities.category.some((c) => c.id === CMI5),
            'cmi5 category',
          );
        }
        for (const s of session.filter((x) => x.verb.id.endsWith('/answered')))
          assert.ok(
            !s.context.contextActivities.category.some((c) => c.id === CMI5),
            'allowed statements carry no cmi5 category',
          );
      }
      const judged = all.filter(
        (s) =>
          /\/(passed|failed)$/.test(s.verb.id) && s.context.extensions[SESSION] !== third.sessionId,
      );
      assert.equal(judged.length, 1, 'one passed or failed for the resumed attempt');
      assert.equal(
        judged[0].context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'],
        0.5,
      );
      // cmi5 §9.3: one Completed and at most one Passed per registration, no Failed after a Passed.
      const definedVerbs = all
        .filter(isDefined)
        .sort((x, y) => x.stored.localeCompare(y.stored))
        .map(verb);
      assert.equal(definedVerbs.filter((v) => v === 'completed').length, 1, 'one cmi5 Completed');
      assert.ok(definedVerbs.filter((v) => v === 'passed').length <= 1, 'at most one cmi5 Passed');
      const firstPassed = definedVerbs.indexOf('passed');
      assert.ok(
        firstPassed < 0 || !definedVerbs.slice(firstPassed).includes('failed'),
        'no cmi5 Failed after a Passed',
      );
      const retakeCompleted = all.filter(
        (s) => verb(s) === 'completed' && s.context.extensions[SESSION] === third.sessionId,
      );
      assert.equal(retakeCompleted.length, 1, 'the retake still says it completed…');
      assert.ok(!isDefined(retakeCompleted[0]), '…as a cmi5 allowed statement');
      assert.equal(
        retakeCompleted[0].object.id,
        'https://w3id.org/acompana/xapi/modules/sample-first-hour',
      );
      assert.deepEqual(
        JSON.parse(
          lms.stateOf('https://w3id.org/acompana/xapi/state/moveon', {
            actor,
            registration,
            activityId,
          }),
        ),
        { completed: true, passed: firstPassed >= 0 },
      );
      assert.ok(all.every((s) => s.actor.account.name === 'learner-42'));
      assert.ok(
        all.every((s) =>
          s.context.contextActivities.grouping.some(
            (g) => g.id === 'https://lms.example.org/course/77',
          ),
        ),
      );
    },
  );
  it(
    'the LMS language preference opens the module in English; a tab closed mid-session sends suspended then terminated as it goes',
    TIMEOUT,
    async (t) => {
      const actor = {
        objectType: 'Agent',
        account: { homePage: 'https://lms.example.org', name: 'learner-77' },
        name: 'Sam',
      };
      const registration = 'c0ffee00-5678-4abc-8def-0123456789ab';
      const activityId = 'https://lms.example.org/au/sample-first-hour';
      const launched = lms.launch({
        actor,
        registration,
        activityId,
        languagePreference: 'fr-CA,en-US,es-MX',
      });
      // A Spanish browser: the LMS's preference (French is not offered, English is next) wins.
      const a = await openPage(browser, { locale: 'es-MX' });
      await a.page.goto(auUrl(launched.query));
      await waitStory(a.page);
      await a.page.waitForFunction(() => document.documentElement.lang === 'en');
      await advanceOne(a.page);
      await advanceOne(a.page);
      await currentView(a.page);
      await until(
        t.signal,
        async () => (await inRegistration(registration)).length >= 3,
        'initialized and two steps',
      );
      const english = (await inRegistration(registration)).filter((s) => verb(s) !== 'initialized');
      assert.ok(english.every((s) => s.context.language === 'en-US'));
      assert.deepEqual(
        english[0].context.extensions['https://w3id.org/acompana/xapi/extensions/attempt']
          .languages,
        ['en'],
      );
      // The tab goes away (its pagehide runs; Playwright closes it as a user would).
      await a.page.close({ runBeforeUnload: true });
      const session = await until(
        t.signal,
        async () => {
          const sts = await inRegistration(registration);
          return sts.some((s) => verb(s) === 'terminated') && sts;
        },
        'terminated sent as the tab closed',
      );
      const ordered = session
        .filter((s) => s.context.extensions[SESSION] === launched.sessionId)
        .sort((x, y) => x.timestamp.localeCompare(y.timestamp));
      assert.deepEqual(ordered.slice(-2).map(verb), ['suspended', 'terminated']);
      const terminated = ordered.at(-1);
      assert.equal(terminated.object.id, activityId);
      assert.ok(isDefined(terminated), 'terminated is cmi5-defined');
      assert.match(terminated.result.duration, /^PT/);
      assert.deepEqual(validate(terminated).map(String), []);
      assert.deepEqual(
        a.errors.filter((e) => !/status of 404/.test(e)),
        [],
      );
      await a.context.close();
    },
  );

  it(
    'a reload the page cannot see coming (the browser button) ends the session cleanly and says so',
    TIMEOUT,
    async (t) => {
      const actor = {
        objectType: 'Agent',
        account: { homePage: 'https://lms.example.org', name: 'learner-78' },
      };
      const registration = 'c0ffee00-9abc-4abc-8def-0123456789ab';
      const activityId = 'https://lms.example.org/au/sample-first-hour';
      const launched = lms.launch({ actor, registration, activityId });
      const a = await openPage(browser, { locale: 'es-MX' });
      await a.page.goto(auUrl(launched.query));
      await waitStory(a.page);
      await advanceOne(a.page);
      await currentView(a.page);
      await until(
        t.signal,
        async () => (await inRegistration(registration)).length >= 2,
        'initialized and one step',
      );
      const left = await a.page.getByTestId('story-text').innerText();
      await a.page.reload(); // like the reload button: no key, no script
      await a.page.getByTestId('lms-failure').waitFor();
      assert.match(
        await a.page.getByTestId('lms-failure').innerText(),
        /Esta sesión con tu plataforma de aprendizaje terminó/,
      );
      const sts = await until(
        t.signal,
        async () => {
          const all = await inRegistration(registration);
          return all.some((s) => verb(s) === 'terminated') && all;
        },
        'terminated of the reloaded session',
      );
      const ordered = sts.sort((x, y) => x.timestamp.localeCompare(y.timestamp));
      assert.equal(verb(ordered.at(-1)), 'terminated', 'nothing after terminated');
      assert.equal(ordered.filter((s) => verb(s) === 'initialized').length, 1);
      assert.equal(launched.fetchCalls(), 1);
      // The LMS's next launch resumes where the reloaded page was.
      const again = lms.launch({ actor, registration, activityId });
      const b = await openPage(browser, { locale: 'es-MX' });
      await b.page.goto(auUrl(again.query));
      await waitStory(b.page);
      assert.equal(await b.page.getByTestId('story-text').innerText(), left, 'resumes');
      await a.context.close();
      await b.context.close();
    },
  );
});
