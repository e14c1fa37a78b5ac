/**
 * Sends the outbox to the LRS (DESIGN §8.6): in queue order; on a network failure, timeout, 429 or
 * 5xx it stops and backs off (exponential with jitter, or Retry-After); 401/403 pause the queue
 * until the user fixes the credentials; 409 and 400 set the statement aside and go on. One tab
 * sends at a time (a Web Lock), and every tab hears when the counts change (BroadcastChannel).
 */
import type { Statement } from '../xapi/statement';
import type { LrsTarget } from './lrs-target';
import { sendStatement, type SendOptions } from './send-statement';
import type { QueuePause, StatementQueue } from './statement-queue';

export type QueueState = {
  waiting: number;
  setAside: number;
  sent: number;
  paused?: QueuePause;
  /** When the next try is due after a failure (ms since the epoch). */
  nextTryAt?: number;
  lastError?: string;
};

type Locks = {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    fn: (lock: unknown) => Promise<T>,
  ): Promise<T>;
};

export type DeliveryDeps = {
  queue: StatementQueue;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  /** navigator.locks in the browser; without it (tests in Node) one sender is assumed. */
  locks?: Locks | undefined;
  channelName?: string;
};

export type Delivery = {
  enqueue(statements: readonly Statement[], target: LrsTarget): Promise<number>;
  /** Sends what is due; `force` ignores backoff (the network just came back). */
  flush(opts?: { force?: boolean }): Promise<QueueState>;
  state(): Promise<QueueState>;
  /** The user fixed the endpoint or key: lift the pause and point waiting statements at `target`. */
  resume(target?: LrsTarget): Promise<QueueState>;
  subscribe(listener: (s: QueueState) => void): () => void;
  close(): void;
};

export const LOCK_NAME = 'acompana-lrs-send';
const MAX_BACKOFF_MS = 5 * 60_000;

/** 1 s, 2 s, 4 s … up to 5 min, each with ±25 % jitter so many devices do not retry in step. */
export function backoffMs(tries: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** tries);
  return Math.round(base * (0.75 + random() * 0.5));
}

export function createDelivery(deps: DeliveryDeps): Delivery {
  const { queue } = deps;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const send: SendOptions = {
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    now,
  };
  const listeners = new Set<(s: QueueState) => void>();
  const channel =
    typeof BroadcastChannel === 'undefined'
      ? undefined
      : new BroadcastChannel(deps.channelName ?? 'acompana-lrs');

  const state = async (): Promise<QueueState> => {
    const [counts, paused, items] = await Promise.all([
      queue.counts(),
      queue.pause(),
      queue.pending(),
    ]);
    const due = items.length ? Math.max(...items.map((i) => i.notBefore)) : 0;
    const lastError = paused ? `HTTP ${paused.status}` : items.find((i) => i.lastError)?.lastError;
    return {
      ...counts,
      ...(paused ? { paused } : {}),
      ...(due > now() ? { nextTryAt: due } : {}),
      ...(lastError ? { lastError } : {}),
    };
  };
  const notify = async (local = true) => {
    const s = await state();
    for (const l of listeners) l(s);
    if (local) channel?.postMessage('changed');
    return s;
  };
  if (channel) channel.onmessage = () => void notify(false);

  async function sendDue(force: boolean): Promise<void> {
    if (await queue.pause()) return;
    for (const item of await queue.pending()) {
      if (!force && item.notBefore > now()) return;
      const outcome = await sendStatement(item.target, item.statement, send);
      switch (outcome.kind) {
        case 'stored':
          await queue.markSent(item, now());
          break;
        case 'retry':
          // Order matters to a reader of the LRS (initialized first): stop at the first failure.
          await queue.reschedule(
            item,
            now() + (outcome.retryAfterMs ?? backoffMs(item.tries, random)),
            outcome.reason,
          );
          return;
        case 'credentials':
        case 'endpoint':
          await queue.setPause({
            reason: outcome.kind,
            status: outcome.status,
            endpoint: item.target.endpoint,
            at: now(),
          });
          return;
        case 'conflict':
        case 'rejected':
          await queue.setAside(item, outcome.kind, outcome.message, now());
          break;
      }
    }
  }

  return {
    async enqueue(statements, target) {
      const added = await queue.add(statements, target, now());
      if (added) await notify();
      return added;
    },
    async flush({ force = false } = {}) {
      const run = () => sendDue(force);
      if (deps.locks)
        // ifAvailable: if another tab is sending, it will send these too; this tab need not wait.
        await deps.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
          if (lock) await run();
        });
      else await run();
      return notify();
    },
    state,
    async resume(target) {
      if (target)
        for (const item of await queue.pending())
          if (item.target.source === target.source)
            await queue.reschedule({ ...item, target, tries: -1 }, 0);
      await queue.setPause(undefined);
      return notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      channel?.close();
      queue.close();
    },
  };
}
