/**
 * Local storage of attempts in IndexedDB (DESIGN §5). Every step writes the whole record, so a
 * reload resumes exactly. A record that no longer reads (corrupt, or from a newer build) is moved
 * to `quarantine` with the reason, never allowed to crash the app, and never silently deleted.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AttemptRecord, RecordIssue, RecordResult } from './attempt-record';

// Validation (zod/mini) loads after first paint, keeping it off the trainee's first load.
const readRecord = async (raw: unknown): Promise<RecordResult> =>
  (await import('./attempt-record')).readRecord(raw);

export type QuarantinedRecord = { id?: number; setAsideAt: string; reason: string; raw: unknown };

interface AcompanaDb extends DBSchema {
  attempts: { key: string; value: unknown; indexes: { byScenario: string } };
  quarantine: { key: number; value: QuarantinedRecord };
  kv: { key: string; value: unknown };
}

export type AttemptStore = {
  save(record: AttemptRecord): Promise<void>;
  /** All readable attempts, newest first; unreadable ones are set aside and reported. */
  list(): Promise<{ attempts: AttemptRecord[]; setAside: { id: string; issues: RecordIssue[] }[] }>;
  get(attemptId: string): Promise<AttemptRecord | undefined>;
  remove(attemptId: string): Promise<void>;
  quarantined(): Promise<QuarantinedRecord[]>;
  /** Moves a record that reads but no longer replays (e.g. its log does not fit) out of the way. */
  setAside(attemptId: string, reason: string): Promise<void>;
  getValue<T>(key: string): Promise<T | undefined>;
  setValue(key: string, value: unknown): Promise<void>;
  close(): void;
};

type SavedListener = (record: AttemptRecord) => void;
const savedListeners = new Set<SavedListener>();
/**
 * Hears every record saved on this page (the LRS emitter sends each new step as it is logged):
 * a subscription instead of polling. Returns the unsubscribe.
 */
export function onRecordSaved(listener: SavedListener): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}

export async function openAttemptStore(name = 'acompana'): Promise<AttemptStore> {
  const db: IDBPDatabase<AcompanaDb> = await openDB<AcompanaDb>(name, 1, {
    upgrade(d) {
      const attempts = d.createObjectStore('attempts');
      attempts.createIndex('byScenario', 'scenario.id');
      d.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
      d.createObjectStore('kv');
    },
  });

  const setAside = async (key: string, raw: unknown, issues: RecordIssue[]) => {
    const tx = db.transaction(['attempts', 'quarantine'], 'readwrite');
    await tx.objectStore('quarantine').add({
      setAsideAt: new Date().toISOString(),
      reason: issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      raw,
    });
    await tx.objectStore('attempts').delete(key);
    await tx.done;
  };

  return {
    async save(record) {
      await db.put('attempts', record, record.attemptId);
      for (const l of savedListeners) l(record);
    },
    async list() {
      const tx = db.transaction('attempts');
      const keys = await tx.store.getAllKeys();
      const values = await tx.store.getAll();
      await tx.done;
      const attempts: AttemptRecord[] = [];
      const bad: { id: string; issues: RecordIssue[] }[] = [];
      for (const [i, raw] of values.entries()) {
        const r = await readRecord(raw);
        if (r.ok) attempts.push(r.value);
        else bad.push({ id: String(keys[i]), issues: r.issues });
      }
      for (const b of bad) await setAside(b.id, values[keys.indexOf(b.id)], b.issues);
      attempts.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      return { attempts, setAside: bad };
    },
    async get(attemptId) {
      const raw = await db.get('attempts', attemptId);
      if (raw === undefined) return undefined;
      const r = await readRecord(raw);
      if (r.ok) return r.value;
      await setAside(attemptId, raw, r.issues);
      return undefined;
    },
    async remove(attemptId) {
      await db.delete('attempts', attemptId);
    },
    quarantined: () => db.getAll('quarantine'),
    async setAside(attemptId, reason) {
      const raw = await db.get('attempts', attemptId);
      if (raw !== undefined)
        await setAside(attemptId, raw, [{ path: '(attempt)', message: reason }]);
    },
    async getValue<T>(key: string) {
      return (await db.get('kv', key)) as T | undefined;
    },
    async setValue(key, value) {
      await db.put('kv', value, key);
    },
    close: () => db.close(),
  };
}

let shared: Promise<AttemptStore> | undefined;
/** The app's one store, opened on first use. */
export const sharedAttemptStore = (): Promise<AttemptStore> => (shared ??= openAttemptStore());
