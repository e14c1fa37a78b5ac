import { describe, expect, it } from 'vitest';
import type { FromAggregator, ToAggregator } from './aggregate-protocol';
import { createAggregatorHandler } from './aggregator-handler';
import { createCohortAggregator } from './cohort-aggregator';
import { handCohort } from './hand-cohort.fixture';
import { many, people } from './review.fixture';

/** A stand-in worker: the real handler, messages structured-cloned and delivered asynchronously. */
function fakeWorker() {
  const fake = {
    onmessage: null as ((e: MessageEvent<FromAggregator>) => void) | null,
    sent: [] as ToAggregator['kind'][],
    terminated: false,
    postMessage(m: ToAggregator) {
      fake.sent.push(m.kind);
      const copy = structuredClone(m);
      setTimeout(() => handle(copy), 0);
    },
    terminate() {
      fake.terminated = true;
    },
  };
  const handle = createAggregatorHandler((m) =>
    setTimeout(
      () => fake.onmessage?.({ data: structuredClone(m) } as MessageEvent<FromAggregator>),
      0,
    ),
  );
  return fake;
}

describe('cohort aggregator', () => {
  it('aggregates a small cohort on the page, without a worker', async () => {
    let made = 0;
    const agg = createCohortAggregator({ makeWorker: () => (made++, undefined) });
    await agg.load(handCohort);
    expect(agg.inWorker).toBe(false);
    expect(made).toBe(0);
    expect((await agg.aggregate({ now: 0 })).trainees).toHaveLength(3);
  });

  it('hands a large cohort to the worker, reports progress and gives the same figures', async () => {
    const fake = fakeWorker();
    const agg = createCohortAggregator({
      threshold: 2,
      makeWorker: () => fake as unknown as Worker,
    });
    const progress: number[] = [];
    await agg.load(handCohort, (done) => progress.push(done));
    expect(agg.inWorker).toBe(true);
    expect(progress.at(-1)).toBe(handCohort.length);
    const inWorker = await agg.aggregate({ modules: ['m1', 'm2'], now: 0 });
    const inline = createCohortAggregator();
    await inline.load(handCohort);
    expect(inWorker).toEqual(await inline.aggregate({ modules: ['m1', 'm2'], now: 0 }));
    expect(fake.sent).toEqual(['load', 'aggregate']);
    agg.dispose();
    expect(fake.terminated).toBe(true);
  });

  it('aggregating before any cohort is loaded rejects with a message', async () => {
    const fake = fakeWorker();
    const agg = createCohortAggregator({
      threshold: 0,
      makeWorker: () => fake as unknown as Worker,
    });
    await expect(agg.aggregate({ now: 0 })).rejects.toThrow(/no cohort loaded/);
  });

  it('answers the dashboard from the worker with the same figures as on the page', async () => {
    const org = people([...many(6, 'a', { cohort: 'G1', passed: true }), ...many(7, 'b')]);
    const fake = fakeWorker();
    const agg = createCohortAggregator({
      threshold: 2,
      makeWorker: () => fake as unknown as Worker,
    });
    await agg.load(org);
    const options = { filter: { cohort: 'G1' }, period: 'week' as const };
    const inWorker = await agg.review(options);
    const inline = createCohortAggregator();
    await inline.load(org);
    expect(inWorker).toEqual(await inline.review(options));
    expect(inWorker.learners).toBe(6);
    expect(fake.sent).toEqual(['load', 'review']);
  });
});
