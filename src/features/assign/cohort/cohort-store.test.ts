import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyCohort, openCohortStore } from './cohort-store';

describe('cohort store', () => {
  it('keeps a cohort per assignment, with its refusals and removed trainees, across reopening', async () => {
    const store = await openCohortStore('test-cohorts');
    expect(await store.get('as-1')).toBeUndefined();
    await store.put({
      ...emptyCohort('as-1'),
      refused: [{ kind: 'file', file: 'notes.txt', refusal: { code: 'empty-file' } }],
      removedLearners: ['L-9'],
    });
    await store.put(emptyCohort('loose'));
    store.close();
    const again = await openCohortStore('test-cohorts');
    expect(await again.get('as-1')).toMatchObject({
      refused: [{ kind: 'file', file: 'notes.txt', refusal: { code: 'empty-file' } }],
      removedLearners: ['L-9'],
    });
    await again.remove('as-1');
    expect(await again.get('as-1')).toBeUndefined();
    expect(await again.get('loose')).toBeDefined();
    again.close();
  });
});
