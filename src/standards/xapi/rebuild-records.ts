/**
 * Statements → attempt records: the other half of the lossless profile (DESIGN §8.3). The header
 * on every statement gives the record's fields, the step statements give the log in order, the
 * completed statement gives the end time. What comes back is validated like any record.
 */
import { readRecord, type AttemptRecord, type RecordIssue } from '../../records/attempt-record';
import type { LogEntry } from '../../engine/attempt/decision-log';
import { ext, VERBS } from './profile';
import type { AttemptHeader } from './statement-context';
import type { Statement } from './statement';

export type RebuiltAttempts = {
  records: AttemptRecord[];
  /** Attempts that could not be rebuilt: a gap in the steps, or a record that does not read. */
  problems: { attemptId: string; issues: RecordIssue[] }[];
};

type Step = { index: number; entry: LogEntry };

export function rebuildRecords(statements: readonly Statement[]): RebuiltAttempts {
  const byAttempt = new Map<
    string,
    { header: AttemptHeader; headerIndex: number; steps: Map<number, LogEntry>; endedAt?: string }
  >();
  for (const s of statements) {
    const header = s.context.extensions?.[ext.attempt] as AttemptHeader | undefined;
    if (!header?.attemptId) continue;
    const a = byAttempt.get(header.attemptId) ?? {
      header,
      headerIndex: -1,
      steps: new Map<number, LogEntry>(),
    };
    byAttempt.set(header.attemptId, a);
    const step = s.context.extensions?.[ext.step] as Step | undefined;
    const index = step ? step.index : Number.MAX_SAFE_INTEGER - 1;
    // Languages only grow during an attempt: the latest statement's header has them all.
    if (index >= a.headerIndex) {
      a.header = header;
      a.headerIndex = index;
    }
    if (step) a.steps.set(step.index, step.entry);
    if (s.verb.id === VERBS.completed.id) a.endedAt = s.timestamp;
  }
  const records: AttemptRecord[] = [];
  const problems: RebuiltAttempts['problems'] = [];
  for (const [attemptId, a] of byAttempt) {
    const log: LogEntry[] = [];
    for (let i = 0; i < a.steps.size; i++) {
      const e = a.steps.get(i);
      if (!e) break;
      log.push(e);
    }
    if (log.length !== a.steps.size) {
      problems.push({
        attemptId,
        issues: [{ path: 'log', message: `step ${log.length + 1} is missing from the LRS` }],
      });
      continue;
    }
    const r = readRecord({
      recordVersion: 2,
      ...a.header,
      ...(a.endedAt ? { endedAt: a.endedAt } : {}),
      log,
    });
    if (r.ok) records.push(r.value);
    else problems.push({ attemptId, issues: r.issues });
  }
  return { records, problems };
}
