/**
 * A cmi5 AU launched from the package in Chromium: fetch URL once (a reload keeps the session),
 * LMS.LaunchData, statements to the real test LRS that follow the cmi5 rules, and a relaunch on
 * another device that resumes from the State API. Fetch URL and State API are a stand-in
 * (tests/lrs/cmi5-lms.mjs); statements go to Learning Locker's statement service.
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
const until = async (fn, what, ms = 20_000) => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

describe('cmi5 AU', () => {
  it('launch, reload mid-module (one fetch), leave; relaunch on another device resumes; statements follow the cmi5 rules', async () => {
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
    await a.page.reload();
    await waitStory(a.page);
    assert.equal(first.fetchCalls(), 1, 'the fetch URL is used once; the reload kept the token');
    await advanceOne(a.page);
    await currentView(a.page);
    const left = await a.page.getByTestId('story-text').innerText();
    await until(
      async () => (await lrs.statements()).length >= 5,
      'statements of the first session',
    );
    await a.page.getByTestId('leave').click(); // the player's exit: suspended, terminated, back to the LMS
    await until(
      async () => (await lrs.statements()).some((s) => s.verb.id.endsWith('/terminated')),
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
      async () =>
        (await lrs.statements()).filter((s) => s.verb.id.endsWith('/terminated')).length >= 2,
      'terminated of the second session',
    );
    // The resume state is looked up first; the State API's 404 (none yet) is logged by Chromium.
    assert.deepEqual(
      b.errors.filter((e) => !/status of 404/.test(e)),
      [],
    );
    await b.context.close();

    const all = (await lrs.statements()).filter((s) => s.context?.registration === registration);
    for (const s of all)
      assert.deepEqual(
        validate(s).map((w) => String(w.path)),
        [],
        s.verb.id,
      );
    for (const sid of [first.sessionId, second.sessionId]) {
      const session = all
        .filter((s) => s.context.extensions[SESSION] === sid)
        .sort((x, y) => x.timestamp.localeCompare(y.timestamp) || x.stored.localeCompare(y.stored));
      const verbs = session.map((s) => s.verb.id.split('/').pop());
      assert.equal(verbs[0], 'initialized', `session ${sid} starts with initialized`);
      assert.equal(verbs.at(-1), 'terminated', `session ${sid} ends with terminated`);
      assert.equal(verbs.filter((v) => v === 'initialized').length, 1);
      assert.equal(verbs.filter((v) => v === 'terminated').length, 1);
      for (const s of session.filter((x) =>
        /\/(initialized|terminated|passed|failed|completed)$/.test(x.verb.id),
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
    const judged = all.filter((s) => /\/(passed|failed)$/.test(s.verb.id));
    assert.equal(judged.length, 1, 'one passed or failed');
    assert.equal(
      judged[0].context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'],
      0.5,
    );
    assert.equal(all.filter((s) => s.verb.id.endsWith('/completed')).length, 1);
    assert.ok(all.every((s) => s.actor.account.name === 'learner-42'));
    assert.ok(
      all.every((s) =>
        s.context.contextActivities.grouping.some(
          (g) => g.id === 'https://lms.example.org/course/77',
        ),
      ),
    );
  });
});
