/**
 * Why a result file, or one attempt in it, was not counted. Codes plus parameters, never prose:
 * the screens translate them (`describeRefusal` in src/views/import-report/), so every reason
 * reaches the user in their language, and a test can assert the reason rather than a sentence.
 */
import type { StepError } from '../../engine/attempt/advance';

/** A guess at what a file that is not UTF-8 really is, so the message can say what to do. */
export type EncodingGuess = 'utf-16le' | 'utf-16be' | 'latin-1' | 'binary';

export type FileRefusal =
  | { code: 'empty-file' }
  | { code: 'unreadable'; message: string }
  | { code: 'too-large'; bytes: number }
  /** `byteOffset` is the first byte that breaks UTF-8 (0-based). */
  | { code: 'not-utf8'; guess: EncodingGuess; byteOffset: number }
  /** Line and column are 1-based; `truncated` when the text ends in the middle of the JSON. */
  | { code: 'not-json'; truncated: boolean; line?: number; column?: number }
  /** JSON, but not an Acompaña result file; `found` is its `kind` when it has a short one. */
  | { code: 'not-result-file'; found?: string }
  | { code: 'file-version-missing' }
  | { code: 'file-version-invalid'; found: string }
  | { code: 'file-version-newer'; found: number; supported: number }
  | { code: 'file-version-older'; found: number; oldest: number }
  | { code: 'attempts-not-a-list' }
  | { code: 'no-attempts' }
  | { code: 'internal-error'; message: string };

/** What is wrong with one field of an attempt (the zod issue, named for a person). */
export type FieldProblem =
  | 'missing'
  | 'wrong-type'
  | 'not-whole-number'
  | 'empty'
  | 'too-small'
  | 'too-large'
  | 'not-allowed'
  | 'not-a-date'
  | 'unknown-entry-kind'
  | 'invalid';

export type AttemptRefusal =
  | { code: 'not-an-object' }
  | { code: 'record-version-missing' }
  | { code: 'record-version-invalid'; found: string }
  | { code: 'record-version-newer'; found: number; supported: number }
  | { code: 'record-version-older'; found: number; oldest: number }
  /** `path` is dotted (`log.3.choice`); `expected` is a type name or the allowed values. */
  | { code: 'invalid-field'; path: string; problem: FieldProblem; expected?: string }
  /** `entry` is 1-based, as a person counts. */
  | { code: 'back-in-assessed'; entry: number }
  | { code: 'unknown-scenario'; scenarioId: string }
  | { code: 'unknown-version'; scenarioId: string; version: number; known: number[] }
  | { code: 'log-does-not-fit'; entry: number; problem: StepError['kind']; node?: string }
  | { code: 'internal-error'; message: string };

export type RefusalCode = FileRefusal['code'] | AttemptRefusal['code'];
