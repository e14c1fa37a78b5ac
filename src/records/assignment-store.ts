/**
 * The instructor's assignments, in IndexedDB on their device (issue 10). Its own database, apart
 * from the trainee's attempts ("acompana"): an instructor who also plays keeps both, and neither
 * schema's upgrades wait on the other's.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SavedAssignment } from './assignment';

interface InstructorDb extends DBSchema {
  assignments: { key: string; value: SavedAssignment };
}

export type AssignmentStore = {
  /** Newest change first; archived ones included (the screen filters). */
  list(): Promise<SavedAssignment[]>;
  get(id: string): Promise<SavedAssignment | undefined>;
  put(saved: SavedAssignment): Promise<void>;
  close(): void;
};

export async function openAssignmentStore(name = 'acompana-instructor'): Promise<AssignmentStore> {
  const db: IDBPDatabase<InstructorDb> = await openDB<InstructorDb>(name, 1, {
    upgrade(d) {
      d.createObjectStore('assignments', { keyPath: 'current.id' });
    },
  });
  return {
    async list() {
      const all = await db.getAll('assignments');
      return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    get: (id) => db.get('assignments', id),
    async put(saved) {
      await db.put('assignments', saved);
    },
    close: () => db.close(),
  };
}

let shared: Promise<AssignmentStore> | undefined;
/** The app's one instructor store, opened on first use. */
export const sharedAssignmentStore = (): Promise<AssignmentStore> =>
  (shared ??= openAssignmentStore());
