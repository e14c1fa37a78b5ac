/**
 * Why a file or an attempt is not in the cohort: the import pipeline's reason codes (shared with the
 * trainee's attempts screen), plus the one only a cohort has — an attempt of another assignment.
 * Stored as codes, never as sentences, so a cohort reopened in the other language reads in it.
 */
import type { AttemptRecord } from '../../../records/attempt-record';
import type { AttemptSummary } from '../../../records/attempt-summary';
import type { DuplicateRelation, ImportReport } from '../../../records/import/import-result-files';
import type { AttemptRefusal, FileRefusal } from '../../../records/import/import-reasons';

export type CohortRefusal =
  | { kind: 'file'; file: string; refusal: FileRefusal }
  | { kind: 'attempt'; file: string; attempt: number; refusal: AttemptRefusal }
  | { kind: 'duplicate'; file: string; attempt: number; relation: DuplicateRelation }
  | { kind: 'other-assignment'; file: string; attempt: number; assignmentId?: string };

/** `attempt` is the attempt's position in its file, from 1. */
export type CountedAttempt = {
  file: string;
  attempt: number;
  record: AttemptRecord;
  summary: AttemptSummary;
};

/** Splits an import report into the attempts the cohort counts and everything it does not. */
export function sortReport(
  report: ImportReport,
  assignmentId: string | undefined,
  positionOf: (file: string, attemptId: string, index: number) => number = (_f, _a, i) => i + 1,
): { counted: CountedAttempt[]; refused: CohortRefusal[] } {
  const counted: CountedAttempt[] = [];
  const refused: CohortRefusal[] = [];
  for (const f of report.files) {
    const file = f.name;
    if (f.kind === 'refused') {
      refused.push({ kind: 'file', file, refusal: f.reason });
      continue;
    }
    for (const a of f.attempts) {
      if (a.kind === 'accepted') {
        const attempt = positionOf(file, a.record.attemptId, a.index);
        const id = a.record.assignment?.id;
        if (assignmentId !== undefined && id !== assignmentId)
          refused.push({
            kind: 'other-assignment',
            file,
            attempt,
            ...(id !== undefined ? { assignmentId: id } : {}),
          });
        else counted.push({ file, attempt, record: a.record, summary: a.summary });
      } else if (a.kind === 'refused')
        refused.push({ kind: 'attempt', file, attempt: a.index + 1, refusal: a.reason });
      else refused.push({ kind: 'duplicate', file, attempt: a.index + 1, relation: a.relation });
    }
  }
  return { counted, refused };
}
