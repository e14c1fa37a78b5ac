/**
 * Loaded cohorts, kept on the instructor's device (IndexedDB, DESIGN §5). A cohort keeps the
 * attempt records themselves, not their scores: scores are recomputed from the logs each time it
 * opens, and the records are what the read-only debrief replays. Its own database, so the
 * trainee's store and its migrations are untouched.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AttemptRecord } from '../../../records/attempt-record';
import type { CohortRefusal } from './cohort-refusal';

/** `loose` for #/cohort, else the assignment id. */
export type CohortKey = string;
export const LOOSE_COHORT: CohortKey = 'loose';

export type StoredAttempt = { file: string; attempt: number; record: AttemptRecord };
export type StoredCohort = {
  key: CohortKey;
  updatedAt: string;
  attempts: StoredAttempt[];
  /** Every file or attempt not counted, with its reason, as it was when the file was added. */
  refused: CohortRefusal[];
  /** Learner ids the instructor removed; their attempts stay stored and can be brought back. */
  removedLearners: string[];
};

interface CohortDb extends DBSchema {
  cohorts: { key: string; value: StoredCohort };
}

export type CohortStore = {
  get(key: CohortKey): Promise<StoredCohort | undefined>;
  put(cohort: StoredCohort): Promise<void>;
  remove(key: CohortKey): Promise<void>;
  close(): void;
};

export const emptyCohort = (key: CohortKey): StoredCohort => ({
  key,
  updatedAt: new Date(0).toISOString(),
  attempts: [],
  refused: [],
  removedLearners: [],
});

export async function openCohortStore(name = 'acompana-cohorts'): Promise<CohortStore> {
  const db: IDBPDatabase<CohortDb> = await openDB<CohortDb>(name, 1, {
    upgrade(d) {
      d.createObjectStore('cohorts', { keyPath: 'key' });
    },
  });
  return {
    get: (key) => db.get('cohorts', key),
    async put(cohort) {
      await db.put('cohorts', cohort);
    },
    remove: (key) => db.delete('cohorts', key),
    close: () => db.close(),
  };
}
