/** Messages between the page and the aggregation worker (structured-clone data only). */
import type { AttemptSummary } from '../records/attempt-summary';
import type { CohortAggregate, CohortOptions } from './aggregate-cohort';
import type { ReviewAggregate, ReviewOptions } from './aggregate-review';

export type ToAggregator =
  | { kind: 'load'; summaries: AttemptSummary[] }
  | { kind: 'aggregate'; id: number; options: CohortOptions }
  /** The organization dashboard's figures (issue 12), over the same loaded columns. */
  | { kind: 'review'; id: number; options: ReviewOptions };

export type FromAggregator =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'loaded'; attempts: number }
  | { kind: 'result'; id: number; aggregate: CohortAggregate }
  | { kind: 'review-result'; id: number; review: ReviewAggregate }
  | { kind: 'failed'; id?: number; message: string };
