/** The aggregation worker's message handling, apart from the worker global so tests can drive it. */
import { buildAttemptColumns, type AttemptColumns } from './attempt-columns';
import { aggregateCohort } from './aggregate-cohort';
import { aggregateReview } from './aggregate-review';
import type { FromAggregator, ToAggregator } from './aggregate-protocol';

/** Summaries are reported in slices while their columns are built. */
const SLICE = 2_000;

export function createAggregatorHandler(post: (m: FromAggregator) => void) {
  let columns: AttemptColumns | undefined;
  return (m: ToAggregator) => {
    try {
      if (m.kind === 'load') {
        const total = m.summaries.length;
        for (let done = SLICE; done < total; done += SLICE) post({ kind: 'progress', done, total });
        columns = buildAttemptColumns(m.summaries);
        post({ kind: 'progress', done: total, total });
        post({ kind: 'loaded', attempts: total });
      } else {
        if (!columns) throw new Error('no cohort loaded');
        if (m.kind === 'review')
          post({ kind: 'review-result', id: m.id, review: aggregateReview(columns, m.options) });
        else post({ kind: 'result', id: m.id, aggregate: aggregateCohort(columns, m.options) });
      }
    } catch (err) {
      post({
        kind: 'failed',
        ...(m.kind !== 'load' ? { id: m.id } : {}),
        message: String(err),
      });
    }
  };
}
