/**
 * Aggregates a cohort on the main thread when it is small and in a Web Worker when it is large
 * (issue 10: the page stays responsive), behind one interface. Without Worker support (tests,
 * some locked-down browsers) it always runs inline.
 */
import type { AttemptSummary } from '../records/attempt-summary';
import { buildAttemptColumns, type AttemptColumns } from './attempt-columns';
import { aggregateCohort, type CohortAggregate, type CohortOptions } from './aggregate-cohort';
import type { FromAggregator, ToAggregator } from './aggregate-protocol';
import { aggregateReview, type ReviewAggregate, type ReviewOptions } from './aggregate-review';

/** Above this many attempts the worker pays for its start-up and copying. */
export const WORKER_THRESHOLD = 2_000;

export type CohortAggregator = {
  /** Replaces the cohort's attempts; resolves once the columns are built. */
  load(
    summaries: AttemptSummary[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void>;
  aggregate(options: CohortOptions): Promise<CohortAggregate>;
  /** The organization dashboard's figures over the same attempts (issue 12). */
  review(options: ReviewOptions): Promise<ReviewAggregate>;
  readonly inWorker: boolean;
  dispose(): void;
};

export function createCohortAggregator({
  threshold = WORKER_THRESHOLD,
  makeWorker = defaultWorker,
}: { threshold?: number; makeWorker?: () => Worker | undefined } = {}): CohortAggregator {
  let columns: AttemptColumns | undefined;
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (a: CohortAggregate) => void; reject: (e: Error) => void }
  >();
  const reviews = new Map<
    number,
    { resolve: (a: ReviewAggregate) => void; reject: (e: Error) => void }
  >();
  let loading:
    | {
        resolve: () => void;
        reject: (e: Error) => void;
        onProgress?: (d: number, t: number) => void;
      }
    | undefined;

  const onMessage = (e: MessageEvent<FromAggregator>) => {
    const m = e.data;
    if (m.kind === 'progress') loading?.onProgress?.(m.done, m.total);
    else if (m.kind === 'loaded') loading?.resolve();
    else if (m.kind === 'result') {
      pending.get(m.id)?.resolve(m.aggregate);
      pending.delete(m.id);
    } else if (m.kind === 'review-result') {
      reviews.get(m.id)?.resolve(m.review);
      reviews.delete(m.id);
    } else if (m.id !== undefined) {
      pending.get(m.id)?.reject(new Error(m.message));
      pending.delete(m.id);
      reviews.get(m.id)?.reject(new Error(m.message));
      reviews.delete(m.id);
    } else loading?.reject(new Error(m.message));
  };

  return {
    get inWorker() {
      return worker !== undefined;
    },
    load(summaries, onProgress) {
      if (summaries.length < threshold) {
        worker?.terminate();
        worker = undefined;
        columns = buildAttemptColumns(summaries);
        onProgress?.(summaries.length, summaries.length);
        return Promise.resolve();
      }
      columns = undefined;
      worker ??= makeWorker();
      if (!worker) {
        columns = buildAttemptColumns(summaries);
        return Promise.resolve();
      }
      worker.onmessage = onMessage;
      return new Promise<void>((resolve, reject) => {
        loading = { resolve, reject, ...(onProgress ? { onProgress } : {}) };
        const msg: ToAggregator = { kind: 'load', summaries };
        worker!.postMessage(msg);
      });
    },
    aggregate(options) {
      if (!worker) {
        if (!columns) return Promise.reject(new Error('no cohort loaded'));
        return Promise.resolve(aggregateCohort(columns, options));
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const msg: ToAggregator = { kind: 'aggregate', id, options };
        worker!.postMessage(msg);
      });
    },
    review(options) {
      if (!worker) {
        if (!columns) return Promise.reject(new Error('no cohort loaded'));
        return Promise.resolve(aggregateReview(columns, options));
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        reviews.set(id, { resolve, reject });
        const msg: ToAggregator = { kind: 'review', id, options };
        worker!.postMessage(msg);
      });
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      for (const p of pending.values()) p.reject(new Error('disposed'));
      pending.clear();
      for (const p of reviews.values()) p.reject(new Error('disposed'));
      reviews.clear();
    },
  };
}

function defaultWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('./aggregate-worker.ts', import.meta.url), { type: 'module' });
}
