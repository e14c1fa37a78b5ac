/**
 * One attempt of a result file → a record, or the first thing wrong with it as a reason code.
 * Same rules as `readRecord` (version, migration, schema, no step back when assessed), plus dates
 * that parse, with each failure named precisely (reliability review L4: a recordVersion of "1"
 * is text, not missing; 1.5 is not a whole number, not a newer version; an empty date is empty).
 */
import type * as z from 'zod/mini';
import {
  attemptRecordSchema,
  MIN_RECORD_VERSION,
  RECORD_VERSION,
  upgradeRecord,
  type AttemptRecord,
} from '../attempt-record';
import type { AttemptRefusal, FieldProblem } from './import-reasons';

export type CheckedAttempt =
  { ok: true; record: AttemptRecord } | { ok: false; reason: AttemptRefusal };

/** A short, safe rendering of a value for a message parameter (never the whole 1 MB string). */
export const shown = (v: unknown): string => {
  const s = typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

export function checkVersion(
  v: unknown,
): { ok: true; version: number } | { ok: false; kind: 'missing' | 'invalid' | 'newer' | 'older' } {
  if (v === undefined) return { ok: false, kind: 'missing' };
  if (typeof v !== 'number' || !Number.isInteger(v)) return { ok: false, kind: 'invalid' };
  if (v > RECORD_VERSION) return { ok: false, kind: 'newer' };
  if (v < MIN_RECORD_VERSION) return { ok: false, kind: 'older' };
  return { ok: true, version: v };
}

export function checkAttempt(raw: unknown): CheckedAttempt {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, reason: { code: 'not-an-object' } };
  const found = (raw as { recordVersion?: unknown }).recordVersion;
  const v = checkVersion(found);
  if (!v.ok) {
    const reason: AttemptRefusal =
      v.kind === 'missing'
        ? { code: 'record-version-missing' }
        : v.kind === 'invalid'
          ? { code: 'record-version-invalid', found: shown(found) }
          : v.kind === 'newer'
            ? { code: 'record-version-newer', found: found as number, supported: RECORD_VERSION }
            : { code: 'record-version-older', found: found as number, oldest: MIN_RECORD_VERSION };
    return { ok: false, reason };
  }
  const upgraded = upgradeRecord(raw, v.version);
  const parsed = attemptRecordSchema.safeParse(upgraded);
  if (!parsed.success)
    return { ok: false, reason: fieldRefusal(parsed.error.issues[0]!, upgraded) };
  const record = parsed.data as AttemptRecord;
  for (const key of ['startedAt', 'endedAt'] as const) {
    const d = record[key];
    if (d !== undefined && Number.isNaN(Date.parse(d)))
      return {
        ok: false,
        reason: { code: 'invalid-field', path: key, problem: d === '' ? 'empty' : 'not-a-date' },
      };
  }
  if (record.mode === 'assessed') {
    const back = record.log.findIndex((e) => e.kind === 'back');
    if (back >= 0) return { ok: false, reason: { code: 'back-in-assessed', entry: back + 1 } };
  }
  return { ok: true, record };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (!v || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function fieldRefusal(issue: z.core.$ZodIssue, root: unknown): AttemptRefusal {
  const path = issue.path.map(String).join('.') || '(record)';
  const value = valueAt(root, issue.path);
  const at = (problem: FieldProblem, expected?: string): AttemptRefusal => ({
    code: 'invalid-field',
    path,
    problem,
    ...(expected !== undefined ? { expected } : {}),
  });
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return at('missing', issue.expected);
      if (issue.expected === 'int' && typeof value === 'number') return at('not-whole-number');
      return at('wrong-type', issue.expected === 'int' ? 'number' : issue.expected);
    case 'invalid_value':
      return at('not-allowed', issue.values.map((x) => String(x)).join(', '));
    case 'too_small':
      return typeof value === 'string' || Array.isArray(value)
        ? at('empty')
        : at('too-small', String(issue.minimum));
    case 'too_big':
      return at('too-large', String(issue.maximum));
    case 'invalid_union':
      return at('unknown-entry-kind', 'options' in issue ? String(issue.options) : undefined);
    default:
      return at('invalid');
  }
}
