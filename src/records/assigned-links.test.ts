import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Assignment } from './assignment';
import { encodeAssignment } from './assignment-link';
import { assignmentFor, rememberAssignment, rememberedAssignments } from './assigned-links';

const a: Assignment = {
  id: 'zzzzzzzzzz',
  revision: 2,
  cohort: 'Fiscalía — Tamaulipas',
  modules: ['interviewing-without-revictimization'],
  passMark: 0.8,
  language: 'es',
  mode: 'assessed',
  feedback: 'end',
  contacts: [],
  lrs: { endpoint: 'https://lrs.example.org/xAPI/', key: 'd3JpdGU' },
};
const payloadOf = (x: Assignment) => {
  const r = encodeAssignment(x);
  if (!r.ok) throw new Error('too long');
  return r.payload;
};

describe('assignments opened on this device', () => {
  it('keeps the newest revision of each, and gives back its LRS for the attempts made under it', async () => {
    await rememberAssignment(a, payloadOf(a));
    await rememberAssignment(
      { ...a, revision: 1, cohort: 'old' },
      payloadOf({ ...a, revision: 1 }),
    );
    const list = await rememberedAssignments();
    expect(list.map((r) => [r.id, r.revision, r.cohort])).toEqual([
      ['zzzzzzzzzz', 2, 'Fiscalía — Tamaulipas'],
    ]);
    expect((await assignmentFor('zzzzzzzzzz'))?.lrs).toEqual(a.lrs);
    expect(await assignmentFor('unknown000')).toBeUndefined();
  });
});
