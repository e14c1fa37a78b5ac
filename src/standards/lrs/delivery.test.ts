// @vitest-environment node
/**
 * Delivery against the real test LRS (Learning Locker's xapi-statements, memory mode), through a
 * proxy the test can cut. Only faults the LRS cannot produce (401, 429, 503, a hang) are injected.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from '../../../tests/lrs/fault-proxy.mjs';
import { startLrs, TEST_AUTH, type TestLrs } from '../../../tests/lrs/start-lrs.mjs';
import { loadAll } from '../../../scripts/lib/load-scenarios';
import { guidelineDimension } from '../../../tests/fixtures/catalogue';
import { playedRecord } from '../../../tests/fixtures/played-records';
import type { AttemptRecord } from '../../records/attempt-record';
import { attemptStatements, stepStatements } from '../xapi/attempt-statements';
import type { Statement } from '../xapi/statement';
import type { StatementOptions } from '../xapi/statement-context';
import { backoffMs, createDelivery, type Delivery } from './delivery';
import type { LrsTarget } from './lrs-target';
import { openStatementQueue } from './statement-queue';

const m = loadAll().scenarios.find((s) => s.id === 'triage-safehouse')!;
const opts: StatementOptions = {
  scenario: m.scenario!,
  texts: m.locales as StatementOptions['texts'],
  dimensionOf: guidelineDimension,
  language: 'es-MX',
};

let lrs: TestLrs;
let proxy: FaultProxy;
let target: LrsTarget;
let dbNo = 0;
let dbName = '';

beforeAll(async () => {
  lrs = await startLrs();
  proxy = await startFaultProxy(lrs.port);
  target = { endpoint: proxy.endpoint, authorization: TEST_AUTH, source: 'settings' };
}, 30_000);
afterAll(async () => {
  await proxy?.stop();
  await lrs?.stop();
});
beforeEach(() => {
  proxy.set({ kind: 'up' });
  dbName = `lrs-test-${dbNo++}`;
});

/** One "tab": a delivery on the shared outbox, with an in-process stand-in for navigator.locks. */
const held = new Set<string>();
const locks = {
  async request<T>(name: string, o: { ifAvailable: boolean }, fn: (l: unknown) => Promise<T>) {
    if (held.has(name)) return fn(null);
    held.add(name);
    try {
      return await fn({ name, mode: o });
    } finally {
      held.delete(name);
    }
  },
};
const openTab = async (extra: Partial<Parameters<typeof createDelivery>[0]> = {}) =>
  createDelivery({ queue: await openStatementQueue(dbName), locks, timeoutMs: 2000, ...extra });

/** The statements the app would emit after each step of `record`, step by step. */
function stepsOf(record: AttemptRecord): Statement[][] {
  const batches: Statement[][] = [];
  for (let n = 1; n <= record.log.length; n++) {
    const partial = { ...record, log: record.log.slice(0, n) };
    const r = stepStatements(partial, opts, n - 1);
    if (!r.ok) throw new Error(r.error.kind);
    batches.push(r.statements);
  }
  const all = attemptStatements(record, opts);
  if (!all.ok) throw new Error(all.error.kind);
  batches.push(all.statements.slice(record.log.length));
  return batches;
}

async function storedOnce(ids: string[]) {
  const inLrs = (await lrs.statements()).map((s) => s.id);
  const wanted = new Set(ids);
  const mine = inLrs.filter((id) => wanted.has(id));
  expect(new Set(mine).size).toBe(mine.length);
  expect(new Set(mine)).toEqual(wanted);
}

describe('delivery to a real LRS', () => {
  it('network cut mid-module, a reload while offline, a lost answer, then restored: everything arrives exactly once', async () => {
    const record = playedRecord(opts.scenario, { seed: 21 }, { attemptNo: 1 });
    const batches = stepsOf(record);
    const cutAt = Math.floor(batches.length / 3);
    const reloadAt = Math.floor((2 * batches.length) / 3);
    let tab: Delivery = await openTab();
    for (const [i, batch] of batches.entries()) {
      if (i === cutAt) proxy.set({ kind: 'down' });
      if (i === reloadAt) {
        // The page reloads while offline: a new delivery on the same outbox.
        tab.close();
        tab = await openTab();
      }
      await tab.enqueue(batch, target);
      await tab.flush();
    }
    const offline = await tab.state();
    expect(offline.waiting).toBe(batches.slice(cutAt).flat().length);
    expect(offline.nextTryAt).toBeGreaterThan(Date.now());
    expect(offline.lastError).toMatch(/network/);

    // Back online, the first answer is lost on the way back: the device re-sends that statement.
    proxy.set({ kind: 'lose-answer', once: true });
    await tab.flush({ force: true });
    expect((await tab.state()).waiting).toBeGreaterThan(0);
    const done = await tab.flush({ force: true });
    expect(done).toMatchObject({ waiting: 0, setAside: 0 });
    await storedOnce(batches.flat().map((s) => s.id));

    // Enqueuing everything again (a reload re-emits) sends nothing new.
    expect(await tab.enqueue(batches.flat(), target)).toBe(0);
    tab.close();
  });

  it('two tabs emitting and flushing the same attempt at once: each statement once', async () => {
    const record = playedRecord(opts.scenario, { seed: 22 }, { attemptNo: 2 });
    const all = stepsOf(record).flat();
    const [a, b] = [await openTab(), await openTab()];
    await Promise.all([a.enqueue(all, target), b.enqueue(all, target)]);
    await Promise.all([a.flush(), b.flush(), a.flush()]);
    await b.flush();
    expect(await a.state()).toMatchObject({ waiting: 0, sent: all.length });
    await storedOnce(all.map((s) => s.id));
    a.close();
    b.close();
  });

  it('429 waits for Retry-After; 503 backs off exponentially; a hang times out and retries', async () => {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const tab = await openTab({ now: () => clock, random: () => 0.5, timeoutMs: 300 });
    const record = playedRecord(opts.scenario, { seed: 23 }, { attemptNo: 3 });
    const batch = stepsOf(record).flat().slice(0, 3);
    await tab.enqueue(batch, target);

    proxy.set({ kind: 'answer', status: 429, headers: { 'Retry-After': '7' } });
    expect((await tab.flush()).nextTryAt).toBe(clock + 7000);
    clock += 6000;
    await tab.flush(); // not yet due: nothing is sent
    expect(proxy.seen.filter((s) => s.startsWith('PUT answer')).length).toBe(1);

    clock += 1000;
    proxy.set({ kind: 'answer', status: 503 });
    expect((await tab.flush()).nextTryAt).toBe(clock + backoffMs(1, () => 0.5));
    expect(backoffMs(1, () => 0.5)).toBe(2000);

    clock += 2000;
    proxy.set({ kind: 'hang' });
    const hung = await tab.flush();
    expect(hung.lastError).toBe('timeout');
    expect(hung.nextTryAt).toBe(clock + 4000);

    clock += 4000;
    proxy.set({ kind: 'up' });
    expect(await tab.flush()).toMatchObject({ waiting: 0 });
    await storedOnce(batch.map((s) => s.id));
    tab.close();
  });

  it('401 pauses the queue until the credentials are fixed; nothing is lost', async () => {
    const tab = await openTab();
    const record = playedRecord(opts.scenario, { seed: 24 }, { attemptNo: 4 });
    const batch = stepsOf(record).flat().slice(0, 4);
    proxy.set({ kind: 'answer', status: 401 });
    await tab.enqueue(batch, target);
    const paused = await tab.flush({ force: true });
    expect(paused.paused).toMatchObject({ reason: 'credentials', status: 401 });
    expect(paused.waiting).toBe(4);
    proxy.set({ kind: 'up' });
    expect((await tab.flush({ force: true })).waiting).toBe(4); // still paused
    await tab.resume({ ...target, authorization: TEST_AUTH });
    expect(await tab.flush()).toMatchObject({ waiting: 0, sent: 4 });
    expect((await tab.state()).paused).toBeUndefined();
    tab.close();
  });

  it('409 (same id, other content) and 400 (invalid) are set aside with the LRS message, and the rest goes on', async () => {
    const tab = await openTab();
    const record = playedRecord(opts.scenario, { seed: 25 }, { attemptNo: 5 });
    const [first, second, third] = stepsOf(record).flat();
    // Someone else already stored other content under `first`'s id.
    const other = { ...first!, result: { response: 'tampered' } };
    const put = await fetch(`${lrs.endpoint}statements?statementId=${first!.id}`, {
      method: 'PUT',
      headers: {
        Authorization: TEST_AUTH,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(other),
    });
    expect(put.status).toBe(204);
    const invalid = { ...second!, verb: { id: 'not an iri', display: {} } } as Statement;
    await tab.enqueue([first!, invalid, third!], target);
    const s = await tab.flush();
    expect(s).toMatchObject({ waiting: 0, setAside: 2, sent: 1 });
    const aside = await (await openStatementQueue(dbName)).setAsideList();
    expect(aside.map((a) => a.reason).sort()).toEqual(['conflict', 'rejected']);
    expect(aside.find((a) => a.reason === 'conflict')?.message).toMatch(/conflict/i);
    expect(aside.find((a) => a.reason === 'rejected')?.message.length).toBeGreaterThan(0);
    tab.close();
  });
});
