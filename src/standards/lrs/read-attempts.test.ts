// @vitest-environment node
/**
 * The LRS read source against the real test LRS (Learning Locker's xapi-statements, memory mode),
 * started and stopped here. Faults the LRS does not make by itself (401, a dropped connection, a
 * non-statement answer) come from the fault proxy in front of it, or from a stand-in fetch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../../tests/lrs/fault-proxy.mjs';
import { startLrs, TEST_AUTH, type TestLrs } from '../../../tests/lrs/start-lrs.mjs';
import { loadAll } from '../../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../../../tests/fixtures/catalogue';
import { playedRecord } from '../../../tests/fixtures/played-records';
import type { AttemptRecord } from '../../records/attempt-record';
import { attemptStatements } from '../xapi/attempt-statements';
import { iri, VERBS } from '../xapi/profile';
import type { Statement } from '../xapi/statement';
import type { StatementOptions } from '../xapi/statement-context';
import {
  firstPageUrl,
  LrsReadError,
  readAttemptsFromLrs,
  type LrsReadCredentials,
  type LrsReadProblem,
  type LrsReadProgress,
} from './read-attempts';

const loaded = loadAll().scenarios;
const moduleOf = (id: string) => {
  const m = loaded.find((s) => s.id === id)!;
  const opts: StatementOptions = {
    scenario: m.scenario!,
    texts: m.locales as StatementOptions['texts'],
    dimensionOf: guidelineDimension,
    language: 'es-MX',
  };
  return { scenario: m.scenario!, opts };
};
const triage = moduleOf('triage-safehouse');
const orientation = moduleOf('orientation-first-contact');

const statementsOf = (r: AttemptRecord, o: StatementOptions): Statement[] => {
  const built = attemptStatements(r, o);
  if (!built.ok) throw new Error(built.error.kind);
  return built.statements;
};

// Batch A is stored before `between`, batch B after; `straddling` has steps on both sides, as an
// attempt in progress when a dashboard's date range begins.
const a1 = playedRecord(triage.scenario, 'best', { attemptNo: 1 });
const a2 = playedRecord(orientation.scenario, 'best', { attemptNo: 2 });
const straddling = playedRecord(triage.scenario, { seed: 21 }, { attemptNo: 3 });
const b1 = playedRecord(orientation.scenario, { seed: 22 }, { attemptNo: 4 });
const b2 = playedRecord(triage.scenario, { seed: 23 }, { attemptNo: 5, stopAfter: 3 });
const straddlingStatements = statementsOf(straddling, triage.opts);
const batchA = [
  ...statementsOf(a1, triage.opts),
  ...statementsOf(a2, orientation.opts),
  ...straddlingStatements.slice(0, 2),
];
// Another course's statement in the same LRS: counted, not an attempt.
const foreign = {
  id: '0f0e0d0c-0b0a-4909-8807-060504030201',
  actor: { mbox: 'mailto:someone@example.org' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
  object: { objectType: 'Activity', id: 'https://lms.example.org/other-course' },
};
const batchB = [
  ...straddlingStatements.slice(2),
  ...statementsOf(b1, orientation.opts),
  ...statementsOf(b2, triage.opts),
  foreign,
];
const total = batchA.length + batchB.length;

let lrs: TestLrs;
let proxy: FaultProxy;
let cred: LrsReadCredentials;
let between = '';

async function post(statements: unknown[], endpoint = lrs.endpoint) {
  const r = await fetch(`${endpoint}statements`, {
    method: 'POST',
    headers: {
      Authorization: TEST_AUTH,
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(statements),
  });
  if (!r.ok) throw new Error(`POST statements: ${r.status} ${await r.text()}`);
}

beforeAll(async () => {
  lrs = await startLrs();
  proxy = await startFaultProxy(lrs.port);
  cred = { endpoint: lrs.endpoint, authorization: TEST_AUTH };
  await post(batchA);
  await new Promise((r) => setTimeout(r, 30));
  between = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 30));
  await post(batchB);
}, 30_000);
afterAll(async () => {
  await proxy?.stop();
  await lrs?.stop();
});

const byId = (records: AttemptRecord[]) => Object.fromEntries(records.map((r) => [r.attemptId, r]));

async function problemOf(p: Promise<unknown>): Promise<LrsReadProblem> {
  try {
    await p;
  } catch (e) {
    if (e instanceof LrsReadError) return e.problem;
    throw e;
  }
  throw new Error('the read did not fail');
}

describe('readAttemptsFromLrs', () => {
  it('follows every `more` page and rebuilds each attempt exactly', async () => {
    const progress: LrsReadProgress[] = [];
    const out = await readAttemptsFromLrs(
      cred,
      {},
      { pageSize: 7, onProgress: (p) => progress.push(p) },
    );
    expect(out.statements).toBe(total);
    expect(out.unreadable).toEqual([]);
    expect(byId(out.records)).toEqual(byId([a1, a2, straddling, b1, b2]));
    // One report per page, the last page possibly short; the counts only grow.
    expect(progress.length).toBe(Math.ceil(total / 7));
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.map((p) => p.pages)).toEqual(progress.map((_, i) => i + 1));
    expect(progress.at(-1)).toEqual({ pages: progress.length, statements: total });
  });

  it('an activity filter on a module finds its decision statements too (related_activities)', async () => {
    const out = await readAttemptsFromLrs(
      cred,
      { activity: iri.module('orientation-first-contact') },
      { pageSize: 10 },
    );
    expect(byId(out.records)).toEqual(byId([a2, b1]));
    const orientationCount =
      statementsOf(a2, orientation.opts).length + statementsOf(b1, orientation.opts).length;
    expect(out.statements).toBe(orientationCount);
    // Without related_activities the LRS matches only the object: the module's own statements,
    // not one decision, and the log could not be rebuilt.
    const narrow = await lrs.statements(
      `&activity=${encodeURIComponent(iri.module('orientation-first-contact'))}`,
    );
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.length).toBeLessThan(orientationCount / 2);
    expect(firstPageUrl(cred.endpoint, { activity: 'x' }, 5)).toContain('related_activities=true');
  });

  it('`since` chooses attempts with statements after it, and reads them whole', async () => {
    const out = await readAttemptsFromLrs(cred, { since: between }, { pageSize: 6 });
    expect(byId(out.records)).toEqual(byId([straddling, b1, b2]));
    expect(out.unreadable).toEqual([]);
    const until = await readAttemptsFromLrs(cred, { until: between }, { pageSize: 6 });
    expect(byId(until.records)).toEqual(byId([a1, a2, straddling]));
  });

  it('a verb filter chooses the attempts that have such a statement', async () => {
    const passedIds = new Set(
      [a1, a2, straddling, b1, b2]
        .filter((r) =>
          statementsOf(
            r,
            r.scenario.id === triage.scenario.id ? triage.opts : orientation.opts,
          ).some((s) => s.verb.id === VERBS.passed.id),
        )
        .map((r) => r.attemptId),
    );
    expect(passedIds.size).toBeGreaterThan(0);
    const out = await readAttemptsFromLrs(cred, { verb: VERBS.passed.id }, { pageSize: 4 });
    expect(new Set(out.records.map((r) => r.attemptId))).toEqual(passedIds);
    expect(byId(out.records)[a1.attemptId]).toEqual(a1);
  });

  it('cancel stops after the page in hand and rejects as cancelled', async () => {
    const stop = new AbortController();
    const progress: LrsReadProgress[] = [];
    const problem = await problemOf(
      readAttemptsFromLrs(
        { endpoint: proxy.endpoint, authorization: TEST_AUTH },
        {},
        {
          pageSize: 5,
          signal: stop.signal,
          onProgress: (p) => {
            progress.push(p);
            stop.abort();
          },
        },
      ),
    );
    expect(problem).toEqual({ kind: 'cancelled' });
    expect(progress).toEqual([{ pages: 1, statements: 5 }]);
  });

  it('a step the LRS does not hold makes that attempt unreadable, not shorter', async () => {
    const own = await startLrs();
    try {
      const sts = statementsOf(a1, triage.opts);
      await post(
        sts.filter((_, i) => i !== 2),
        own.endpoint,
      );
      const out = await readAttemptsFromLrs(
        { endpoint: own.endpoint, authorization: TEST_AUTH },
        {},
      );
      expect(out.records).toEqual([]);
      expect(out.unreadable).toEqual([
        { attemptId: a1.attemptId, reason: 'log: step 3 is missing from the LRS' },
      ]);
    } finally {
      await own.stop();
    }
  });

  it('401/403, a dropped connection and a non-statement answer are typed errors', async () => {
    const via = { endpoint: proxy.endpoint, authorization: TEST_AUTH };
    try {
      proxy.set({ kind: 'answer', status: 401 });
      expect(await problemOf(readAttemptsFromLrs(via, {}))).toEqual({
        kind: 'credentials',
        status: 401,
      });
      proxy.set({ kind: 'write-only' });
      expect(await problemOf(readAttemptsFromLrs(via, {}))).toEqual({
        kind: 'credentials',
        status: 403,
      });
      proxy.set({ kind: 'down' });
      expect((await problemOf(readAttemptsFromLrs(via, {}))).kind).toBe('network');
      proxy.set({ kind: 'answer', status: 200 });
      expect(await problemOf(readAttemptsFromLrs(via, {}))).toEqual({
        kind: 'malformed',
        detail: 'no "statements" array',
      });
      proxy.set({ kind: 'answer', status: 503 });
      expect((await problemOf(readAttemptsFromLrs(via, {}))).kind).toBe('http');
    } finally {
      proxy.set({ kind: 'up' });
    }
    const html = (async () =>
      new Response('<html>login</html>', { status: 200 })) as unknown as typeof fetch;
    expect((await problemOf(readAttemptsFromLrs(cred, {}, { fetch: html }))).kind).toBe(
      'malformed',
    );
  });

  it('sends the xAPI version and the read key, and never follows `more` to another origin', async () => {
    const seen: { url: string; headers: Headers }[] = [];
    const stand = (async (url: string, init: RequestInit) => {
      seen.push({ url, headers: new Headers(init.headers) });
      return Response.json({
        statements: [],
        more: 'https://elsewhere.example/xAPI/statements?p=2',
      });
    }) as unknown as typeof fetch;
    const problem = await problemOf(
      readAttemptsFromLrs(
        { endpoint: 'https://lrs.example.org/xAPI', authorization: 'Basic cmVhZDprZXk=' },
        { verb: VERBS.completed.id },
        { fetch: stand },
      ),
    );
    expect(problem.kind).toBe('malformed');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toMatch(/^https:\/\/lrs\.example\.org\/xAPI\/statements\?verb=/);
    expect(seen[0]!.headers.get('X-Experience-API-Version')).toBe('1.0.3');
    expect(seen[0]!.headers.get('Authorization')).toBe('Basic cmVhZDprZXk=');
  });
});
