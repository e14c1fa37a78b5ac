/** Messages between the page and the aggregation worker (structured-clone data only). */
import type { AttemptSummary } from '../records/attempt-summary';
import type { CohortAggregate, CohortOptions } from './aggregate-cohort';

export type ToAggregator =
  | { kind: 'load'; summaries: AttemptSummary[] }
  | { kind: 'aggregate'; id: number; options: CohortOptions };

export type FromAggregator =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'loaded'; attempts: number }
  | { kind: 'result'; id: number; aggregate: CohortAggregate }
  | { kind: 'failed'; id?: number; message: string };
