/**
 * The result file a trainee hands in (DESIGN §5): one or more attempt records. Honour system:
 * scores are recomputed from each log on import, so a forged score is ignored (a forged log is not
 * detected; graded work should flow through an LRS or an LMS).
 */
import { readRecord, RECORD_VERSION, type AttemptRecord, type RecordIssue } from './attempt-record';

export const RESULT_FILE_KIND = 'acompana.result';

export type ResultFile = {
  kind: typeof RESULT_FILE_KIND;
  recordVersion: number;
  exportedAt: string;
  attempts: AttemptRecord[];
};

export function buildResultFile(attempts: AttemptRecord[], exportedAt: string): ResultFile {
  return { kind: RESULT_FILE_KIND, recordVersion: RECORD_VERSION, exportedAt, attempts };
}

export type ResultFileError =
  | { kind: 'not-json'; detail: string }
  | { kind: 'foreign'; detail: string }
  | { kind: 'invalid-attempt'; index: number; issues: RecordIssue[] }
  | { kind: 'empty' };

export type ParsedResultFile =
  { ok: true; attempts: AttemptRecord[] } | { ok: false; error: ResultFileError };

/** Reads a result file's text; refuses a corrupt or foreign file with the reason. */
export function parseResultFile(text: string): ParsedResultFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'not-json', detail: (e as Error).message } };
  }
  if (!raw || typeof raw !== 'object' || (raw as { kind?: unknown }).kind !== RESULT_FILE_KIND)
    return { ok: false, error: { kind: 'foreign', detail: `"kind" is not "${RESULT_FILE_KIND}"` } };
  const list = (raw as { attempts?: unknown }).attempts;
  if (!Array.isArray(list))
    return { ok: false, error: { kind: 'foreign', detail: '"attempts" is not a list' } };
  if (list.length === 0) return { ok: false, error: { kind: 'empty' } };
  const attempts: AttemptRecord[] = [];
  for (const [index, item] of list.entries()) {
    const r = readRecord(item);
    if (!r.ok) return { ok: false, error: { kind: 'invalid-attempt', index, issues: r.issues } };
    attempts.push(r.value);
  }
  return { ok: true, attempts };
}
