import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createSaved,
  duplicate,
  isLate,
  revise,
  revisions,
  type AssignmentDraft,
} from './assignment';
import { openAssignmentStore } from './assignment-store';

const draft: AssignmentDraft = {
  cohort: 'DIF Tamaulipas',
  modules: ['orientation-first-contact', 'triage-safehouse'],
  due: '2026-12-18',
  passMark: 0.8,
  language: 'choice',
  mode: 'assessed',
  feedback: 'end',
  contacts: [],
};

describe('saved assignments', () => {
  it('an edit is a new revision with the same id; the old revision is kept', async () => {
    const store = await openAssignmentStore('t-revise');
    const first = createSaved('abc123defg', draft, '2026-12-01T10:00:00Z');
    await store.put(first);
    const edited = revise(first, { ...draft, due: '2026-12-20' }, '2026-12-02T10:00:00Z');
    await store.put(edited);
    const back = await store.get('abc123defg');
    expect(back?.current).toMatchObject({ id: 'abc123defg', revision: 2, due: '2026-12-20' });
    expect(back && revisions(back).map((r) => [r.revision, r.due])).toEqual([
      [2, '2026-12-20'],
      [1, '2026-12-18'],
    ]);
    store.close();
  });

  it('lists newest change first; a duplicate is a new assignment at revision 1; archive is kept', async () => {
    const store = await openAssignmentStore('t-list');
    const a = createSaved('aaaaaaaaaa', draft, '2026-12-01T10:00:00Z');
    const b = {
      ...duplicate(revise(a, draft, '2026-12-02T00:00:00Z'), 'bbbbbbbbbb', '2026-12-03T00:00:00Z'),
    };
    await store.put(a);
    await store.put(b);
    await store.put({ ...a, archived: true, updatedAt: '2026-12-04T00:00:00Z' });
    const list = await store.list();
    expect(
      list.map((s) => [s.current.id, s.current.revision, s.archived, s.history.length]),
    ).toEqual([
      ['aaaaaaaaaa', 1, true, 0],
      ['bbbbbbbbbb', 1, false, 0],
    ]);
    store.close();
  });

  it('work is late only after the whole due day, in local time', () => {
    expect(isLate({ due: '2026-12-18' }, new Date(2026, 11, 18, 23, 59))).toBe(false);
    expect(isLate({ due: '2026-12-18' }, new Date(2026, 11, 19, 0, 0))).toBe(true);
    expect(isLate({}, new Date(2030, 0, 1))).toBe(false);
  });
});
