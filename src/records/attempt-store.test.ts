import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openAttemptStore, READS_UP_TO } from './attempt-store';
import { RECORD_VERSION } from './attempt-record';
import { StorageError } from './storage-problem';
import type { AttemptRecord } from './attempt-record';

const record = (id: string, startedAt = '2026-11-27T10:00:00.000Z'): AttemptRecord => ({
  recordVersion: 2,
  attemptId: id,
  learner: { id: 'learner-1', pseudonym: 'Coyote', role: 'paramedic' },
  mode: 'practice',
  feedback: 'immediate',
  languages: ['es-MX'],
  passMark: 0.8,
  scenario: { id: 'sample-first-hour', version: 1, hash: 'abc' },
  seed: 7,
  startedAt,
  log: [{ kind: 'choose', node: 'arrival', choice: 'introduce-offer-water', at: 1 }],
});

describe('attempt store', () => {
  it('saves and reads back attempts, newest first', async () => {
    const store = await openAttemptStore('t1');
    await store.save(record('a', '2026-11-27T10:00:00.000Z'));
    await store.save(record('b', '2026-11-27T11:00:00.000Z'));
    const { attempts } = await store.list();
    expect(attempts.map((a) => a.attemptId)).toEqual(['b', 'a']);
    expect(await store.get('a')).toEqual(record('a'));
    store.close();
  });

  it('sets a corrupt saved session aside with the reason instead of failing', async () => {
    const store = await openAttemptStore('t2');
    await store.save(record('good'));
    await store.save({ ...record('bad'), log: 'garbage' } as unknown as AttemptRecord);
    const { attempts, setAside } = await store.list();
    expect(attempts.map((a) => a.attemptId)).toEqual(['good']);
    expect(setAside).toEqual([
      { id: 'bad', issues: [{ path: 'log', message: 'should be array' }] },
    ]);
    const q = await store.quarantined();
    expect(q).toHaveLength(1);
    expect(q[0]?.reason).toBe('log: should be array');
    expect((await store.list()).setAside).toEqual([]);
    store.close();
  });

  it('keeps small settings', async () => {
    const store = await openAttemptStore('t3');
    await store.setValue('language', 'en');
    expect(await store.getValue('language')).toBe('en');
    store.close();
  });

  it('refuses a write from a tab whose log no longer extends the stored one (review H2)', async () => {
    const tabA = await openAttemptStore('t-two-tabs');
    const tabB = await openAttemptStore('t-two-tabs');
    const base = { ...record('same'), log: [] };
    await tabA.save(base);
    const a = (await tabA.get('same'))!;
    const b = (await tabB.get('same'))!;
    await tabA.save({ ...a, log: [{ kind: 'continue', node: 'tab-a-step', at: 1 }] });
    const refused = tabB.save({ ...b, log: [{ kind: 'continue', node: 'tab-b-step', at: 2 }] });
    await expect(refused).rejects.toBeInstanceOf(StorageError);
    await expect(refused).rejects.toMatchObject({
      problem: { kind: 'conflict', attemptId: 'same' },
    });
    expect((await tabB.get('same'))!.log).toEqual([
      { kind: 'continue', node: 'tab-a-step', at: 1 },
    ]);
    // The tab that wrote last goes on appending.
    await tabA.save({
      ...a,
      log: [
        { kind: 'continue', node: 'tab-a-step', at: 1 },
        { kind: 'continue', node: 'next', at: 3 },
      ],
    });
    tabA.close();
    tabB.close();
  });

  it('leaves a record from a newer build where it is, and says so (review M1)', async () => {
    const store = await openAttemptStore('t-newer');
    const future = {
      ...record('future'),
      recordVersion: READS_UP_TO + 1,
    } as unknown as AttemptRecord;
    await store.save(future);
    const listed = await store.list();
    expect(listed.attempts).toEqual([]);
    expect(listed.newer).toEqual([{ id: 'future', recordVersion: READS_UP_TO + 1 }]);
    expect(await store.quarantined()).toEqual([]);
    expect(await store.lookup('future')).toEqual({
      status: 'newer',
      recordVersion: READS_UP_TO + 1,
    });
    // Nor can this build overwrite it.
    await expect(store.save(record('future'))).rejects.toMatchObject({
      problem: { kind: 'conflict' },
    });
    store.close();
  });

  it('the store knows the newest record version without loading the validator', () => {
    expect(READS_UP_TO).toBe(RECORD_VERSION);
  });

  it('puts back a record an older build set aside once this build reads it (review M1)', async () => {
    const store = await openAttemptStore('t-retry');
    const db = await openDB('t-retry', DB_VERSION);
    // What an older build did with a record it could not read: moved it, with a reason.
    await db.add('quarantine', {
      setAsideAt: '2026-11-01T00:00:00.000Z',
      reason: 'recordVersion: is 2, made by a newer version',
      raw: record('from-newer'),
    });
    db.close();
    const listed = await store.list();
    expect(listed.restored).toEqual(['from-newer']);
    expect(listed.attempts.map((a) => a.attemptId)).toEqual(['from-newer']);
    expect(await store.quarantined()).toEqual([]);
    store.close();
  });

  it('keeps an unplayable record set aside until asked, then restores it', async () => {
    const store = await openAttemptStore('t-restore');
    await store.save(record('old-module'));
    await store.setAside('old-module', 'module sample-first-hour version 1 is not available');
    expect((await store.list()).attempts).toEqual([]);
    const [q] = await store.quarantined();
    expect(q).toMatchObject({ kind: 'unplayable', attemptId: 'old-module' });
    expect(await store.restore(q!.id!)).toBe('restored');
    expect((await store.list()).attempts.map((a) => a.attemptId)).toEqual(['old-module']);
    expect(await store.restore(q!.id!)).toBe('gone');
    store.close();
  });

  it('keeps a draft beside the record and drops it with the record', async () => {
    const store = await openAttemptStore('t-draft');
    await store.save(record('d'));
    const draft = {
      attemptId: 'd',
      logLength: 1,
      board: { kind: 'triage' as const, node: 'n', tags: { a: 'red' as const } },
    };
    await store.saveDraft(draft);
    expect(await store.getDraft('d')).toEqual(draft);
    expect((await store.get('d'))!.log).toHaveLength(1);
    await store.remove('d');
    expect(await store.getDraft('d')).toBeUndefined();
    store.close();
  });

  it('upgrades a version-1 database in place, keeping its attempts (review M2)', async () => {
    const v1 = await openDB('t-upgrade', 1, {
      upgrade(d) {
        d.createObjectStore('attempts').createIndex('byScenario', 'scenario.id');
        d.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
        d.createObjectStore('kv');
      },
    });
    await v1.put('attempts', record('kept'), 'kept');
    v1.close();
    const store = await openAttemptStore('t-upgrade');
    expect((await store.list()).attempts.map((a) => a.attemptId)).toEqual(['kept']);
    await store.saveDraft({ attemptId: 'kept', logLength: 1, feedbackOpen: true });
    store.close();
  });

  it('closes for a newer build instead of blocking it, and says so (review M2)', async () => {
    let closed = 0;
    const store = await openAttemptStore('t-blocking', { onClosedForUpgrade: () => (closed += 1) });
    const newer = await openDB('t-blocking', DB_VERSION + 1, { upgrade: () => undefined });
    expect(closed).toBe(1);
    newer.close();
    await expect(store.list()).rejects.toMatchObject({ problem: { kind: 'closed-for-upgrade' } });
  });

  it('reports an upgrade that waits for another tab (review M2)', async () => {
    const old = await openDB('t-blocked', 1, { upgrade: (d) => void d.createObjectStore('kv') });
    let blocked = 0;
    const opening = openAttemptStore('t-blocked', { onUpgradeBlocked: () => (blocked += 1) });
    await new Promise((r) => setTimeout(r, 50));
    expect(blocked).toBe(1);
    old.close();
    (await opening).close();
  });

  it('explains a database made by a newer build instead of "storage blocked" (review M2)', async () => {
    const newer = await openDB('t-version', DB_VERSION + 1, {
      upgrade: (d) => void d.createObjectStore('kv'),
    });
    newer.close();
    await expect(openAttemptStore('t-version')).rejects.toMatchObject({
      problem: { kind: 'newer-database' },
    });
  });

  it('turns a full disk into a typed quota problem (review H1)', async () => {
    const store = await openAttemptStore('t-quota');
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await expect(store.save(record('q'))).rejects.toMatchObject({ problem: { kind: 'quota' } });
      await expect(store.setValue('k', 1)).rejects.toMatchObject({ problem: { kind: 'quota' } });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    store.close();
  });

  it('sets a record aside once when two listings run at the same time', async () => {
    const store = await openAttemptStore('t-twice');
    await store.save({ ...record('bad'), log: 'garbage' } as unknown as AttemptRecord);
    await Promise.all([store.list(), store.list()]);
    expect(await store.quarantined()).toHaveLength(1);
    store.close();
  });

  it('erases every attempt, draft, set-aside session and value, and keeps working (review item 12)', async () => {
    const store = await openAttemptStore('t-erase');
    await store.save(record('a'));
    await store.save({ ...record('bad'), log: 'garbage' } as unknown as AttemptRecord);
    await store.list(); // sets 'bad' aside
    await store.saveDraft({ attemptId: 'a', logLength: 1, feedbackOpen: true });
    await store.setValue('profile', { pseudonym: 'Coyote' });
    await store.setValue('assignments', { x: 1 });
    expect(await store.quarantined()).toHaveLength(1);
    await store.eraseAll();
    expect((await store.list()).attempts).toEqual([]);
    expect(await store.quarantined()).toEqual([]);
    expect(await store.getDraft('a')).toBeUndefined();
    expect(await store.getValue('profile')).toBeUndefined();
    expect(await store.getValue('assignments')).toBeUndefined();
    await store.save(record('after'));
    expect((await store.list()).attempts.map((a) => a.attemptId)).toEqual(['after']);
    store.close();
  });

  it('forgets one value and leaves the rest (switch trainee removes only the profile)', async () => {
    const store = await openAttemptStore('t-forget');
    await store.save(record('a'));
    await store.setValue('profile', { pseudonym: 'Coyote' });
    await store.deleteValue('profile');
    expect(await store.getValue('profile')).toBeUndefined();
    expect((await store.list()).attempts.map((a) => a.attemptId)).toEqual(['a']);
    store.close();
  });
});
