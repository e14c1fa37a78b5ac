import { describe, expect, it } from 'vitest';
import { legacyLearnerId, readRecord } from './attempt-record';

const v1 = {
  recordVersion: 1,
  attemptId: 'a-1',
  learner: { pseudonym: 'Coyote', role: 'paramedic' },
  mode: 'practice',
  feedback: 'immediate',
  languages: ['es-MX'],
  passMark: 0.8,
  scenario: { id: 'sample-first-hour', version: 1, hash: 'abc' },
  seed: 7,
  startedAt: '2026-11-27T10:00:00.000Z',
  log: [{ kind: 'continue', node: 'intro', at: 1 }],
};

describe('attempt record v2', () => {
  it('migrates a v1 record: the learner gets a stable id from the pseudonym', () => {
    const r = readRecord(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.recordVersion).toBe(2);
    expect(r.value.learner).toEqual({
      id: legacyLearnerId('Coyote'),
      pseudonym: 'Coyote',
      role: 'paramedic',
    });
    expect(r.value.log).toEqual(v1.log);
    // Two v1 records of one pseudonym stay one learner; another pseudonym is another learner.
    expect(legacyLearnerId('Coyote')).toBe(legacyLearnerId('Coyote'));
    expect(legacyLearnerId('Coyote')).not.toBe(legacyLearnerId('Garza'));
  });

  it('reads a v2 record as it is and refuses one without a learner id', () => {
    const v2 = {
      ...v1,
      recordVersion: 2,
      learner: { id: 'L-9', pseudonym: 'Coyote', role: 'ngo' },
    };
    expect(readRecord(v2)).toEqual({ ok: true, value: v2 });
    const r = readRecord({ ...v2, learner: { pseudonym: 'Coyote', role: 'ngo' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toBe('learner.id');
  });

  it('refuses a record from a newer build with the reason', () => {
    const r = readRecord({ ...v1, recordVersion: 3 });
    expect(r).toMatchObject({ ok: false, issues: [{ path: 'recordVersion' }] });
  });
});
