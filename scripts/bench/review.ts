/**
 * Organization dashboard targets (issue 12, DESIGN §8.5), on the demo generator's output (the
 * files `npm run demo:data` writes, seed 7, one per simulated trainee):
 *   import + re-score + aggregate 100,000 attempts (reported; DESIGN §8.5's 2 s is measured
 *     from the compact form, import excluded, below): the 1,000 files copied 20 times with
 *     other attempt and learner ids stand in for a larger organization, each copy imported through
 *     the import core (parse, validate, re-score with the bulk scorer, summarize), then the columns,
 *     the dashboard's index and its aggregate (suppression and the differencing guard included);
 *   re-aggregate after a filter change at 100,000 attempts (< 200 ms);
 *   1,000 result files parsed, re-scored and aggregated end to end (< 1 s).
 * Stringifying the copies is set-up, outside the timing.
 */
import { aggregateReview } from '../../src/analytics/aggregate-review';
import { buildAttemptColumns } from '../../src/analytics/attempt-columns';
import type { ReviewFilter } from '../../src/analytics/review-filter';
import { reviewIndex } from '../../src/analytics/review-index';
import {
  encodeCompactStore,
  rescoreColumns,
  type CompactEntry,
} from '../../src/analytics/compact-columns';
import type { Dimension } from '../../src/engine/schema/guideline';
import type { AttemptColumns } from '../../src/analytics/attempt-columns';
import type { AttemptSummary } from '../../src/records/attempt-summary';
import { acceptedAttempts, importResultFiles } from '../../src/records/import/import-result-files';
import type { ResultFile } from '../../src/records/result-file';
import { setupFiles } from './cohort';

const ms = (n: number) => `${n.toFixed(1)} ms`;
const line = (name: string, value: string, target: string) =>
  console.log(`${name.padEnd(52)} ${value.padStart(14)}   (target ${target})`);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchReview() {
  const { files, catalogue } = setupFiles();
  const month = (m: number) => Date.UTC(2026, m, 1);

  // 1,000 files end to end, as the dashboard's pipeline runs them.
  const small: number[] = [];
  const smallCpu: number[] = [];
  let smallAttempts = 0;
  for (let i = 0; i < 3; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const summaries = acceptedAttempts(importResultFiles(files, catalogue)).map((a) => a.summary);
    const c = buildAttemptColumns(summaries);
    aggregateReview(c, {});
    small.push(performance.now() - t0);
    smallCpu.push(cpuMs() - c0);
    smallAttempts = summaries.length;
  }
  line(
    `dashboard: 1,000 files (${smallAttempts.toLocaleString('en')} attempts) end to end`,
    ms(median(small)),
    '< 1000 ms',
  );
  // On a shared machine the wall clock waits for other processes; CPU time does not.
  console.log(`  (CPU time ${ms(median(smallCpu))})`);

  // 100,000 attempts: copies of the 1,000 files with other ids.
  const parsed = files.map((f) => JSON.parse(f.data as string) as ResultFile);
  const perCopy = parsed.reduce((a, f) => a + f.attempts.length, 0);
  const copies = Math.ceil(100_000 / perCopy);
  let importMs = 0;
  let cpu = 0;
  const summaries: AttemptSummary[] = [];
  const entries: CompactEntry[] = [];
  for (let k = 0; k < copies; k++) {
    const inputs = parsed.map((f, i) => ({
      name: `${k}-${i}.json`,
      data: JSON.stringify({
        ...f,
        attempts: f.attempts.map((a) => ({
          ...a,
          attemptId: `${a.attemptId}-${k}`,
          learner: { ...a.learner, id: `${a.learner.id}-${k}` },
        })),
      }),
    }));
    const c0 = cpuMs();
    const t0 = performance.now();
    for (const a of acceptedAttempts(importResultFiles(inputs, catalogue)))
      if (summaries.length < 100_000) {
        const { id, version } = a.record.scenario;
        entries.push({
          row: summaries.length,
          scenario: catalogue.get(id, version)!.scenario,
          passMark: a.summary.passMark,
          log: a.record.log,
        });
        summaries.push(a.summary);
      }
    importMs += performance.now() - t0;
    cpu += cpuMs() - c0;
  }
  const c0 = cpuMs();
  const t1 = performance.now();
  const columns = buildAttemptColumns(summaries);
  const t2 = performance.now();
  reviewIndex(columns);
  const t3 = performance.now();
  aggregateReview(columns, {});
  const t4 = performance.now();
  cpu += cpuMs() - c0;
  line(
    `dashboard: import + re-score + aggregate ${summaries.length.toLocaleString('en')} attempts`,
    ms(importMs + (t4 - t1)),
    // DESIGN §8.5: the 2 s target is from the stored compact form, import excluded (next line).
    'report only',
  );
  console.log(
    `  (parse + re-score ${ms(importMs)}; columns ${ms(t2 - t1)}, index ${ms(t3 - t2)}, aggregate ${ms(t4 - t3)}; from the compact form ${ms(t4 - t1)}; CPU ${ms(cpu)})`,
  );

  benchCompact(columns, entries, catalogue.dimensionOf);

  const filters: ReviewFilter[] = [
    { module: summaries[0]!.scenarioId },
    { role: 'paramedic' },
    { mode: 'assessed', language: 'es-MX' },
    { cohort: summaries.find((s) => s.cohort)?.cohort ?? '' },
    { from: month(10), to: month(12) },
  ];
  // Three rounds over the five filters (the first round includes the first call's JIT); median of all.
  const cpus: number[] = [];
  const times: number[] = [];
  const firstRound: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const filter of filters) {
      const c1 = cpuMs();
      const t0 = performance.now();
      aggregateReview(columns, { filter, period: 'week' });
      cpus.push(cpuMs() - c1);
      times.push(performance.now() - t0);
      if (round === 0) firstRound.push(times.at(-1)!);
    }
  line(
    `  dashboard: re-aggregate ${summaries.length.toLocaleString('en')} after a filter change`,
    ms(median(times)),
    '< 200 ms',
  );
  console.log(
    `    (median of 3 rounds × ${filters.length} filters; first round median ${ms(median(firstRound))}; worst ${ms(Math.max(...times))}; CPU time median ${ms(median(cpus))})`,
  );
}

/**
 * DESIGN §8.5 as stated: attempts already in the stored compact form (their logs encoded per
 * scenario version, and the columns that do not depend on scoring) are re-scored with `scoreAll`
 * straight into the columns, then the dashboard's aggregate runs (suppression and the differencing
 * guard included). Encoding and the dashboard's index (learner order, dense ids) are the one-off
 * import cost, timed apart. Median of 5 runs; CPU time beside wall time (the machine is shared).
 */
function benchCompact(
  columns: AttemptColumns,
  entries: readonly CompactEntry[],
  dimensionOf: (id: string) => Dimension | undefined,
) {
  const c0 = cpuMs();
  const t0 = performance.now();
  const store = encodeCompactStore(entries, dimensionOf);
  const encodeMs = performance.now() - t0;
  const encodeCpu = cpuMs() - c0;
  // The dashboard's index is built at import too (timed above as "index").
  reviewIndex(columns);
  const expected = aggregateReview(columns, {});
  const walls: number[] = [];
  const cpus: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c1 = cpuMs();
    const t2 = performance.now();
    if (rescoreColumns(columns, store) !== 0) throw new Error('a stored log no longer fits');
    const t3 = performance.now();
    const got = aggregateReview(columns, {});
    walls.push(performance.now() - t2);
    cpus.push(cpuMs() - c1);
    scores.push(t3 - t2);
    if (i === 0 && JSON.stringify(got) !== JSON.stringify(expected))
      throw new Error('re-scoring from the compact form changed the dashboard');
  }
  line(
    `dashboard: re-score + aggregate ${store.size.toLocaleString('en')} attempts from the compact form (import excluded)`,
    ms(median(walls)),
    '< 2000 ms',
  );
  console.log(
    `  (median of 5: wall ${ms(median(walls))}, CPU ${ms(median(cpus))}, of which re-score ${ms(median(scores))}; ` +
      `one-off import cost: encode ${ms(encodeMs)} (CPU ${ms(encodeCpu)}); ${store.groups.length} scenario versions × pass marks)`,
  );
}
