/**
 * Result files → attempts counted in a cohort, and every file or attempt not counted with its
 * reason (issue 10: nothing is silently dropped). An adapter over src/records/result-file.ts and
 * rescore.ts until the import worker API (hardening, DESIGN §8.7) lands; its refusals then map
 * onto that API's reasons.
 */
import type { Dimension } from '../engine/schema/dimensions';
import type { AttemptRecord } from '../records/attempt-record';
import type { AttemptSummary, ResultSource } from '../records/attempt-summary';
import { rescore, type ScenarioSource } from '../records/rescore';
import { parseResultFile } from '../records/result-file';
import { summarizeAttempt } from './summarize-attempt';

export type RefusalReason =
  | { kind: 'not-json' }
  | { kind: 'foreign' }
  | { kind: 'empty' }
  | { kind: 'newer-record'; attempt: number }
  | { kind: 'invalid-field'; attempt: number; path: string; detail: string }
  | { kind: 'duplicate'; attempt: number; attemptId: string }
  | { kind: 'other-assignment'; attempt: number; assignmentId?: string }
  | { kind: 'unknown-scenario'; attempt: number; scenarioId: string }
  | { kind: 'unknown-version'; attempt: number; scenarioId: string; version: number }
  | { kind: 'log-does-not-fit'; attempt: number; detail: string };

export type Refusal = { file: string; reason: RefusalReason };
/** `attempt` is the attempt's position in its file, from 1. */
export type CountedAttempt = {
  file: string;
  attempt: number;
  record: AttemptRecord;
  summary: AttemptSummary;
};
export type ResultFileInput = { name: string; text: string };

export type ReadOptions = {
  scenarios: ScenarioSource;
  dimensionOf: (guidelineId: string) => Dimension | undefined;
  /** Attempt ids already in the cohort: a second copy is refused as a duplicate. */
  known?: ReadonlySet<string>;
  /** The cohort's assignment: attempts of another assignment (or none) are refused. */
  assignmentId?: string;
  source?: ResultSource;
  onProgress?: (done: number, total: number) => void;
};

export async function readCohortFiles(
  files: readonly ResultFileInput[],
  o: ReadOptions,
): Promise<{ counted: CountedAttempt[]; refused: Refusal[] }> {
  const counted: CountedAttempt[] = [];
  const refused: Refusal[] = [];
  const seen = new Set(o.known);
  for (const [done, f] of files.entries()) {
    o.onProgress?.(done, files.length);
    const parsed = parseResultFile(f.text);
    if (!parsed.ok) {
      const e = parsed.error;
      if (e.kind !== 'invalid-attempt') refused.push({ file: f.name, reason: { kind: e.kind } });
      else {
        const first = e.issues[0] ?? { path: '(record)', message: 'is not valid' };
        refused.push({
          file: f.name,
          reason:
            first.path === 'recordVersion' && /newer/.test(first.message)
              ? { kind: 'newer-record', attempt: e.index + 1 }
              : {
                  kind: 'invalid-field',
                  attempt: e.index + 1,
                  path: first.path,
                  detail: first.message,
                },
        });
      }
      continue;
    }
    for (const [i, record] of parsed.attempts.entries())
      await countAttempt(f.name, i + 1, record, o, seen, counted, refused);
  }
  o.onProgress?.(files.length, files.length);
  return { counted, refused };
}

/** Re-scores attempts already in a cohort (reopened from storage): the log is the truth each time. */
export async function recountAttempts(
  entries: readonly { file: string; attempt: number; record: AttemptRecord }[],
  o: ReadOptions,
): Promise<{ counted: CountedAttempt[]; refused: Refusal[] }> {
  const counted: CountedAttempt[] = [];
  const refused: Refusal[] = [];
  const seen = new Set<string>();
  for (const [i, e] of entries.entries()) {
    if (i % 200 === 0) o.onProgress?.(i, entries.length);
    await countAttempt(e.file, e.attempt, e.record, o, seen, counted, refused);
  }
  o.onProgress?.(entries.length, entries.length);
  return { counted, refused };
}

async function countAttempt(
  file: string,
  attempt: number,
  record: AttemptRecord,
  o: ReadOptions,
  seen: Set<string>,
  counted: CountedAttempt[],
  refused: Refusal[],
): Promise<void> {
  const refuse = (reason: RefusalReason) => refused.push({ file, reason });
  if (seen.has(record.attemptId))
    return void refuse({ kind: 'duplicate', attempt, attemptId: record.attemptId });
  if (o.assignmentId !== undefined && record.assignment?.id !== o.assignmentId)
    return void refuse({
      kind: 'other-assignment',
      attempt,
      ...(record.assignment ? { assignmentId: record.assignment.id } : {}),
    });
  const r = await rescore(record, o.scenarios, o.dimensionOf, { trusted: false });
  if (!r.ok) {
    const { id, version } = record.scenario;
    return void refuse(
      r.reason === 'unknown-scenario'
        ? { kind: 'unknown-scenario', attempt, scenarioId: id }
        : r.reason === 'unknown-version'
          ? { kind: 'unknown-version', attempt, scenarioId: id, version }
          : { kind: 'log-does-not-fit', attempt, detail: r.detail ?? '' },
    );
  }
  seen.add(record.attemptId);
  counted.push({
    file,
    attempt,
    record,
    summary: summarizeAttempt(record, r.score, {
      source: o.source ?? 'result-file',
      hashMatches: r.hashMatches,
    }),
  });
}
