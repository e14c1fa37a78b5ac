/**
 * The outbox in IndexedDB (its own database, `acompana-lrs`, so the records store never migrates
 * for it). A statement waits in `queue` until the LRS stores it, then only its id stays, in `sent`,
 * so enqueuing it again (a reload, a second tab) does nothing. Conflicts and rejections move to
 * `setAside` with the LRS's message: kept, shown, never retried (DESIGN §8.6).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Statement } from '../xapi/statement';
import type { LrsTarget } from './lrs-target';

export type QueuedStatement = {
  seq?: number;
  id: string;
  statement: Statement;
  target: LrsTarget;
  queuedAt: number;
  tries: number;
  /** Not before this time (ms): backoff or Retry-After. */
  notBefore: number;
  /** Why the last try failed, shown to the user (kept across reloads). */
  lastError?: string;
};
export type SetAsideStatement = {
  id: string;
  statement: Statement;
  endpoint: string;
  reason: 'conflict' | 'rejected';
  message: string;
  at: number;
};
export type QueuePause = {
  reason: 'credentials' | 'endpoint';
  status: number;
  endpoint: string;
  at: number;
};

interface LrsDb extends DBSchema {
  queue: { key: number; value: QueuedStatement; indexes: { byId: string } };
  sent: { key: string; value: { id: string; at: number } };
  setAside: { key: string; value: SetAsideStatement };
  kv: { key: string; value: unknown };
}

export type StatementQueue = {
  /** Adds what is neither queued nor sent; returns how many were new. */
  add(statements: readonly Statement[], target: LrsTarget, now: number): Promise<number>;
  /** Queued statements in the order they were queued. */
  pending(): Promise<QueuedStatement[]>;
  markSent(item: QueuedStatement, now: number): Promise<void>;
  reschedule(item: QueuedStatement, notBefore: number, lastError?: string): Promise<void>;
  setAside(
    item: QueuedStatement,
    reason: SetAsideStatement['reason'],
    message: string,
    now: number,
  ): Promise<void>;
  counts(): Promise<{ waiting: number; setAside: number; sent: number }>;
  setAsideList(): Promise<SetAsideStatement[]>;
  pause(): Promise<QueuePause | undefined>;
  setPause(p: QueuePause | undefined): Promise<void>;
  getValue<T>(key: string): Promise<T | undefined>;
  setValue(key: string, value: unknown): Promise<void>;
  close(): void;
};

export async function openStatementQueue(name = 'acompana-lrs'): Promise<StatementQueue> {
  const db: IDBPDatabase<LrsDb> = await openDB<LrsDb>(name, 1, {
    upgrade(d) {
      const q = d.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true });
      q.createIndex('byId', 'id', { unique: true });
      d.createObjectStore('sent', { keyPath: 'id' });
      d.createObjectStore('setAside', { keyPath: 'id' });
      d.createObjectStore('kv');
    },
  });
  return {
    async add(statements, target, now) {
      const tx = db.transaction(['queue', 'sent', 'setAside'], 'readwrite');
      const queue = tx.objectStore('queue');
      let added = 0;
      for (const statement of statements) {
        const known =
          (await tx.objectStore('sent').getKey(statement.id)) ??
          (await tx.objectStore('setAside').getKey(statement.id)) ??
          (await queue.index('byId').getKey(statement.id));
        if (known !== undefined) continue;
        await queue.add({
          id: statement.id,
          statement,
          target,
          queuedAt: now,
          tries: 0,
          notBefore: 0,
        });
        added++;
      }
      await tx.done;
      return added;
    },
    pending: () => db.getAll('queue'),
    async markSent(item, now) {
      const tx = db.transaction(['queue', 'sent'], 'readwrite');
      await tx.objectStore('sent').put({ id: item.id, at: now });
      await tx.objectStore('queue').delete(item.seq!);
      await tx.done;
    },
    async reschedule(item, notBefore, lastError) {
      const { lastError: _old, ...rest } = item;
      await db.put('queue', {
        ...rest,
        tries: item.tries + 1,
        notBefore,
        ...(lastError ? { lastError } : {}),
      });
    },
    async setAside(item, reason, message, now) {
      const tx = db.transaction(['queue', 'setAside'], 'readwrite');
      await tx.objectStore('setAside').put({
        id: item.id,
        statement: item.statement,
        endpoint: item.target.endpoint,
        reason,
        message,
        at: now,
      });
      await tx.objectStore('queue').delete(item.seq!);
      await tx.done;
    },
    async counts() {
      const tx = db.transaction(['queue', 'setAside', 'sent']);
      const [waiting, setAside, sent] = await Promise.all([
        tx.objectStore('queue').count(),
        tx.objectStore('setAside').count(),
        tx.objectStore('sent').count(),
      ]);
      await tx.done;
      return { waiting, setAside, sent };
    },
    setAsideList: () => db.getAll('setAside'),
    pause: async () => (await db.get('kv', 'pause')) as QueuePause | undefined,
    async setPause(p) {
      if (p) await db.put('kv', p, 'pause');
      else await db.delete('kv', 'pause');
    },
    getValue: async <T>(key: string) => (await db.get('kv', key)) as T | undefined,
    async setValue(key, value) {
      await db.put('kv', value, key);
    },
    close: () => db.close(),
  };
}
