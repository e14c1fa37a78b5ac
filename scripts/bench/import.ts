/**
 * Import figures (issue 9, DESIGN §8.5): a 1 MB result file parsed and re-scored (< 200 ms,
 * ≥ 5 MB/s), and 1,000 demo result files (~5,000 attempts) parsed and re-scored — the import part
 * of the < 1 s cohort target (aggregation is measured by its own bench). Input: demo cohorts
 * (src/records/demo/), exported as the app exports them (indented JSON, UTF-8 bytes).
 */
import { demoAttempts, demoCohort } from '../../src/records/demo/demo-cohort';
import { importResultFiles, type ImportInput } from '../../src/records/import/import-result-files';
import { buildResultFile } from '../../src/records/result-file';
import { diskCatalogue } from '../lib/disk-catalogue';

type Line = (name: string, value: string, target: string) => void;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = (f: () => void, runs: number) =>
  median(
    Array.from({ length: runs }, () => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    }),
  );

export function benchImport(line: Line) {
  const catalogue = diskCatalogue();
  const options = { modules: catalogue.latest(), dimensionOf: catalogue.dimensionOf, seed: 42 };
  const encode = (o: unknown) => new TextEncoder().encode(JSON.stringify(o, null, 2));

  // One file of about 1 MB: demo attempts until the exported JSON reaches 1,000,000 bytes.
  const attempts = [];
  let bytes = new Uint8Array();
  for (const a of demoAttempts(options, 100_000)) {
    attempts.push(a);
    if (attempts.length % 50 === 0) {
      bytes = encode(buildResultFile(attempts, '2026-12-01T00:00:00.000Z'));
      if (bytes.length >= 1_000_000) break;
    }
  }
  const one: ImportInput[] = [{ name: 'one-megabyte.json', data: bytes }];
  let accepted = 0;
  const oneMs = timed(() => {
    accepted = importResultFiles(one, catalogue).totals.accepted;
  }, 7);
  line(
    `import a ${(bytes.length / 1e6).toFixed(2)} MB result file (${accepted} attempts, median of 7)`,
    `${oneMs.toFixed(1)} ms`,
    '< 200 ms',
  );
  console.log(`  (${(bytes.length / 1e6 / (oneMs / 1000)).toFixed(1)} MB/s; target ≥ 5 MB/s)`);

  // A cohort: 1,000 result files, one per simulated trainee.
  const files: ImportInput[] = demoCohort({ ...options, trainees: 1000 }).map((t) => ({
    name: t.fileName,
    data: encode(t.file),
  }));
  const total = files.reduce((a, f) => a + (f.data as Uint8Array).length, 0);
  let count = 0;
  const cohortMs = timed(() => {
    count = importResultFiles(files, catalogue).totals.accepted;
  }, 3);
  line(
    `import 1,000 result files (${count.toLocaleString('en')} attempts, ${(total / 1e6).toFixed(1)} MB)`,
    `${cohortMs.toFixed(1)} ms`,
    'part of < 1 s',
  );
}
