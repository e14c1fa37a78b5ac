import { describe, expect, it } from 'vitest';
import { diskCatalogue } from '../../../scripts/lib/disk-catalogue';
import { acceptedAttempts, importResultFiles } from '../import/import-result-files';
import { brokenDemoFiles } from './broken-files';
import { demoAttempts, demoCohort } from './demo-cohort';

const catalogue = diskCatalogue();
const options = { modules: catalogue.latest(), dimensionOf: catalogue.dimensionOf, seed: 11 };
const cohort = demoCohort({ ...options, trainees: 60 });
const files = cohort.map((t) => ({ name: t.fileName, data: JSON.stringify(t.file) }));

describe('demo cohort', () => {
  it('is the same for the same seed, and differs for another seed', () => {
    expect(JSON.stringify(demoCohort({ ...options, trainees: 60 }))).toBe(JSON.stringify(cohort));
    expect(JSON.stringify(demoCohort({ ...options, trainees: 60, seed: 12 }))).not.toBe(
      JSON.stringify(cohort),
    );
  });

  it('plays the real modules: every attempt imports and re-scores to the score it claims', () => {
    const report = importResultFiles(files, catalogue);
    expect(report.totals).toMatchObject({ files: 60, filesRefused: 0, refused: 0, duplicates: 0 });
    const accepted = acceptedAttempts(report);
    expect(accepted.length).toBeGreaterThan(200);
    for (const a of accepted) {
      expect(a.summary.claimedScore).toBeUndefined();
      expect(a.summary.hashMatches).toBe(true);
    }
  });

  it('spreads roles, languages, modes, cohorts, modules and dates over weeks', () => {
    const attempts = cohort.flatMap((t) => t.file.attempts);
    const count = (f: (a: (typeof attempts)[number]) => string) => new Set(attempts.map(f)).size;
    expect(count((a) => a.learner.role)).toBeGreaterThanOrEqual(6);
    expect(count((a) => a.languages.join('+'))).toBe(3);
    expect(count((a) => a.mode)).toBe(2);
    expect(count((a) => a.assignment?.cohort ?? '-')).toBe(3);
    expect(count((a) => a.scenario.id)).toBe(catalogue.latest().length);
    const days = attempts.map((a) => Date.parse(a.startedAt));
    expect((Math.max(...days) - Math.min(...days)) / 86_400_000).toBeGreaterThan(14);
    expect(attempts.some((a) => !a.endedAt)).toBe(true);
    expect(attempts.some((a) => a.log.some((e) => e.kind === 'back'))).toBe(true);
    expect(new Set(cohort.map((t) => t.learnerId)).size).toBe(60);
  });

  it('improves over repeated attempts and gives a spread of results', () => {
    const accepted = acceptedAttempts(importResultFiles(files, catalogue));
    const byTry = new Map<number, number[]>();
    const tries = new Map<string, number>();
    for (const a of accepted.filter((x) => x.summary.ended)) {
      const key = `${a.summary.learnerId}/${a.summary.scenarioId}`;
      const k = tries.get(key) ?? 0;
      tries.set(key, k + 1);
      byTry.set(k, [...(byTry.get(k) ?? []), a.summary.score]);
    }
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    expect(mean(byTry.get(1)!)).toBeGreaterThan(mean(byTry.get(0)!));
    const passed = accepted.filter((a) => a.summary.passed).length;
    expect(passed).toBeGreaterThan(accepted.length * 0.1);
    expect(passed).toBeLessThan(accepted.length * 0.9);
    expect(accepted.some((a) => a.summary.criticalCount > 0)).toBe(true);
  });

  it('yields as many attempts as asked for the benchmarks', () => {
    const xs = [...demoAttempts(options, 500)];
    expect(xs).toHaveLength(500);
    expect(new Set(xs.map((a) => a.attemptId)).size).toBe(500);
  });

  it('comes with five broken files, each refused with its reason', () => {
    const broken = brokenDemoFiles(cohort[0]!.file);
    const report = importResultFiles(broken, catalogue);
    expect(report.files.map((f) => (f.kind === 'refused' ? f.reason.code : 'read'))).toEqual(
      broken.map((b) => b.expected),
    );
  });
});
