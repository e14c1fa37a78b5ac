/**
 * The aggregation worker (DESIGN §2, §8.7): holds a large cohort's columns off the main thread, so
 * building them and re-aggregating after a filter change never blocks the page.
 */
import type { ToAggregator } from './aggregate-protocol';
import { createAggregatorHandler } from './aggregator-handler';

const scope = self as unknown as Worker;
const handle = createAggregatorHandler((m) => scope.postMessage(m));
scope.onmessage = (e: MessageEvent<ToAggregator>) => handle(e.data);
