import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openAttemptStore } from './attempt-store';
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
});
