/**
 * Local storage of attempts in IndexedDB (DESIGN §5). Every step writes the whole record, so a
 * reload resumes exactly; the board being filled in and an open feedback panel are kept as a
 * draft beside the record (never in the decision log, which is what gets scored).
 *
 * Nothing is lost without a word (review H1, H2, M1, M2):
 * - every failure is a typed StorageError (`storage-problem.ts`) for the UI to word;
 * - a write whose log does not extend the stored log (another tab moved on) is refused;
 * - a record from a newer build is skipped, never moved; an unreadable one is set aside in
 *   `quarantine` with the reason, and a later build that reads it puts it back;
 * - a newer build upgrading the database closes this connection and tells the app (reload).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AttemptRecord, RecordIssue, RecordResult } from './attempt-record';
import type { AttemptDraft } from './attempt-draft';
import { StorageError, toStorageError } from './storage-problem';

// Validation (zod/mini) loads after first paint, keeping it off the trainee's first load.
const readRecord = async (raw: unknown): Promise<RecordResult> =>
  (await import('./attempt-record')).readRecord(raw);

/** The newest record version this build reads; kept here so the store needs no zod to check it. */
export const READS_UP_TO = 2;

/** Version 2 adds `drafts`. Upgrades run step by step from whatever version is on the device. */
export const DB_VERSION = 2;

export type QuarantinedRecord = {
  id?: number;
  setAsideAt: string;
  reason: string;
  raw: unknown;
  /** `unreadable`: failed validation, retried by every later build; `unplayable`: reads, but the
   *  module version is missing or the log no longer fits: retried when the trainee asks. */
  kind?: 'unreadable' | 'unplayable';
  attemptId?: string;
};

interface AcompanaDb extends DBSchema {
  attempts: { key: string; value: unknown; indexes: { byScenario: string } };
  quarantine: { key: number; value: QuarantinedRecord };
  kv: { key: string; value: unknown };
  drafts: { key: string; value: AttemptDraft };
}

export type StoredAttempt =
  | { status: 'ready'; record: AttemptRecord }
  | { status: 'missing' }
  /** Written by a newer build: left where it is, untouched. */
  | { status: 'newer'; recordVersion: number }
  | { status: 'set-aside'; issues: RecordIssue[] };

export type AttemptList = {
  attempts: AttemptRecord[];
  /** Set aside during this listing (corrupt). */
  setAside: { id: string; issues: RecordIssue[] }[];
  /** Skipped: made by a newer build of Acompaña, kept as they are. */
  newer: { id: string; recordVersion: number }[];
  /** Records a later build could read again and put back from quarantine. */
  restored: string[];
};

export type AttemptStore = {
  /** Refuses (StorageError `conflict`) a record whose log does not extend the stored one. */
  save(record: AttemptRecord): Promise<void>;
  /** All readable attempts, newest first; unreadable ones are set aside and reported. */
  list(): Promise<AttemptList>;
  get(attemptId: string): Promise<AttemptRecord | undefined>;
  lookup(attemptId: string): Promise<StoredAttempt>;
  remove(attemptId: string): Promise<void>;
  quarantined(): Promise<QuarantinedRecord[]>;
  /** Moves a record that reads but no longer replays (e.g. its log does not fit) out of the way. */
  setAside(attemptId: string, reason: string): Promise<void>;
  /** Puts a set-aside record back among the attempts (unless one with its id is there). */
  restore(quarantineId: number): Promise<'restored' | 'exists' | 'gone'>;
  getDraft(attemptId: string): Promise<AttemptDraft | undefined>;
  saveDraft(draft: AttemptDraft): Promise<void>;
  getValue<T>(key: string): Promise<T | undefined>;
  setValue(key: string, value: unknown): Promise<void>;
  deleteValue(key: string): Promise<void>;
  /**
   * "Erase this device's data" (review item 12): every attempt, draft, set-aside session and
   * value (the profile, remembered assignment links) in one transaction. Other databases (the
   * instructor's assignments, the LRS outbox) are not this trainee store's to erase.
   */
  eraseAll(): Promise<void>;
  close(): void;
};

export type StoreEvents = {
  /** A newer build wants to upgrade the database: this connection is closed; reload to go on. */
  onClosedForUpgrade?: () => void;
  /** This build's upgrade waits for another tab (an older build) to close. */
  onUpgradeBlocked?: () => void;
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

const versionOf = (raw: unknown): unknown =>
  raw && typeof raw === 'object' ? (raw as { recordVersion?: unknown }).recordVersion : undefined;
const isNewer = (raw: unknown): raw is { recordVersion: number } => {
  const v = versionOf(raw);
  return typeof v === 'number' && Number.isInteger(v) && v > READS_UP_TO;
};
const logOf = (raw: unknown): unknown[] | undefined => {
  const log = raw && typeof raw === 'object' ? (raw as { log?: unknown }).log : undefined;
  return Array.isArray(log) ? log : undefined;
};
const idOf = (raw: unknown): string | undefined => {
  const id =
    raw && typeof raw === 'object' ? (raw as { attemptId?: unknown }).attemptId : undefined;
  return typeof id === 'string' ? id : undefined;
};
/** A log extends the stored one when the stored entries are its start, unchanged. */
const extendsLog = (stored: unknown[], next: readonly unknown[]) =>
  stored.length <= next.length &&
  stored.every((e, i) => JSON.stringify(e) === JSON.stringify(next[i]));

const guard = async <T>(op: () => Promise<T>): Promise<T> => {
  try {
    return await op();
  } catch (e) {
    throw toStorageError(e);
  }
};

export async function openAttemptStore(
  name = 'acompana',
  events: StoreEvents = {},
): Promise<AttemptStore> {
  const db: IDBPDatabase<AcompanaDb> = await guard(() =>
    openDB<AcompanaDb>(name, DB_VERSION, {
      upgrade(d, oldVersion) {
        // One step per version, from whatever is on the device (0: a new database).
        if (oldVersion < 1) {
          const attempts = d.createObjectStore('attempts');
          attempts.createIndex('byScenario', 'scenario.id');
          d.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true });
          d.createObjectStore('kv');
        }
        if (oldVersion < 2) d.createObjectStore('drafts');
      },
      blocked: () => events.onUpgradeBlocked?.(),
      blocking() {
        // Closing at once lets the newer tab's upgrade go ahead instead of waiting forever.
        db.close();
        events.onClosedForUpgrade?.();
      },
    }),
  );

  const quarantine = async (
    key: string,
    raw: unknown,
    reason: string,
    kind: QuarantinedRecord['kind'],
  ) => {
    const tx = db.transaction(['attempts', 'quarantine', 'drafts'], 'readwrite');
    // Two listings at once (home and a list) must set a record aside once, not twice.
    if ((await tx.objectStore('attempts').getKey(key)) === undefined) return tx.done;
    await tx.objectStore('quarantine').add({
      setAsideAt: new Date().toISOString(),
      reason,
      raw,
      kind,
      attemptId: key,
    });
    await tx.objectStore('attempts').delete(key);
    await tx.objectStore('drafts').delete(key);
    await tx.done;
  };
  const describe = (issues: RecordIssue[]) =>
    issues.map((i) => `${i.path}: ${i.message}`).join('; ');

  /** Unreadable records that this build reads go back (e.g. set aside by an older build). */
  const retryQuarantine = async (): Promise<string[]> => {
    const restored: string[] = [];
    for (const q of await db.getAll('quarantine')) {
      if (q.kind === 'unplayable' || q.id === undefined) continue;
      const r = await readRecord(q.raw);
      if (!r.ok) continue;
      if ((await restore(q.id)) === 'restored') restored.push(r.value.attemptId);
    }
    return restored;
  };

  const restore = async (quarantineId: number): Promise<'restored' | 'exists' | 'gone'> => {
    const tx = db.transaction(['attempts', 'quarantine'], 'readwrite');
    const q = await tx.objectStore('quarantine').get(quarantineId);
    const key = q && (q.attemptId ?? idOf(q.raw));
    if (!q || !key) {
      await tx.done;
      return 'gone';
    }
    if ((await tx.objectStore('attempts').getKey(key)) !== undefined) {
      await tx.done;
      return 'exists';
    }
    await tx.objectStore('attempts').put(q.raw, key);
    await tx.objectStore('quarantine').delete(quarantineId);
    await tx.done;
    return 'restored';
  };

  const lookup = async (attemptId: string): Promise<StoredAttempt> => {
    const raw = await db.get('attempts', attemptId);
    if (raw === undefined) return { status: 'missing' };
    if (isNewer(raw)) return { status: 'newer', recordVersion: raw.recordVersion };
    const r = await readRecord(raw);
    if (r.ok) return { status: 'ready', record: r.value };
    await quarantine(attemptId, raw, describe(r.issues), 'unreadable');
    return { status: 'set-aside', issues: r.issues };
  };

  return {
    save: (record) =>
      guard(async () => {
        const tx = db.transaction('attempts', 'readwrite');
        const stored = await tx.store.get(record.attemptId);
        const storedLog = stored === undefined ? [] : logOf(stored);
        // Another tab went on with this attempt, or a newer build rewrote it: never overwrite.
        if (isNewer(stored) || (storedLog && !extendsLog(storedLog, record.log))) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new StorageError({ kind: 'conflict', attemptId: record.attemptId });
        }
        await tx.store.put(record, record.attemptId);
        await tx.done;
        for (const l of savedListeners) l(record);
      }),
    list: () =>
      guard(async () => {
        const restored = await retryQuarantine();
        const tx = db.transaction('attempts');
        const keys = await tx.store.getAllKeys();
        const values = await tx.store.getAll();
        await tx.done;
        const result: AttemptList = { attempts: [], setAside: [], newer: [], restored };
        for (const [i, raw] of values.entries()) {
          const key = String(keys[i]);
          if (isNewer(raw)) {
            result.newer.push({ id: key, recordVersion: raw.recordVersion });
            continue;
          }
          const r = await readRecord(raw);
          if (r.ok) result.attempts.push(r.value);
          else {
            await quarantine(key, raw, describe(r.issues), 'unreadable');
            result.setAside.push({ id: key, issues: r.issues });
          }
        }
        result.attempts.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
        return result;
      }),
    get: (attemptId) =>
      guard(async () => {
        const r = await lookup(attemptId);
        return r.status === 'ready' ? r.record : undefined;
      }),
    lookup: (attemptId) => guard(() => lookup(attemptId)),
    remove: (attemptId) =>
      guard(async () => {
        const tx = db.transaction(['attempts', 'drafts'], 'readwrite');
        await tx.objectStore('attempts').delete(attemptId);
        await tx.objectStore('drafts').delete(attemptId);
        await tx.done;
      }),
    quarantined: () => guard(() => db.getAll('quarantine')),
    setAside: (attemptId, reason) =>
      guard(async () => {
        const raw = await db.get('attempts', attemptId);
        if (raw !== undefined) await quarantine(attemptId, raw, reason, 'unplayable');
      }),
    restore: (quarantineId) => guard(() => restore(quarantineId)),
    getDraft: (attemptId) => guard(() => db.get('drafts', attemptId)),
    saveDraft: (draft) => guard(async () => void (await db.put('drafts', draft, draft.attemptId))),
    getValue: <T>(key: string) => guard(async () => (await db.get('kv', key)) as T | undefined),
    setValue: (key, value) => guard(async () => void (await db.put('kv', value, key))),
    deleteValue: (key) => guard(async () => void (await db.delete('kv', key))),
    eraseAll: () =>
      guard(async () => {
        const names = ['attempts', 'drafts', 'quarantine', 'kv'] as const;
        const tx = db.transaction(names, 'readwrite');
        await Promise.all([...names.map((n) => tx.objectStore(n).clear()), tx.done]);
      }),
    close: () => db.close(),
  };
}

/** Listeners for the shared store's version-change events (the app shell shows them). */
export type StoreEvent = 'closed-for-upgrade' | 'upgrade-blocked' | 'opened';
const listeners = new Set<(e: StoreEvent) => void>();
/** The last event, told to a listener that subscribes later: the store may be opened before the
 *  app shell renders (src/main.tsx opens it beside the app's download), and a blocked upgrade
 *  must not go unsaid for that. */
let lastEvent: StoreEvent | undefined;
const emit = (e: StoreEvent) => {
  lastEvent = e;
  listeners.forEach((l) => l(e));
};
export const onStoreEvent = (l: (e: StoreEvent) => void) => {
  listeners.add(l);
  if (lastEvent && lastEvent !== 'opened') l(lastEvent);
  return () => void listeners.delete(l);
};

let shared: Promise<AttemptStore> | undefined;
/** The app's one store, opened on first use; a failed open is tried again on the next use. */
export const sharedAttemptStore = (): Promise<AttemptStore> =>
  (shared ??= openAttemptStore('acompana', {
    onClosedForUpgrade: () => emit('closed-for-upgrade'),
    onUpgradeBlocked: () => emit('upgrade-blocked'),
  }).then(
    (store) => {
      emit('opened');
      return store;
    },
    (e: unknown) => {
      shared = undefined;
      throw toStorageError(e);
    },
  ));
