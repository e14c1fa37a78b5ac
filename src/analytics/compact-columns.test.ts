import { describe, expect, it } from 'vitest';
import { diskCatalogue } from '../../scripts/lib/disk-catalogue';
import { demoCohort } from '../records/demo/demo-cohort';
import { acceptedAttempts, importResultFiles } from '../records/import/import-result-files';
import { aggregateReview } from './aggregate-review';
import { buildAttemptColumns, type AttemptColumns } from './attempt-columns';
import { encodeCompactStore, rescoreColumns } from './compact-columns';

const catalogue = diskCatalogue();
const files = demoCohort({
  modules: catalogue.latest(),
  dimensionOf: catalogue.dimensionOf,
  trainees: 80,
  seed: 3,
}).map((t) => ({ name: t.fileName, data: JSON.stringify(t.file) }));
const accepted = acceptedAttempts(importResultFiles(files, catalogue));
const storeOf = () =>
  encodeCompactStore(
    accepted.map((a, row) => ({
      row,
      scenario: catalogue.get(a.record.scenario.id, a.record.scenario.version)!.scenario,
      passMark: a.summary.passMark,
      log: a.record.log,
    })),
    catalogue.dimensionOf,
  );
const SCORED = [
  'score',
  'ended',
  'passed',
  'passMark',
  'ending',
  'critical',
  'dimEarned',
  'dimAvailable',
] as const satisfies readonly (keyof AttemptColumns)[];

describe('columns re-scored from the compact form', () => {
  it('equal the columns built from the import’s summaries, on demo data', () => {
    const old = buildAttemptColumns(accepted.map((a) => a.summary));
    const fresh = buildAttemptColumns(accepted.map((a) => a.summary));
    // Wipe what re-scoring must write, so equality cannot come from the build.
    for (const k of SCORED) fresh[k].fill(k === 'ending' ? -7 : 9);
    const store = storeOf();
    expect(store.size).toBe(accepted.length);
    expect(rescoreColumns(fresh, store)).toBe(0);
    for (const k of SCORED) expect(Array.from(fresh[k]), k).toEqual(Array.from(old[k]));
    expect(old.passed.some((p) => p === 1)).toBe(true);
    expect(old.ending.some((e) => e < 0)).toBe(true);
    expect(aggregateReview(fresh, { k: 3 })).toEqual(aggregateReview(old, { k: 3 }));
  });

  it('re-scoring twice gives the same columns (the scratch is reset per attempt)', () => {
    const c = buildAttemptColumns(accepted.map((a) => a.summary));
    const store = storeOf();
    rescoreColumns(c, store);
    const once = Array.from(c.dimEarned);
    rescoreColumns(c, store);
    expect(Array.from(c.dimEarned)).toEqual(once);
  });
});
